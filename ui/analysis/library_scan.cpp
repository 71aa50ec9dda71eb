#include "ui/analysis/library_scan.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>

#include "engine/error.h"
#include "engine/input_files.h"
#include "ui/analysis/store_configurations.h"
#include "ui/analysis/store_lookup.h"

namespace tagscope::ui {
namespace {

constexpr int kProgressIntervalMs = 100;

QStringList audioFilesIn(const QString& folder, const TaskContext& context) {
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    for (int n = 0; it.hasNext(); ++n) {
        if (n % 256 == 0) context.throwIfStopped();
        const QString file = it.next();
        if (hasAudioExtension(file.toStdString())) files << file;
    }
    files.sort();
    return files;
}

}  // namespace

LibraryScanReport scanLibrary(StoreConfigurations& configurations,
                              const LibraryScanRequest& request, const TaskContext& context,
                              AnswerBatches& answers,
                              const std::function<void(int checked, int total)>& progress) {
    LibraryScanReport report;
    QStringList files;
    QStringList present;  // folders that are there
    for (const QString& folder : request.folders) {
        if (!QFileInfo(folder).isDir()) {
            report.missingFolders << folder;
            continue;
        }
        present << folder;
        files << audioFilesIn(folder, context);
    }
    files.removeDuplicates();

    QSet<QString> seen;
    seen.reserve(files.size());
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (const QString& file : files) {
        context.throwIfStopped();
        std::optional<IdentifiedFile> identified;
        try {
            identified = configurations.store().identify(file.toStdString());
        } catch (const Error&) {
            // Unreadable: listed all the same, and its analysis says what is wrong.
        }
        const QString path = identified ? QString::fromStdString(identified->path) : file;
        seen.insert(file);
        seen.insert(path);
        ++report.checked;
        const bool listed = request.listed.contains(file) || request.listed.contains(path);
        if (!listed || (identified && identified->status == FileStatus::Changed)) {
            try {
                answers.add(answerFor(configurations, path, identified, request.configs));
            } catch (const Error&) {
                answers.add(answerFor(configurations, path, std::nullopt, {}));
            }
            ++(listed ? report.changed : report.added);
        }
        if (sinceProgress.elapsed() >= kProgressIntervalMs) {
            progress(report.checked, int(files.size()));
            sinceProgress.restart();
        }
    }
    answers.flush();

    for (const QString& path : request.listed) {
        if (seen.contains(path) || !isInFolders(path, request.folders)) continue;
        if (isInFolders(path, present) && QFileInfo::exists(path)) continue;  // not audio now?
        report.removed << path;
    }
    report.removed.sort();
    return report;
}

}  // namespace tagscope::ui
