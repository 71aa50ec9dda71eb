#include "ui/analysis/analysis_service.h"

#include <QThread>
#include <algorithm>

#include "ui/analysis/analysis_worker.h"
#include "ui/analysis/thread_priority.h"

namespace tagscope::ui {

AnalysisService::AnalysisService(int threadCount, QObject* parent) : QObject(parent) {
    slots_.resize(std::size_t(std::max(1, threadCount)));
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        Slot& slot = slots_[i];
        slot.thread = new QThread(this);
        slot.thread->setObjectName(QStringLiteral("analysis-%1").arg(i));
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
        connect(w, &AnalysisWorker::taskFinished, this, &AnalysisService::completeTask);
        connect(w, &AnalysisWorker::jobEnded, this, &AnalysisService::onJobEnded);
        connect(slot.thread, &QThread::started, w, &lowerCurrentThreadPriority);
        slot.thread->start(QThread::LowPriority);
    }
}

AnalysisService::~AnalysisService() {
    shutdown();
}

int AnalysisService::defaultThreadCount() {
    return std::clamp(QThread::idealThreadCount(), 1, 2);
}

void AnalysisService::enqueue(TrackId track, const QString& path, std::vector<ModelConfig> configs,
                              bool wantDecoded, bool urgent) {
    if (shutDown_) return;
    AnalysisJob job;
    job.id = nextJobId_++;
    job.trackId = track;
    job.path = path;
    job.configs = std::move(configs);
    job.wantDecoded = wantDecoded;
    if (urgent)
        queue_.push_front(std::move(job));
    else
        queue_.push_back(std::move(job));
    dispatch();
}

JobId AnalysisService::runTask(TaskWork work, TaskErrorHandler onError) {
    if (shutDown_) return 0;
    AnalysisJob job;
    job.id = nextJobId_++;
    job.task = std::move(work);
    job.onTaskError = std::move(onError);
    const JobId id = job.id;
    queue_.push_front(std::move(job));
    dispatch();
    return id;
}

void AnalysisService::prioritise(TrackId track) {
    const auto it = std::stable_partition(queue_.begin(), queue_.end(), [&](const AnalysisJob& j) {
        return j.trackId == track && !j.task;
    });
    if (it != queue_.begin()) dispatch();
}

void AnalysisService::cancel(TrackId track) {
    std::erase_if(queue_, [&](const AnalysisJob& j) { return !j.task && j.trackId == track; });
    for (AnalysisJob& job : running_)
        if (!job.task && job.trackId == track) job.stop.request_stop();
}

void AnalysisService::cancelTask(JobId task) {
    std::erase_if(queue_, [&](const AnalysisJob& j) { return j.id == task; });
    const auto it = running_.find(task);
    if (it != running_.end()) it->stop.request_stop();
}

void AnalysisService::cancelAll() {
    queue_.clear();
    for (AnalysisJob& job : running_) job.stop.request_stop();
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
    // Any worker will do; the registry is shared.
    AnalysisWorker* worker = slots_.back().worker;
    QMetaObject::invokeMethod(
        worker, [worker, configs] { worker->warmUp(configs); }, Qt::QueuedConnection);
}

bool AnalysisService::isBusy() const {
    return !queue_.empty() || !running_.isEmpty();
}

bool AnalysisService::hasWork(TrackId track) const {
    for (const AnalysisJob& j : queue_)
        if (!j.task && j.trackId == track) return true;
    for (const AnalysisJob& j : running_)
        if (!j.task && j.trackId == track && !j.stop.stop_requested()) return true;
    return false;
}

void AnalysisService::dispatch() {
    for (Slot& slot : slots_) {
        if (queue_.empty() || shutDown_) return;
        if (slot.running != 0) continue;
        AnalysisJob job = std::move(queue_.front());
        queue_.pop_front();
        slot.running = job.id;
        running_.insert(job.id, job);
        AnalysisWorker* worker = slot.worker;
        QMetaObject::invokeMethod(
            worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
    }
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
