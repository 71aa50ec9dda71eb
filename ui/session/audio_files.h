#pragma once
// What a user names (dropped, opened or given on the command line) turned into audio files:
// folders are walked recursively (sorted by path), anything without an audio extension skipped.

#include <QList>
#include <QStringList>
#include <QUrl>

class QMimeData;

namespace tagscope::ui {

QStringList collectAudioFiles(const QStringList& paths);
// The local files and folders among dropped URLs.
QStringList localPaths(const QList<QUrl>& urls);
bool hasLocalPaths(const QMimeData* mime);

}  // namespace tagscope::ui
