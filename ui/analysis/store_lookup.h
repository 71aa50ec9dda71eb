#pragma once
// Store work for the track list, run as tasks on the store threads: answering listed tracks'
// questions before they are analysed, and listing the library's stored tracks at start.

#include <QStringList>
#include <vector>

#include "ui/analysis/analysis_job.h"
#include "ui/analysis/store_answer.h"

namespace tagscope::ui {

class StoreConfigurations;

// Identifies each file (a stat; its sampled fingerprint only when the stamp is not the stored
// one) and fetches its stored results. A file that cannot be read, or a store that fails to
// answer, gets an answer without results: its analysis will say what is wrong.
void answerQuestions(StoreConfigurations& configurations,
                     const std::vector<StoreQuestion>& questions, const TaskContext& context,
                     AnswerBatches& answers);

// Every stored file in the folders (or below them), with its stored results, by path, without
// looking at the disk: the library as it was last seen. A rescan then checks it.
void listStoredFolders(StoreConfigurations& configurations, const QStringList& folders,
                       const std::vector<ModelConfig>& configs, const TaskContext& context,
                       AnswerBatches& answers);

// Whether the path is one of the folders or inside one (paths as the store writes them).
bool isInFolders(const QString& path, const QStringList& folders);

}  // namespace tagscope::ui
