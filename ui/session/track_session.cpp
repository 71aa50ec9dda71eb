#include "ui/session/track_session.h"

#include <algorithm>

#include "ui/analysis/fine_windows.h"
#include "ui/analysis/store_configurations.h"
#include "ui/model/window_selection.h"

namespace tagscope::ui {
namespace {
constexpr int kListedTopTags = 3;
}

TrackSession::TrackSession(QObject* parent) : QObject(parent) {
    connectService();
    intakeTimer_.setSingleShot(true);
    intakeTimer_.setInterval(0);
    connect(&intakeTimer_, &QTimer::timeout, this, &TrackSession::takeIncoming);
    decider_ = std::make_shared<const TagDecider>(decisions_.decider());
    connect(&decisions_, &TagDecisionSettings::changed, this, &TrackSession::useDecisions);
}

void TrackSession::connectService() {
    connect(&service_, &AnalysisService::stageStarted, this, [this](TrackId id, AnalysisStage s) {
        const TrackEntry* e = tracks_.entry(id);
        if (!e || e->status == TrackStatus::Done) return;  // decoded again for display only
        tracks_.setStatus(
            id, s == AnalysisStage::Decoding ? TrackStatus::Decoding : TrackStatus::Tagging);
    });
    connect(&service_, &AnalysisService::opened, this, [this](TrackId id, const AudioInfo& info) {
        tracks_.setInfo(id, QString::fromStdString(info.title), info.durationSeconds);
    });
    connect(&service_, &AnalysisService::progress, this, [this](TrackId id, int percent) {
        const TrackEntry* e = tracks_.entry(id);
        if (e && e->status != TrackStatus::Done) tracks_.setProgress(id, percent);
    });
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
                   const std::vector<float>& probabilities, const WindowLevel& level) {
                ModelResult& r = cache_.resultToFill(path(id), config);
                r.weightsPath = weights.toStdString();
                r.central = probabilities;
                r.centralLevel = level;
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
    connect(&service_, &AnalysisService::saveFailed, this,
            [this](TrackId, const QString& warning) { emit storeWarning(warning); });
    connect(&service_, &AnalysisService::jobEnded, this, [this](TrackId id) {
        updateRow(id);
        emit trackChanged(id);
    });
    connect(&service_, &AnalysisService::idle, this, [this] {
        if (incoming_.empty()) emit allIdle();
    });
}

TrackSession::~TrackSession() {
    shutdown();
}

void TrackSession::shutdown() {
    service_.shutdown();
    intakeTimer_.stop();
}

void TrackSession::setModelChoice(ModelChoice choice) {
    if (choice == modelChoice_) return;
    modelChoice_ = choice;
    requeue(tracks_.trackIds());
    service_.warmUp(activeConfigs());
    emit settingsChanged();
}

void TrackSession::setNormalisation(NormalisationChoice choice) {
    if (choice == normalisation_) return;
    normalisation_ = choice;
    requeue(tracks_.trackIds());
    service_.warmUp(activeConfigs());
    emit settingsChanged();
}

void TrackSession::setCustomCalibration(NetworkKind kind, const QString& file) {
    customCalibrations_[kind] = file;
    if (normalisation_ != NormalisationChoice::CustomCalibration) return;
    requeue(tracks_.trackIds());
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
    std::vector<TrackEntry> entries;
    entries.reserve(std::size_t(files.size()));
    for (const QString& file : files) {
        if (tracks_.contains(file)) continue;
        TrackEntry e = TrackListModel::queuedEntry(file);
        if (const auto track = cache_.decoded(file)) {
            if (!track->info.title.empty()) e.title = QString::fromStdString(track->info.title);
            e.durationSeconds = track->info.durationSeconds;
        }
        entries.push_back(std::move(e));
    }
    const std::vector<TrackId> added = tracks_.addTracks(std::move(entries));
    requeue(added);
    return added;
}

void TrackSession::removeTracks(const std::vector<TrackId>& ids) {
    service_.cancel(ids);
    for (TrackId id : ids) {
        if (id == fineTrack_ && fineTask_) service_.cancelTask(std::exchange(fineTask_, 0));
        cache_.drop(path(id));
        undecodable_.remove(id);
        errors_.remove(id);
        awaitingStore_.remove(id);
        requests_.remove(id);
    }
    tracks_.removeTracks(ids);
}

void TrackSession::removePaths(const QStringList& paths) {
    std::vector<TrackId> ids;
    for (const QString& file : paths)
        if (const TrackId id = tracks_.idOf(file)) ids.push_back(id);
    removeTracks(ids);
}

void TrackSession::prioritise(TrackId id) {
    lookedAt_ = id;
    service_.prioritise(id);
    decodeForDisplay(id);
}

void TrackSession::requestFineWindows(TrackId id) {
    const QString file = path(id);
    if (file.isEmpty() || fineFailed_.contains(file)) return;
    std::vector<ModelConfig> configs;
    for (const ModelConfig& config : activeConfigs()) {
        const ModelResult* r = cache_.result(file, config);
        if (!r || !r->complete) return;  // after the track's own results, never before
        if (r->fineSegments.empty()) configs.push_back(config);
    }
    if (configs.empty()) return;
    if (isComputingFineWindows()) {
        if (fineTrack_ == id && fineConfigs_ == configs) return;
        service_.cancelTask(fineTask_);
    }
    fineTrack_ = id;
    fineConfigs_ = configs;
    auto deliver = [this, id, file, configs](std::vector<std::vector<SegmentResult>> windows) {
        fineTask_ = 0;
        for (std::size_t k = 0; k < configs.size() && k < windows.size(); ++k)
            if (cache_.isComplete(file, configs[k]))
                cache_.resultToFill(file, configs[k]).fineSegments = std::move(windows[k]);
        if (path(id) == file) emit trackChanged(id);
    };
    fineTask_ = service_.runTask(
        fineWindowsWork(service_.registry(), file, std::move(configs), std::move(deliver)),
        [this, file](const QString&) {
            // The display keeps the analysis windows.
            fineTask_ = 0;
            fineFailed_.insert(file);
        });
}

void TrackSession::decodeForDisplay(TrackId id) {
    const QString file = path(id);
    if (file.isEmpty() || cache_.decoded(file) || service_.hasWork(id) || undecodable_.contains(id))
        return;
    // Results from the store, but nothing to draw the spectrogram from: decode it.
    const ModelResult* primary = cache_.result(file, activeConfigs().front());
    if (!primary || !primary->complete) return;
    std::vector<double> starts;
    for (const SegmentResult& s : primary->segments) starts.push_back(s.startSeconds);
    service_.enqueue(id, file, {}, true, /*urgent=*/true, std::nullopt, std::move(starts));
}

QSet<QString> TrackSession::listedPaths() const {
    QSet<QString> paths = incomingPaths_;
    paths.reserve(tracks_.rowCount() + incomingPaths_.size());
    for (int row = 0; row < tracks_.rowCount(); ++row) paths.insert(tracks_.entryAt(row).path);
    return paths;
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

std::vector<ModelConfig> TrackSession::missingConfigs(TrackId id) {
    const QString file = path(id);
    std::vector<ModelConfig> missing;
    for (const ModelConfig& config : activeConfigs()) {
        if (cache_.isComplete(file, config)) continue;
        cache_.dropIncomplete(file, config);
        missing.push_back(config);
    }
    return missing;
}

void TrackSession::requeue(const std::vector<TrackId>& ids) {
    service_.cancel(ids);
    TrackListModel::ChangeBatch batch(tracks_);
    std::vector<StoreQuestion> questions;
    for (TrackId id : ids) {
        requests_[id] = ++lastRequest_;  // answers to earlier questions no longer apply
        awaitingStore_.remove(id);
        if (undecodable_.contains(id)) continue;  // keeps its error
        errors_.remove(id);
        std::vector<ModelConfig> missing = missingConfigs(id);
        if (!missing.empty()) {
            switch (storeState_) {
                case StoreState::Awaited:
                    awaitingStore_.insert(id);
                    break;
                case StoreState::Open:
                    questions.push_back({id, lastRequest_, path(id), std::move(missing)});
                    break;
                case StoreState::None:
                    analyse(id, std::move(missing), nullptr);
                    break;
            }
        }
        updateRow(id);
    }
    if (!questions.empty()) askStore(std::move(questions));
}

void TrackSession::analyse(TrackId id, std::vector<ModelConfig> configs,
                           const StoreAnswer* answer) {
    const QString file = path(id);
    std::optional<ResultSaving> saving =
        answer ? answer->savingFor(store_, configs) : std::optional<ResultSaving>();
    service_.enqueue(id, file, std::move(configs), /*wantDecoded=*/!cache_.decoded(file),
                     /*urgent=*/false, std::move(saving));
}

void TrackSession::updateRow(TrackId id) {
    const QString file = path(id);
    if (file.isEmpty()) return;
    const std::vector<ModelConfig> configs = activeConfigs();
    const ModelResult* primary = cache_.result(file, configs.front());
    tracks_.setTopTags(id, listedTopTags(primary));
    tracks_.setScores(id, scoresOf(primary));
    if (errors_.contains(id)) {
        tracks_.setStatus(id, TrackStatus::Error, errors_.value(id));
        return;
    }
    const TrackStatus status = tracks_.entry(id)->status;
    if (isComplete(file, configs))
        tracks_.setStatus(id, TrackStatus::Done);
    else if (status == TrackStatus::Done || status == TrackStatus::Error)
        tracks_.setStatus(id, TrackStatus::Queued);  // requeued for another setting
}

QStringList TrackSession::listedTopTags(const ModelResult* primary) {
    return primary && !primary->central.empty() ? topTagNames(primary->central, kListedTopTags)
                                                : QStringList();
}

bool TrackSession::isComplete(const QString& file, const std::vector<ModelConfig>& configs) const {
    return std::all_of(configs.begin(), configs.end(),
                       [&](const ModelConfig& config) { return cache_.isComplete(file, config); });
}

std::optional<LabelScores> TrackSession::scoresOf(const ModelResult* primary) const {
    if (!decider_ || !primary || primary->central.size() != std::size_t(kTagCount))
        return std::nullopt;
    return decider_->score(primary->central);
}

void TrackSession::rescoreAll() {
    TrackListModel::ChangeBatch batch(tracks_);
    const ModelConfig primary = activeConfigs().front();
    for (int row = 0; row < tracks_.rowCount(); ++row) {
        const TrackEntry& e = tracks_.entryAt(row);
        tracks_.setScores(e.id, scoresOf(cache_.result(e.path, primary)));
    }
}

void TrackSession::useDecisions() {
    decider_ = std::make_shared<const TagDecider>(decisions_.decider());
    rescoreAll();
    emit deciderChanged();
}

void TrackSession::keepThresholdsInStore() {
    static const std::string kKey = "thresholds";
    std::weak_ptr<ResultStore> weak = store_;
    const QString problem =
        decisions_.setStorage({[weak]() -> std::optional<std::string> {
                                   const auto store = weak.lock();
                                   return store ? store->setting(kKey) : std::nullopt;
                               },
                               [weak](const std::string& json) {
                                   if (const auto store = weak.lock())
                                       store->setSetting(kKey, json);
                               }});
    if (!problem.isEmpty())
        emit storeWarning(tr("The stored tag thresholds were not used: %1").arg(problem));
}

}  // namespace tagscope::ui
