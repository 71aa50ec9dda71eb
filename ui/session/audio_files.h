#pragma once
// What a user names (dropped, opened or given on the command line) turned into audio files:
// folders are walked recursively (sorted by path), anything without an audio extension skipped.

#include <QList>
#include <QStringList>
#include <QUrl>

class QMimeData;

namespace tagscope::ui {

struct CollectedAudio {
    QStringList files;    // absolute, in the order named (each folder's sorted)
    QStringList ignored;  // named inputs that gave no file, as "name: why" (translated)
};
CollectedAudio collectAudioFiles(const QStringList& paths);
// The local files and folders among dropped URLs.
QStringList localPaths(const QList<QUrl>& urls);
bool hasLocalPaths(const QMimeData* mime);

}  // namespace tagscope::ui
