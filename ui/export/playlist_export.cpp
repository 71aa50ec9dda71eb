#include "ui/export/playlist_export.h"

#include <QCoreApplication>
#include <QFile>
#include <exception>

#include "engine/io/atomic_file.h"

namespace tagscope::ui {

PlaylistEntry playlistEntry(const QString& path, std::optional<double> durationSeconds,
                            const QString& artist, const QString& title) {
    return {QFile::encodeName(path).toStdString(), durationSeconds, artist.toStdString(),
            title.toStdString()};
}

QString writePlaylistFile(const QString& path, const std::vector<PlaylistEntry>& entries,
                          bool relativePaths) {
    const std::string target = QFile::encodeName(path).toStdString();
    try {
        PlaylistOptions options;
        if (relativePaths) options.relativeToPlaylist = target;
        writeFileAtomically(target, m3u8Playlist(entries, options));
    } catch (const std::exception& e) {
        return QCoreApplication::translate("PlaylistExport", "The playlist was not saved: %1")
            .arg(QString::fromUtf8(e.what()));
    }
    return {};
}

}  // namespace tagscope::ui
