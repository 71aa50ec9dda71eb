#pragma once
// What a user names (dropped, opened or given on the command line) turned into audio files:
// folders are walked recursively (sorted by path), anything without an audio extension skipped.

#include <QList>
#include <QStringList>
#include <QUrl>
#include <functional>

class QMimeData;

namespace tagscope::ui {

struct CollectedAudio {
    QStringList files;    // absolute, in the order named (each folder's sorted)
    QStringList ignored;  // named inputs that gave no file, as "name: why" (translated)
};
// checkStop, if given, is called for every directory entry walked, so that a long walk on a
// worker thread can be stopped (by throwing).
CollectedAudio collectAudioFiles(const QStringList& paths,
                                 const std::function<void()>& checkStop = {});
// The local files and folders among dropped URLs.
QStringList localPaths(const QList<QUrl>& urls);
bool hasLocalPaths(const QMimeData* mime);

}  // namespace tagscope::ui
