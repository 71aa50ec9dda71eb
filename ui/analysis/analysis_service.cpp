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
        connect(slot.worker, &AnalysisWorker::stageStarted, this,
                [this](JobId job, AnalysisStage s) {
                    if (const TrackId t = liveTrack(job)) emit stageStarted(t, s);
                });
        connect(slot.worker, &AnalysisWorker::decoded, this,
                [this](JobId job, std::shared_ptr<const DecodedTrack> d) {
                    if (const TrackId t = liveTrack(job)) emit decoded(t, std::move(d));
                });
        connect(
            slot.worker, &AnalysisWorker::centralReady, this,
            [this](JobId job, const ModelConfig& c, const QString& w, const std::vector<float>& p) {
                if (const TrackId t = liveTrack(job)) emit centralReady(t, c, w, p);
            });
        connect(slot.worker, &AnalysisWorker::windowReady, this,
                [this](JobId job, const ModelConfig& c, int index, const SegmentResult& s) {
                    if (const TrackId t = liveTrack(job)) emit windowReady(t, c, index, s);
                });
        connect(slot.worker, &AnalysisWorker::modelFinished, this,
                [this](JobId job, const ModelConfig& c, const std::vector<float>& summary) {
                    if (const TrackId t = liveTrack(job)) emit modelFinished(t, c, summary);
                });
        connect(slot.worker, &AnalysisWorker::failed, this, [this](JobId job, const QString& e) {
            if (const TrackId t = liveTrack(job)) emit failed(t, e);
        });
        connect(slot.worker, &AnalysisWorker::jobEnded, this, &AnalysisService::onJobEnded);
        connect(slot.thread, &QThread::started, slot.worker, &lowerCurrentThreadPriority);
        slot.thread->start(QThread::LowPriority);
    }
}

AnalysisService::~AnalysisService() {
    cancelAll();
    for (Slot& slot : slots_) {
        slot.thread->quit();
        slot.thread->wait();
    }
}

int AnalysisService::defaultThreadCount() {
    return std::clamp(QThread::idealThreadCount(), 1, 2);
}

void AnalysisService::enqueue(TrackId track, const QString& path,
                              std::shared_ptr<const DecodedTrack> decoded,
                              std::vector<ModelConfig> configs, bool urgent) {
    AnalysisJob job;
    job.id = nextJobId_++;
    job.trackId = track;
    job.path = path;
    job.decoded = std::move(decoded);
    job.configs = std::move(configs);
    if (urgent)
        queue_.push_front(std::move(job));
    else
        queue_.push_back(std::move(job));
    dispatch();
}

void AnalysisService::prioritise(TrackId track) {
    const auto it = std::stable_partition(queue_.begin(), queue_.end(),
                                          [&](const AnalysisJob& j) { return j.trackId == track; });
    if (it != queue_.begin()) dispatch();
}

void AnalysisService::cancel(TrackId track) {
    std::erase_if(queue_, [&](const AnalysisJob& j) { return j.trackId == track; });
    for (AnalysisJob& job : running_)
        if (job.trackId == track) job.cancelled->store(true);
}

void AnalysisService::cancelAll() {
    queue_.clear();
    for (AnalysisJob& job : running_) job.cancelled->store(true);
}

void AnalysisService::warmUp(const std::vector<ModelConfig>& configs) {
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
        if (j.trackId == track) return true;
    for (const AnalysisJob& j : running_)
        if (j.trackId == track && !j.cancelled->load()) return true;
    return false;
}

void AnalysisService::dispatch() {
    for (Slot& slot : slots_) {
        if (queue_.empty()) return;
        if (slot.running != 0) continue;
        AnalysisJob job = std::move(queue_.front());
        queue_.pop_front();
        slot.running = job.id;
        running_.insert(job.id, job);
        AnalysisWorker* worker = slot.worker;
        QMetaObject::invokeMethod(
            worker, [worker, job] { worker->run(job); }, Qt::QueuedConnection);
    }
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

TrackId AnalysisService::liveTrack(JobId job) const {
    const auto it = running_.constFind(job);
    if (it == running_.constEnd() || it->cancelled->load()) return 0;
    return it->trackId;
}

}  // namespace tagscope::ui
