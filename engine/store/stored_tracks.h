#pragma once
// The result store as one tagging session sees it: its models' configuration ids, whether
// windows are asked for and with which hop. For each input: what is stored and usable, which
// models must still be analysed, and saving what the analysis produced.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/run_context.h"
#include "engine/session/track_tagging.h"
#include "engine/store/result_store.h"

namespace tagscope {

// What the store keeps of one model's analysis of a track: probabilities, embeddings and
// levels; `hopSeconds` when its windows were computed (with that hop).
StoredResult storedResultOf(const ModelTags& tags, const WindowLevel& centralLevel,
                            std::optional<double> hopSeconds);

class StoredTracks {
public:
    struct Lookup {
        std::optional<IdentifiedFile> file;  // none: the store could not tell (see warning)
        std::vector<std::optional<StoredResult>> models;  // per model: a usable stored result
        std::string warning;                              // the store failed to answer

        std::vector<std::size_t> missing() const;  // models to analyse
    };

    // One configuration id per model. `hopSeconds` matters only with `windows`.
    StoredTracks(std::shared_ptr<ResultStore> store, std::vector<std::int64_t> configurations,
                 bool windows, double hopSeconds, ResourceLimits limits);

    // Never throws: a file the store cannot identify (unreadable, gone) has nothing stored,
    // and its analysis will say what is wrong with it.
    Lookup lookup(const std::string& path) const;

    // The track the stored results make (models and audio details; no melgram, no overview;
    // windows only when asked for). Only for a lookup with nothing missing.
    TaggedTrack trackFrom(const Lookup& lookup) const;

    // Stores `analysed` (the results of the models `missing`, in that order) unless the file
    // changed while it was analysed, and puts the stored models beside them in the returned
    // track's model order. A store failure does not lose the results: it becomes `warning`.
    TaggedTrack save(const std::string& path, const Lookup& lookup, TaggedTrack analysed,
                     const std::vector<std::size_t>& missing, std::string& warning) const;

private:
    bool usable(const StoredResult& result) const;
    ModelTags tagsFrom(const StoredResult& stored) const;

    std::shared_ptr<ResultStore> store_;
    std::vector<std::int64_t> configurations_;
    bool windows_;
    double hopSeconds_;
    ResourceLimits limits_;
};

}  // namespace tagscope
