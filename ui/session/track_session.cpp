#include "ui/session/track_session.h"

#include "ui/model/window_selection.h"

namespace tagscope::ui {
namespace {
constexpr int kListedTopTags = 3;
}

TrackSession::TrackSession(QObject* parent) : QObject(parent) {
    connect(&service_, &AnalysisService::stageStarted, this, [this](TrackId id, AnalysisStage s) {
        tracks_.setStatus(
            id, s == AnalysisStage::Decoding ? TrackStatus::Decoding : TrackStatus::Tagging);
    });
    connect(&service_, &AnalysisService::opened, this, [this](TrackId id, const AudioInfo& info) {
        tracks_.setInfo(id, QString::fromStdString(info.title), info.durationSeconds);
    });
    connect(&service_, &AnalysisService::progress, this,
            [this](TrackId id, int percent) { tracks_.setProgress(id, percent); });
    connect(&service_, &AnalysisService::decoded, this,
            [this](TrackId id, std::shared_ptr<const DecodedTrack> track) {
                const QString file = path(id);
                tracks_.setInfo(id, QString::fromStdString(track->info.title),
                                track->info.durationSeconds);
                cache_.storeDecoded(file, std::move(track));
                emit trackChanged(id);
            });
    connect(&service_, &AnalysisService::centralReady, this,
            [this](TrackId id, const ModelConfig& config, const QString& weights,
                   const std::vector<float>& probabilities) {
                ModelResult& r = cache_.resultToFill(path(id), config);
                r.weightsPath = weights.toStdString();
                r.central = probabilities;
                updateRow(id);
                emit trackChanged(id);
            });
    connect(&service_, &AnalysisService::windowReady, this,
            [this](TrackId id, const ModelConfig& config, int index, const SegmentResult& segment) {
                ModelResult& r = cache_.resultToFill(path(id), config);
                if (int(r.segments.size()) == index) r.segments.push_back(segment);
                emit trackChanged(id);
            });
    connect(&service_, &AnalysisService::modelFinished, this,
            [this](TrackId id, const ModelConfig& config, const std::vector<float>& summary) {
                ModelResult& r = cache_.resultToFill(path(id), config);
                r.summary = summary.empty() ? r.central : summary;
                r.complete = true;
                emit trackChanged(id);
            });
    connect(&service_, &AnalysisService::failed, this,
            [this](TrackId id, const QString& error, bool fileAtFault) {
                if (fileAtFault) undecodable_.insert(id);  // not retried on every change of setting
                errors_.insert(id, error);
                tracks_.setStatus(id, TrackStatus::Error, error);
                emit trackChanged(id);
            });
    connect(&service_, &AnalysisService::jobEnded, this, [this](TrackId id) {
        updateRow(id);
        emit trackChanged(id);
    });
    connect(&service_, &AnalysisService::idle, this, &TrackSession::allIdle);
}

TrackSession::~TrackSession() {
    shutdown();
}

void TrackSession::shutdown() {
    service_.shutdown();
}

void TrackSession::setModelChoice(ModelChoice choice) {
    if (choice == modelChoice_) return;
    modelChoice_ = choice;
    for (TrackId id : tracks_.trackIds()) requeue(id);
    service_.warmUp(activeConfigs());
    emit settingsChanged();
}

void TrackSession::setNormalisation(NormalisationChoice choice) {
    if (choice == normalisation_) return;
    normalisation_ = choice;
    for (TrackId id : tracks_.trackIds()) requeue(id);
    service_.warmUp(activeConfigs());
    emit settingsChanged();
}

void TrackSession::setCustomCalibration(NetworkKind kind, const QString& file) {
    customCalibrations_[kind] = file;
    if (normalisation_ != NormalisationChoice::CustomCalibration) return;
    for (TrackId id : tracks_.trackIds()) requeue(id);
    emit settingsChanged();
}

QString TrackSession::customCalibration(NetworkKind kind) const {
    const auto it = customCalibrations_.find(kind);
    return it == customCalibrations_.end() ? QString() : it->second;
}

ModelConfig TrackSession::configFor(NetworkKind kind) const {
    ModelConfig config;
    config.kind = kind;
    switch (normalisation_) {
        case NormalisationChoice::BundledCalibration:
            config.norm = NormMode::Calibrated;
            break;
        case NormalisationChoice::CustomCalibration:
            config.norm = NormMode::Calibrated;
            config.calibrationPath = customCalibration(kind);  // bundled if none for this network
            break;
        case NormalisationChoice::Track:
            config.norm = NormMode::Track;
            break;
    }
    return config;
}

std::vector<ModelConfig> TrackSession::activeConfigs() const {
    std::vector<ModelConfig> configs;
    for (NetworkKind kind : activeNetworks()) configs.push_back(configFor(kind));
    return configs;
}

std::vector<TrackId> TrackSession::addFiles(const QStringList& files) {
    std::vector<TrackId> added;
    for (const QString& file : files) {
        const TrackId id = tracks_.addTrack(file);
        if (id == 0) continue;
        added.push_back(id);
        if (const auto track = cache_.decoded(file))
            tracks_.setInfo(id, QString::fromStdString(track->info.title),
                            track->info.durationSeconds);
        requeue(id);
    }
    return added;
}

void TrackSession::removeTracks(const std::vector<TrackId>& ids) {
    for (TrackId id : ids) {
        service_.cancel(id);
        cache_.drop(path(id));
        tracks_.removeTrack(id);
        undecodable_.remove(id);
        errors_.remove(id);
    }
}

QString TrackSession::path(TrackId id) const {
    const TrackEntry* e = tracks_.entry(id);
    return e ? e->path : QString();
}

std::shared_ptr<const DecodedTrack> TrackSession::decoded(TrackId id) {
    return cache_.decoded(path(id));
}

const ModelResult* TrackSession::result(TrackId id, NetworkKind kind) const {
    return cache_.result(path(id), configFor(kind));
}

void TrackSession::requeue(TrackId id) {
    const QString file = path(id);
    service_.cancel(id);
    if (undecodable_.contains(id)) return;  // keeps its error
    errors_.remove(id);
    std::vector<ModelConfig> missing;
    for (const ModelConfig& config : activeConfigs()) {
        if (cache_.isComplete(file, config)) continue;
        cache_.dropIncomplete(file, config);
        missing.push_back(config);
    }
    if (!missing.empty())
        service_.enqueue(id, file, std::move(missing), /*wantDecoded=*/!cache_.decoded(file));
    updateRow(id);
}

void TrackSession::updateRow(TrackId id) {
    const QString file = path(id);
    if (file.isEmpty()) return;
    const std::vector<ModelConfig> configs = activeConfigs();
    const ModelResult* primary = cache_.result(file, configs.front());
    tracks_.setTopTags(id, primary && !primary->central.empty()
                               ? topTagNames(primary->central, kListedTopTags)
                               : QStringList());
    if (errors_.contains(id)) {
        tracks_.setStatus(id, TrackStatus::Error, errors_.value(id));
        return;
    }
    bool complete = true;
    for (const ModelConfig& config : configs)
        complete = complete && cache_.isComplete(file, config);
    const TrackStatus status = tracks_.entry(id)->status;
    if (complete)
        tracks_.setStatus(id, TrackStatus::Done);
    else if (status == TrackStatus::Done || status == TrackStatus::Error)
        tracks_.setStatus(id, TrackStatus::Queued);  // requeued for another setting
}

}  // namespace tagscope::ui
