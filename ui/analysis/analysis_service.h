#pragma once
// The app's one owner of background work: a small pool of analysis threads (min(2, ideal
// thread count)) and two store threads (result store questions, library scans), a queue of
// jobs per lane — track analyses and tasks such as calibrations or store lookups —, and a
// stop signal for each. Lives in the GUI thread; everything it emits arrives there, and
// nothing from a cancelled job is passed on. Jobs hold what they use by shared ownership (the
// tagger registry, decoded tracks). shutdown() stops every job and joins the threads: the
// window calls it before its children are destroyed, and a stop takes effect within
// milliseconds even in the middle of a long decode.

#include <QHash>
#include <QObject>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

#include "engine/audio/audio_info.h"
#include "ui/analysis/analysis_job.h"
#include "ui/analysis/tagger_registry.h"
#include "ui/model/track_analysis_data.h"

class QThread;

namespace tagscope::ui {

class AnalysisWorker;

class AnalysisService : public QObject {
    Q_OBJECT
public:
    explicit AnalysisService(int threadCount = defaultThreadCount(), QObject* parent = nullptr);
    ~AnalysisService() override;  // shutdown()

    static int defaultThreadCount();

    static constexpr int kStoreThreads = 2;

    // Queues a track's analysis (at the back, or at the front when urgent); with `saving`, the
    // worker saves the results to the store.
    void enqueue(TrackId track, const QString& path, std::vector<ModelConfig> configs,
                 bool wantDecoded, bool urgent = false,
                 std::optional<ResultSaving> saving = std::nullopt,
                 std::vector<double> knownWindowStarts = {});
    // Queues a task at the front of its lane; onDone (what work returns), its deliveries and
    // onError run on the GUI thread, never after shutdown() or cancelTask().
    JobId runTask(TaskWork work, TaskErrorHandler onError, TaskLane lane = TaskLane::Analysis);
    // Moves a queued track's jobs to the front (it is being looked at).
    void prioritise(TrackId track);
    void cancel(TrackId track);
    void cancel(const std::vector<TrackId>& tracks);  // one pass over the queue
    void cancelTask(JobId task);
    void cancelAll();
    // Stops everything, joins the threads; the service takes no more work. Idempotent.
    void shutdown();
    // Loads these taggers in the background ahead of need.
    void warmUp(const std::vector<ModelConfig>& configs);

    bool isBusy() const;
    bool isBusyBesides(JobId job) const;  // with work other than that job
    bool hasWork(TrackId track) const;    // queued or running, not being stopped
    bool isTaskLive(JobId task) const { return isLive(task); }
    const std::shared_ptr<TaggerRegistry>& registry() const { return registry_; }

signals:
    void stageStarted(tagscope::ui::TrackId track, tagscope::ui::AnalysisStage stage);
    void opened(tagscope::ui::TrackId track, const tagscope::AudioInfo& info);
    void progress(tagscope::ui::TrackId track, int percent);
    void decoded(tagscope::ui::TrackId track,
                 std::shared_ptr<const tagscope::ui::DecodedTrack> decodedTrack);
    void centralReady(tagscope::ui::TrackId track, const tagscope::ui::ModelConfig& config,
                      const QString& weightsPath, const std::vector<float>& probabilities,
                      const tagscope::WindowLevel& level);
    void windowReady(tagscope::ui::TrackId track, const tagscope::ui::ModelConfig& config,
                     int index, const tagscope::SegmentResult& segment);
    void modelFinished(tagscope::ui::TrackId track, const tagscope::ui::ModelConfig& config,
                       const std::vector<float>& summary);
    // fileAtFault: the file could not be analysed (else: a model could not be loaded).
    void failed(tagscope::ui::TrackId track, const QString& error, bool fileAtFault);
    void saveFailed(tagscope::ui::TrackId track, const QString& warning);
    void jobEnded(tagscope::ui::TrackId track);
    void idle();  // nothing queued or running

private:
    struct Slot {
        TaskLane lane = TaskLane::Analysis;
        QThread* thread = nullptr;
        AnalysisWorker* worker = nullptr;
        JobId running = 0;
    };

    void addSlot(TaskLane lane, const QString& name);
    std::deque<AnalysisJob>& queue(TaskLane lane) { return queues_[int(lane)]; }
    void queueJob(AnalysisJob job, bool atFront);
    void dispatch();
    void runDelivery(JobId job, const std::function<void()>& part);
    void onJobEnded(JobId job);
    void completeTask(JobId job, const std::function<void()>& onDone, const QString& error);
    // The track a live job works for, or 0 for jobs cancelled or unknown.
    TrackId liveTrack(JobId job) const;
    bool isLive(JobId job) const;

    std::shared_ptr<TaggerRegistry> registry_ = std::make_shared<TaggerRegistry>();
    std::vector<Slot> slots_;
    std::deque<AnalysisJob> queues_[2];  // per lane
    QHash<JobId, AnalysisJob> running_;
    QHash<TrackId, int> trackJobs_;  // queued and running analyses per track
    JobId nextJobId_ = 1;
    bool shutDown_ = false;
};

}  // namespace tagscope::ui
