#pragma once
// Runs jobs in its own thread. A track's analysis streams it once through the engine
// (tagTrack): every window is tagged by every requested model as soon as it is cut, the
// central clip at the end, each result reported as it is computed, and the whole saved to the
// result store when the job says where. A task runs its work. Every job runs under its own
// stop token and ends with jobEnded, whatever happened; no exception leaves the worker.
// Computes only: it holds no results.

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/report/tag_result.h"
#include "engine/tagger.h"
#include "ui/analysis/analysis_job.h"
#include "ui/model/track_analysis_data.h"

namespace tagscope::ui {

class TaggerRegistry;

class AnalysisWorker : public QObject {
    Q_OBJECT
public:
    explicit AnalysisWorker(std::shared_ptr<TaggerRegistry> registry, QObject* parent = nullptr);

    // Loads the taggers ahead of the first track (errors surface later, per track).
    void warmUp(const std::vector<ModelConfig>& configs);
    void run(const AnalysisJob& job);

    // Columns of the overview the spectrogram draws (beyond ~11 minutes, columns merge).
    static constexpr int kOverviewColumns = 1 << 15;

signals:
    void stageStarted(tagscope::ui::JobId job, tagscope::ui::AnalysisStage stage);
    void opened(tagscope::ui::JobId job, const tagscope::AudioInfo& info);
    void progress(tagscope::ui::JobId job, int percent);  // of the decode, at most every 0.1 s
    void decoded(tagscope::ui::JobId job, std::shared_ptr<const tagscope::ui::DecodedTrack> track);
    void centralReady(tagscope::ui::JobId job, const tagscope::ui::ModelConfig& config,
                      const QString& weightsPath, const std::vector<float>& probabilities,
                      const tagscope::WindowLevel& level);
    void windowReady(tagscope::ui::JobId job, const tagscope::ui::ModelConfig& config, int index,
                     const tagscope::SegmentResult& segment);
    void modelFinished(tagscope::ui::JobId job, const tagscope::ui::ModelConfig& config,
                       const std::vector<float>& summary);
    // fileAtFault: the file could not be analysed (else: a model could not be loaded).
    void failed(tagscope::ui::JobId job, const QString& error, bool fileAtFault);
    // The results could not be saved to the store (they are still reported).
    void saveFailed(tagscope::ui::JobId job, const QString& warning);
    void taskDelivered(tagscope::ui::JobId job, const std::function<void()>& part);
    void taskFinished(tagscope::ui::JobId job, const std::function<void()>& onDone,
                      const QString& error);
    void jobEnded(tagscope::ui::JobId job);  // after success, failure or cancellation

private:
    void analyse(const AnalysisJob& job, const std::vector<std::shared_ptr<const Tagger>>& taggers,
                 const RunContext& context);

    std::shared_ptr<TaggerRegistry> registry_;
};

}  // namespace tagscope::ui
