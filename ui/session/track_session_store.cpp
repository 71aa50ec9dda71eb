// TrackSession's use of the result store: questions asked on a store thread before analysing,
// and the answers taken on the GUI thread a time slice at a time (the library's 10,000 tracks
// arrive in batches of hundreds; each slice lists its new tracks in one insertion, complete,
// so that the list and its filter see one change per slice, never one per track).
#include <QElapsedTimer>
#include <algorithm>

#include "ui/analysis/store_configurations.h"
#include "ui/analysis/store_lookup.h"
#include "ui/session/track_session.h"

namespace tagscope::ui {
namespace {

constexpr int kSliceMs = 8;              // GUI time per slice of answers
constexpr std::size_t kListBatch = 250;  // new tracks per insertion, at most

}  // namespace

void TrackSession::awaitStore() {
    if (storeState_ == StoreState::None && !store_) storeState_ = StoreState::Awaited;
}

void TrackSession::setStore(std::shared_ptr<ResultStore> store) {
    store_ = std::move(store);
    storeConfigurations_ = store_ ? std::make_shared<StoreConfigurations>(store_) : nullptr;
    storeState_ = store_ ? StoreState::Open : StoreState::None;
    if (store_) keepThresholdsInStore();
    std::vector<TrackId> waiting(awaitingStore_.begin(), awaitingStore_.end());
    std::sort(waiting.begin(), waiting.end());  // ids grow as tracks are added: list order
    awaitingStore_.clear();
    requeue(waiting);
}

void TrackSession::askStore(std::vector<StoreQuestion> questions) {
    service_.runTask(
        [this, configurations = storeConfigurations_,
         questions = std::move(questions)](const TaskContext& context) {
            AnswerBatches answers([&](std::vector<StoreAnswer> batch) {
                context.deliver([this, batch = std::move(batch)]() mutable {
                    takeStoredTracks(std::move(batch));
                });
            });
            answerQuestions(*configurations, questions, context, answers);
            return std::function<void()>();
        },
        [this](const QString& error) { emit storeWarning(error); }, TaskLane::Store);
}

void TrackSession::takeStoredTracks(std::vector<StoreAnswer> answers) {
    for (StoreAnswer& answer : answers) {
        if (answer.track == 0) incomingPaths_.insert(answer.path);
        incoming_.push_back(std::move(answer));
    }
    if (!incoming_.empty() && !intakeTimer_.isActive()) intakeTimer_.start();
}

void TrackSession::takeIncoming() {
    QElapsedTimer clock;
    clock.start();
    TrackListModel::ChangeBatch batch(tracks_);
    while (!incoming_.empty() && clock.elapsed() < kSliceMs) {
        std::vector<StoreAnswer> toList;
        while (!incoming_.empty() && toList.size() < kListBatch) {
            StoreAnswer answer = std::move(incoming_.front());
            incoming_.pop_front();
            if (answer.track != 0) {
                answerTrack(answer);
                if (clock.elapsed() >= kSliceMs) break;
                continue;
            }
            incomingPaths_.remove(answer.path);
            if (const TrackId listed = tracks_.idOf(answer.path)) {
                if (answer.changed) analyseAgain(listed, answer);
                continue;
            }
            toList.push_back(std::move(answer));
        }
        listStoredTracks(toList);
    }
    if (!incoming_.empty()) {
        intakeTimer_.start();
        return;
    }
    emit storedTracksTaken();
    if (!service_.isBusy()) emit allIdle();
}

void TrackSession::answerTrack(const StoreAnswer& answer) {
    const auto request = requests_.constFind(answer.track);
    if (request == requests_.constEnd() || *request != answer.request) return;  // superseded
    const TrackId id = answer.track;
    const QString file = path(id);
    if (answer.durationSeconds >= 0) tracks_.setInfo(id, answer.title, answer.durationSeconds);
    std::vector<ModelConfig> missing;
    for (std::size_t i = 0; i < answer.configs.size(); ++i) {
        if (answer.results[i])
            cache_.storeResult(file, answer.configs[i], *answer.results[i]);
        else
            missing.push_back(answer.configs[i]);
    }
    if (!missing.empty()) analyse(id, std::move(missing), &answer);
    if (id == lookedAt_) decodeForDisplay(id);
    updateRow(id);
    emit trackChanged(id);
}

TrackEntry TrackSession::entryFor(const StoreAnswer& answer) {
    TrackEntry e = TrackListModel::queuedEntry(answer.path);
    if (!answer.title.isEmpty()) e.title = answer.title;
    e.durationSeconds = answer.durationSeconds;
    for (std::size_t i = 0; i < answer.configs.size(); ++i)
        if (answer.results[i])
            cache_.storeResult(answer.path, answer.configs[i], *answer.results[i]);
    const std::vector<ModelConfig> configs = activeConfigs();
    const ModelResult* primary = cache_.result(answer.path, configs.front());
    e.topTags = listedTopTags(primary);
    e.scores = scoresOf(primary);
    if (isComplete(answer.path, configs)) e.status = TrackStatus::Done;
    return e;
}

void TrackSession::listStoredTracks(std::vector<StoreAnswer>& answers) {
    if (answers.empty()) return;
    std::vector<TrackEntry> entries;
    entries.reserve(answers.size());
    for (const StoreAnswer& answer : answers) entries.push_back(entryFor(answer));
    const std::vector<TrackId> ids = tracks_.addTracks(std::move(entries));
    // Ids follow the entries that were new; answers whose path came twice were dropped.
    std::vector<TrackId> toAsk;
    std::size_t next = 0;
    for (const StoreAnswer& answer : answers) {
        if (next == ids.size()) break;
        const TrackId id = ids[next];
        if (path(id) != answer.path) continue;
        ++next;
        requests_[id] = ++lastRequest_;
        if (tracks_.entry(id)->status == TrackStatus::Done) continue;
        std::vector<ModelConfig> missing = missingConfigs(id);
        bool answered = answer.file.has_value();
        for (const ModelConfig& config : missing)
            answered = answered && std::find(answer.configs.begin(), answer.configs.end(),
                                             config) != answer.configs.end();
        if (answered)
            analyse(id, std::move(missing), &answer);  // identified: nothing left to ask
        else
            toAsk.push_back(id);
    }
    requeue(toAsk);
}

void TrackSession::analyseAgain(TrackId id, const StoreAnswer& answer) {
    service_.cancel(id);
    cache_.drop(answer.path);
    undecodable_.remove(id);
    errors_.remove(id);
    requests_[id] = ++lastRequest_;
    tracks_.setStatus(id, TrackStatus::Queued);
    std::vector<ModelConfig> configs = activeConfigs();
    if (answer.configs == configs)
        analyse(id, std::move(configs), &answer);
    else
        requeue({id});
    updateRow(id);
    emit trackChanged(id);
}

}  // namespace tagscope::ui
