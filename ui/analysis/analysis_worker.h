#pragma once
// Runs analysis jobs in its own thread: decoding, then per model the central clip's prediction
// and each window's, reported one by one as they are computed. Checks the job's cancel flag
// between stages and windows. Computes only: it holds no results.

#include <QObject>
#include <vector>

#include "engine/report/tag_result.h"
#include "ui/analysis/analysis_job.h"

namespace tagscope::ui {

class TaggerRegistry;

class AnalysisWorker : public QObject {
    Q_OBJECT
public:
    explicit AnalysisWorker(TaggerRegistry& registry, QObject* parent = nullptr);

    // Loads the taggers ahead of the first track (errors surface later, per track).
    void warmUp(const std::vector<ModelConfig>& configs);
    void run(const AnalysisJob& job);

signals:
    void stageStarted(tagscope::ui::JobId job, tagscope::ui::AnalysisStage stage);
    void decoded(tagscope::ui::JobId job, std::shared_ptr<const tagscope::ui::DecodedTrack> track);
    void centralReady(tagscope::ui::JobId job, const tagscope::ui::ModelConfig& config,
                      const QString& weightsPath, const std::vector<float>& probabilities);
    void windowReady(tagscope::ui::JobId job, const tagscope::ui::ModelConfig& config, int index,
                     const tagscope::SegmentResult& segment);
    void modelFinished(tagscope::ui::JobId job, const tagscope::ui::ModelConfig& config,
                       const std::vector<float>& summary);
    void failed(tagscope::ui::JobId job, const QString& error);
    void jobEnded(tagscope::ui::JobId job);  // after success, failure or cancellation

private:
    void analyse(const AnalysisJob& job);

    TaggerRegistry& registry_;
};

}  // namespace tagscope::ui
