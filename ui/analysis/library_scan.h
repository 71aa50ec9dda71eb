#pragma once
// A rescan of the library's folders, run as a task on a store thread: every audio file in the
// folders is identified against the store (a stat; its sampled fingerprint only when its stamp
// is not the stored one). Files not listed become answers to list (with whatever the store
// holds for them: a moved file keeps its results), listed files whose content changed become
// answers marked `changed` (to be analysed again), and listed files that are gone from disk
// are reported removed. Nothing is deleted from the store.

#include <QSet>
#include <QStringList>
#include <functional>
#include <vector>

#include "ui/analysis/analysis_job.h"
#include "ui/analysis/store_answer.h"

namespace tagscope::ui {

class StoreConfigurations;

struct LibraryScanRequest {
    QStringList folders;   // as the store keeps them (absolute, canonical)
    QSet<QString> listed;  // paths listed, or about to be, when the scan began
    std::vector<ModelConfig> configs;
};

struct LibraryScanReport {
    int checked = 0;             // audio files found and identified
    int added = 0;               // not listed: handed on to be listed
    int changed = 0;             // listed, content changed
    QStringList removed;         // listed, in the folders, gone from disk
    QStringList missingFolders;  // folders that are not there (their tracks count as removed)
};

// progress(checked, total) is called at most every 100 ms. Throws Cancelled when stopped.
LibraryScanReport scanLibrary(StoreConfigurations& configurations,
                              const LibraryScanRequest& request, const TaskContext& context,
                              AnswerBatches& answers,
                              const std::function<void(int checked, int total)>& progress);

}  // namespace tagscope::ui
