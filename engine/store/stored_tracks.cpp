#include "engine/store/stored_tracks.h"

#include "engine/store/sqlite_db.h"

namespace tagscope {
namespace {

// Results stored before schema version 4 have no levels: their padding follows from the
// duration (the loudness stays unknown). Stored and just analysed levels are kept as they are.
void withStoredPadding(TaggedTrack& track) {
    const double duration = track.info.durationSeconds;
    if (!track.centralLevel.rmsDb) track.centralLevel.paddingShare = paddingShareOf(0.0, duration);
    for (ModelTags& tags : track.models)
        for (SegmentResult& segment : tags.segments)
            if (!segment.level.rmsDb)
                segment.level.paddingShare = paddingShareOf(segment.startSeconds, duration);
}

}  // namespace

StoredResult storedResultOf(const ModelTags& tags, const WindowLevel& centralLevel,
                            std::optional<double> hopSeconds) {
    StoredResult stored;
    stored.central = tags.central;
    stored.summary = tags.summary;
    stored.hopSeconds = hopSeconds;
    stored.segments = tags.segments;
    stored.embedding = tags.embedding;
    stored.centralLevel = centralLevel;
    return stored;
}

std::vector<std::size_t> StoredTracks::Lookup::missing() const {
    std::vector<std::size_t> result;
    for (std::size_t m = 0; m < models.size(); ++m)
        if (!models[m]) result.push_back(m);
    return result;
}

StoredTracks::StoredTracks(std::shared_ptr<ResultStore> store,
                           std::vector<std::int64_t> configurations, bool windows,
                           double hopSeconds, ResourceLimits limits)
    : store_(std::move(store)),
      configurations_(std::move(configurations)),
      windows_(windows),
      hopSeconds_(hopSeconds),
      limits_(limits) {}

// A result saved before schema version 4 has no embedding: it is analysed once more, so
// that the store's similar tracks cover it.
bool StoredTracks::usable(const StoredResult& result) const {
    if (result.embedding.empty()) return false;
    return !windows_ || result.hopSeconds == hopSeconds_;
}

StoredTracks::Lookup StoredTracks::lookup(const std::string& path) const {
    Lookup lookup;
    lookup.models.resize(configurations_.size());
    try {
        lookup.file = store_->identify(path);
        const IdentifiedFile& file = *lookup.file;
        // A file now over the duration limit is analysed, so that it is refused as before.
        if (!file.id || file.info.durationSeconds > limits_.maxDurationSeconds) return lookup;
        for (std::size_t m = 0; m < configurations_.size(); ++m) {
            auto stored = store_->result(*file.id, configurations_[m]);
            if (stored && usable(*stored)) lookup.models[m] = std::move(stored);
        }
    } catch (const sqlite::SqliteError& e) {
        lookup = Lookup{};
        lookup.models.resize(configurations_.size());
        lookup.warning = e.what();
    } catch (const Error&) {
        lookup = Lookup{};
        lookup.models.resize(configurations_.size());
    }
    return lookup;
}

ModelTags StoredTracks::tagsFrom(const StoredResult& stored) const {
    ModelTags tags;
    tags.central = stored.central;
    tags.summary = windows_ ? stored.summary : stored.central;  // as an analysis would give
    if (windows_) tags.segments = stored.segments;
    tags.embedding = stored.embedding;
    return tags;
}

TaggedTrack StoredTracks::trackFrom(const Lookup& lookup) const {
    TaggedTrack track;
    if (lookup.file) track.info = lookup.file->info;
    for (const auto& stored : lookup.models) track.models.push_back(tagsFrom(*stored));
    // Every model's result of one file holds the same central level.
    if (!lookup.models.empty()) track.centralLevel = lookup.models.front()->centralLevel;
    withStoredPadding(track);
    return track;
}

TaggedTrack StoredTracks::save(const std::string& path, const Lookup& lookup, TaggedTrack analysed,
                               const std::vector<std::size_t>& missing,
                               std::string& warning) const {
    if (lookup.file) {
        try {
            if (fileStamp(path) == lookup.file->content.stamp) {
                std::vector<std::pair<std::int64_t, StoredResult>> results;
                for (std::size_t k = 0; k < missing.size(); ++k) {
                    const std::optional<double> hop =
                        windows_ ? std::optional<double>(hopSeconds_) : std::nullopt;
                    results.emplace_back(
                        configurations_[missing[k]],
                        storedResultOf(analysed.models[k], analysed.centralLevel, hop));
                }
                store_->saveResults(*lookup.file, analysed.info, results);
            }
        } catch (const Error& e) {
            warning = std::string(e.what()) + " (results not stored)";
        }
    }
    std::vector<ModelTags> models(configurations_.size());
    for (std::size_t k = 0; k < missing.size(); ++k)
        models[missing[k]] = std::move(analysed.models[k]);
    for (std::size_t m = 0; m < models.size(); ++m)
        if (lookup.models[m]) models[m] = tagsFrom(*lookup.models[m]);
    analysed.models = std::move(models);
    withStoredPadding(analysed);
    return analysed;
}

}  // namespace tagscope
