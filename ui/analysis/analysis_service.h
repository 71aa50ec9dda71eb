#pragma once
// Background analysis for the GUI: a small pool of worker threads (min(2, ideal thread
// count)), a queue of jobs, cancellation per track. Lives in the GUI thread; everything it
// emits arrives there, and nothing from a cancelled job is passed on.

#include <QHash>
#include <QObject>
#include <deque>
#include <memory>
#include <vector>

#include "ui/analysis/analysis_job.h"
#include "ui/analysis/tagger_registry.h"

class QThread;

namespace tagscope::ui {

class AnalysisWorker;

class AnalysisService : public QObject {
    Q_OBJECT
public:
    explicit AnalysisService(int threadCount = defaultThreadCount(), QObject* parent = nullptr);
    ~AnalysisService() override;  // cancels everything, then quits and joins the threads

    static int defaultThreadCount();

    // Queues work on a track (at the back, or at the front when urgent).
    void enqueue(TrackId track, const QString& path, std::shared_ptr<const DecodedTrack> decoded,
                 std::vector<ModelConfig> configs, bool urgent = false);
    // Moves a queued track's jobs to the front (it is being looked at).
    void prioritise(TrackId track);
    void cancel(TrackId track);
    void cancelAll();
    // Loads these taggers in the background ahead of need.
    void warmUp(const std::vector<ModelConfig>& configs);

    bool isBusy() const;
    bool hasWork(TrackId track) const;
    TaggerRegistry& registry() { return registry_; }

signals:
    void stageStarted(tagscope::ui::TrackId track, tagscope::ui::AnalysisStage stage);
    void decoded(tagscope::ui::TrackId track,
                 std::shared_ptr<const tagscope::ui::DecodedTrack> decodedTrack);
    void centralReady(tagscope::ui::TrackId track, const tagscope::ui::ModelConfig& config,
                      const QString& weightsPath, const std::vector<float>& probabilities);
    void windowReady(tagscope::ui::TrackId track, const tagscope::ui::ModelConfig& config,
                     int index, const tagscope::SegmentResult& segment);
    void modelFinished(tagscope::ui::TrackId track, const tagscope::ui::ModelConfig& config,
                       const std::vector<float>& summary);
    void failed(tagscope::ui::TrackId track, const QString& error);
    void jobEnded(tagscope::ui::TrackId track);
    void idle();  // nothing queued or running

private:
    struct Slot {
        QThread* thread = nullptr;
        AnalysisWorker* worker = nullptr;
        JobId running = 0;
    };

    void dispatch();
    void onJobEnded(JobId job);
    // The track a live job works for, or 0 for jobs cancelled or unknown.
    TrackId liveTrack(JobId job) const;

    TaggerRegistry registry_;
    std::vector<Slot> slots_;
    std::deque<AnalysisJob> queue_;
    QHash<JobId, AnalysisJob> running_;
    JobId nextJobId_ = 1;
};

}  // namespace tagscope::ui
