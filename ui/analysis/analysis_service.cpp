#include "ui/analysis/analysis_service.h"

#include <QSet>
#include <QThread>
#include <algorithm>

#include "ui/analysis/analysis_worker.h"
#include "ui/analysis/thread_priority.h"

namespace tagscope::ui {

AnalysisService::AnalysisService(int threadCount, QObject* parent) : QObject(parent) {
    for (int i = 0; i < std::max(1, threadCount); ++i)
        addSlot(TaskLane::Analysis, QStringLiteral("analysis-%1").arg(i));
    for (int i = 0; i < kStoreThreads; ++i)
        addSlot(TaskLane::Store, QStringLiteral("store-%1").arg(i));
}

void AnalysisService::addSlot(TaskLane lane, const QString& name) {
    Slot& slot = slots_.emplace_back();
    slot.lane = lane;
    slot.thread = new QThread(this);
    slot.thread->setObjectName(name);
    slot.worker = new AnalysisWorker(registry_);
    slot.worker->moveToThread(slot.thread);
    connect(slot.thread, &QThread::finished, slot.worker, &QObject::deleteLater);
    // Reports of live jobs only: a cancelled job's late results are dropped here.
    const auto forward = [this](auto signal) {
        return [this, signal](JobId job, auto&&... args) {
            if (const TrackId t = liveTrack(job)) emit(this->*signal)(t, args...);
        };
    };
    AnalysisWorker* w = slot.worker;
    connect(w, &AnalysisWorker::stageStarted, this, forward(&AnalysisService::stageStarted));
    connect(w, &AnalysisWorker::opened, this, forward(&AnalysisService::opened));
    connect(w, &AnalysisWorker::progress, this, forward(&AnalysisService::progress));
    connect(w, &AnalysisWorker::decoded, this, forward(&AnalysisService::decoded));
    connect(w, &AnalysisWorker::centralReady, this, forward(&AnalysisService::centralReady));
    connect(w, &AnalysisWorker::windowReady, this, forward(&AnalysisService::windowReady));
    connect(w, &AnalysisWorker::modelFinished, this, forward(&AnalysisService::modelFinished));
    connect(w, &AnalysisWorker::failed, this, forward(&AnalysisService::failed));
    connect(w, &AnalysisWorker::saveFailed, this, forward(&AnalysisService::saveFailed));
    connect(w, &AnalysisWorker::taskDelivered, this, &AnalysisService::runDelivery);
    connect(w, &AnalysisWorker::taskFinished, this, &AnalysisService::completeTask);
    connect(w, &AnalysisWorker::jobEnded, this, &AnalysisService::onJobEnded);
    if (lane == TaskLane::Analysis)
        connect(slot.thread, &QThread::started, w, &lowerCurrentThreadPriority);
    slot.thread->start(lane == TaskLane::Analysis ? QThread::LowPriority
                                                  : QThread::InheritPriority);
}

AnalysisService::~AnalysisService() {
    shutdown();
}

int AnalysisService::defaultThreadCount() {
    return std::clamp(QThread::idealThreadCount(), 1, 2);
}

void AnalysisService::enqueue(TrackId track, const QString& path, std::vector<ModelConfig> configs,
                              bool wantDecoded, bool urgent, std::optional<ResultSaving> saving,
                              std::vector<double> knownWindowStarts) {
    if (shutDown_) return;
    AnalysisJob job;
    job.id = nextJobId_++;
    job.trackId = track;
    job.path = path;
    job.configs = std::move(configs);
    job.wantDecoded = wantDecoded;
    job.saving = std::move(saving);
    job.knownWindowStarts = std::move(knownWindowStarts);
    ++trackJobs_[track];
    queueJob(std::move(job), urgent);
}

JobId AnalysisService::runTask(TaskWork work, TaskErrorHandler onError, TaskLane lane) {
    if (shutDown_) return 0;
    AnalysisJob job;
    job.id = nextJobId_++;
    job.lane = lane;
    job.task = std::move(work);
    job.onTaskError = std::move(onError);
    const JobId id = job.id;
    queueJob(std::move(job), true);
    return id;
}

void AnalysisService::queueJob(AnalysisJob job, bool atFront) {
    std::deque<AnalysisJob>& jobs = queue(job.lane);
    if (atFront)
        jobs.push_front(std::move(job));
    else
        jobs.push_back(std::move(job));
    dispatch();
}

void AnalysisService::prioritise(TrackId track) {
    if (!trackJobs_.contains(track)) return;
    std::deque<AnalysisJob>& jobs = queue(TaskLane::Analysis);
    const auto it = std::stable_partition(jobs.begin(), jobs.end(), [&](const AnalysisJob& j) {
        return j.trackId == track && !j.task;
    });
    if (it != jobs.begin()) dispatch();
}

void AnalysisService::cancel(TrackId track) {
    cancel(std::vector<TrackId>{track});
}

void AnalysisService::cancel(const std::vector<TrackId>& tracks) {
    QSet<TrackId> doomed;
    for (TrackId track : tracks)
        if (trackJobs_.contains(track)) doomed.insert(track);
    if (doomed.isEmpty()) return;
    std::erase_if(queue(TaskLane::Analysis),
                  [&](const AnalysisJob& j) { return !j.task && doomed.contains(j.trackId); });
    for (AnalysisJob& job : running_)
        if (!job.task && doomed.contains(job.trackId)) job.stop.request_stop();
    for (TrackId track : doomed) trackJobs_.remove(track);
}

void AnalysisService::cancelTask(JobId task) {
    for (std::deque<AnalysisJob>& jobs : queues_)
        std::erase_if(jobs, [&](const AnalysisJob& j) { return j.id == task; });
    const auto it = running_.find(task);
    if (it != running_.end()) it->stop.request_stop();
}

void AnalysisService::cancelAll() {
    for (std::deque<AnalysisJob>& jobs : queues_) jobs.clear();
    for (AnalysisJob& job : running_) job.stop.request_stop();
    trackJobs_.clear();
}

void AnalysisService::shutdown() {
    if (shutDown_) return;
    shutDown_ = true;
    cancelAll();
    for (Slot& slot : slots_) slot.thread->quit();
    for (Slot& slot : slots_) slot.thread->wait();
    running_.clear();
}

void AnalysisService::warmUp(const std::vector<ModelConfig>& configs) {
    if (shutDown_) return;
    // Any analysis worker will do (the registry is shared): the last, which jobs reach last.
    const auto slot = std::find_if(slots_.rbegin(), slots_.rend(),
                                   [](const Slot& s) { return s.lane == TaskLane::Analysis; });
    AnalysisWorker* worker = slot->worker;
    QMetaObject::invokeMethod(
        worker, [worker, configs] { worker->warmUp(configs); }, Qt::QueuedConnection);
}

bool AnalysisService::isBusy() const {
    return !queues_[0].empty() || !queues_[1].empty() || !running_.isEmpty();
}

bool AnalysisService::isBusyBesides(JobId job) const {
    for (const std::deque<AnalysisJob>& jobs : queues_)
        for (const AnalysisJob& queued : jobs)
            if (queued.id != job) return true;
    for (auto it = running_.cbegin(); it != running_.cend(); ++it)
        if (it.key() != job) return true;
    return false;
}

bool AnalysisService::hasWork(TrackId track) const {
    return trackJobs_.contains(track);
}

void AnalysisService::dispatch() {
    if (shutDown_) return;
    for (Slot& slot : slots_) {
        std::deque<AnalysisJob>& jobs = queue(slot.lane);
        if (slot.running != 0 || jobs.empty()) continue;
        AnalysisJob job = std::move(jobs.front());
        jobs.pop_front();
        slot.running = job.id;
        running_.insert(job.id, job);
        AnalysisWorker* worker = slot.worker;
        QMetaObject::invokeMethod(
            worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
    }
}

void AnalysisService::runDelivery(JobId job, const std::function<void()>& part) {
    if (isLive(job) && part) part();
}

void AnalysisService::completeTask(JobId job, const std::function<void()>& onDone,
                                   const QString& error) {
    if (!isLive(job)) return;
    if (onDone) {
        onDone();
        return;
    }
    const auto it = running_.constFind(job);
    if (it->onTaskError) it->onTaskError(error);
}

void AnalysisService::onJobEnded(JobId job) {
    const TrackId track = liveTrack(job);
    if (track) {
        const auto count = trackJobs_.find(track);
        if (count != trackJobs_.end() && --*count <= 0) trackJobs_.erase(count);
    }
    running_.remove(job);
    for (Slot& slot : slots_)
        if (slot.running == job) slot.running = 0;
    if (track) emit jobEnded(track);
    dispatch();
    if (!isBusy()) emit idle();
}

bool AnalysisService::isLive(JobId job) const {
    const auto it = running_.constFind(job);
    return it != running_.constEnd() && !it->stop.stop_requested();
}

TrackId AnalysisService::liveTrack(JobId job) const {
    const auto it = running_.constFind(job);
    return it != running_.constEnd() && !it->stop.stop_requested() ? it->trackId : 0;
}

}  // namespace tagscope::ui
