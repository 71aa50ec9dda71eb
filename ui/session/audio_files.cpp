#include "ui/session/audio_files.h"

#include <QCoreApplication>
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

CollectedAudio collectAudioFiles(const QStringList& paths, const std::function<void()>& checkStop) {
    CollectedAudio collected;
    const auto ignore = [&collected](const QString& path, const char* why) {
        collected.ignored << QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("AudioFiles", why));
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                if (checkStop) checkStop();
                const QString file = it.next();
                if (isAudioFile(file)) found << file;
            }
            if (found.isEmpty())
                ignore(path, QT_TRANSLATE_NOOP("AudioFiles", "no audio files in this folder"));
            found.sort();
            collected.files << found;
        } else if (!info.exists()) {
            ignore(path, QT_TRANSLATE_NOOP("AudioFiles", "not found"));
        } else if (!info.isFile()) {
            ignore(path, QT_TRANSLATE_NOOP("AudioFiles", "not a file or folder"));
        } else if (!isAudioFile(path)) {
            ignore(path, QT_TRANSLATE_NOOP("AudioFiles", "not an audio file (by its extension)"));
        } else {
            collected.files << info.absoluteFilePath();
        }
    }
    collected.files.removeDuplicates();
    return collected;
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
