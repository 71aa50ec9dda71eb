#include "ui/session/audio_files.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMimeData>

#include "engine/input_files.h"

namespace tagscope::ui {
namespace {

bool isAudioFile(const QString& path) {
    return hasAudioExtension(path.toStdString());
}

}  // namespace

QStringList collectAudioFiles(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isAudioFile(file)) found << file;
            }
            found.sort();
            files << found;
        } else if (info.isFile() && isAudioFile(path)) {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

QStringList localPaths(const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls)
        if (url.isLocalFile()) paths << url.toLocalFile();
    return paths;
}

bool hasLocalPaths(const QMimeData* mime) {
    return mime && mime->hasUrls() && !localPaths(mime->urls()).isEmpty();
}

}  // namespace tagscope::ui
