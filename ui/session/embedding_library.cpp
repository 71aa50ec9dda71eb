#include "ui/session/embedding_library.h"

#include "ui/session/track_session.h"

namespace tagscope::ui {
namespace {

// Results arrive track by track: one read per burst of changes.
constexpr int kReloadDelayMs = 400;

}  // namespace

EmbeddingLibrary::EmbeddingLibrary(TrackSession& session, QObject* parent)
    : QObject(parent), session_(session), service_(&session.service()) {
    reloadTimer_.setSingleShot(true);
    reloadTimer_.setInterval(kReloadDelayMs);
    connect(&reloadTimer_, &QTimer::timeout, this, &EmbeddingLibrary::reload);
    connect(&session_, &TrackSession::settingsChanged, this, &EmbeddingLibrary::markStale);
    connect(&session_, &TrackSession::allIdle, this, &EmbeddingLibrary::markStale);
    connect(&session_, &TrackSession::storedTracksTaken, this, &EmbeddingLibrary::markStale);
    connect(session_.tracks(), &QAbstractItemModel::rowsRemoved, this,
            &EmbeddingLibrary::markStale);
}

EmbeddingLibrary::~EmbeddingLibrary() {
    if (!service_) return;
    for (JobId task : {loadTask_, similarTask_})
        if (task) service_->cancelTask(task);
}

void EmbeddingLibrary::setWanted(bool wanted) {
    wanted_ = wanted;
    if (wanted_ && stale_ && !loadTask_) reload();
}

void EmbeddingLibrary::markStale() {
    stale_ = true;
    if (wanted_) reloadTimer_.start();
}

void EmbeddingLibrary::reload() {
    reloadTimer_.stop();
    // Read once there is a store (the library's listing marks them stale).
    if (!service_ || !session_.store()) return;
    if (loadTask_) service_->cancelTask(loadTask_);
    stale_ = false;
    const ModelConfig config = session_.configFor(session_.activeNetworks().front());
    loadTask_ = service_->runTask(
        [this, configurations = session_.storeConfigurations(), config,
         listed = session_.listedPaths()](const TaskContext& context) {
            std::shared_ptr<const LibraryEmbeddings> embeddings =
                loadLibraryEmbeddings(*configurations, config, listed, context.run());
            return std::function<void()>([this, embeddings] {
                loadTask_ = 0;
                current_ = embeddings;
                emit loaded();
            });
        },
        [this](const QString& error) {
            loadTask_ = 0;
            emit loadFailed(error);
        },
        TaskLane::Store);
}

bool EmbeddingLibrary::findSimilar(TrackId track, int count) {
    const QString path = session_.path(track);
    if (!service_ || !current_ || !current_->index || !current_->rowOf.contains(path)) return false;
    if (similarTask_) service_->cancelTask(similarTask_);
    const std::size_t row = current_->rowOf.value(path);
    similarTask_ = service_->runTask(
        [this, embeddings = current_, row, count, track](const TaskContext&) {
            const auto dimensions = std::size_t(embeddings->dimensions);
            const std::vector<Neighbour> neighbours = embeddings->index->nearest(
                std::span(embeddings->values).subspan(row * dimensions, dimensions),
                std::size_t(count), row);
            return std::function<void()>([this, embeddings, neighbours, track] {
                similarTask_ = 0;
                std::vector<SimilarTrack> tracks;
                const TrackListModel& list = *session_.tracks();
                for (const Neighbour& neighbour : neighbours) {
                    const TrackId id = list.idOf(embeddings->paths[int(neighbour.index)]);
                    const TrackEntry* entry = list.entry(id);
                    if (!entry) continue;  // removed meanwhile
                    tracks.push_back({id, entry->title, neighbour.similarity,
                                      entry->topTags.join(QStringLiteral(", "))});
                }
                emit similarFound(track, std::move(tracks));
            });
        },
        [this](const QString& error) {
            similarTask_ = 0;
            emit loadFailed(error);
        },
        TaskLane::Store);
    return true;
}

}  // namespace tagscope::ui
