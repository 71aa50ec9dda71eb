#pragma once
// Similar tracks from a result store (issue 12): the query's track embedding — stored, or
// computed now without being stored — against every stored track embedding of one analysis
// configuration, by cosine similarity (neighbour_index.h). Used by `tagscope-cli similar`.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/audio/resampler.h"
#include "engine/run_context.h"
#include "engine/store/result_store.h"
#include "engine/tagger.h"

namespace tagscope {

struct SimilarTrack {
    std::string path;
    float similarity;  // cosine similarity of the track embeddings, −1…1
};

struct SimilarityQuery {
    std::string path;                    // absolute and canonical, as the store names files
    std::vector<float> embedding;        // the track embedding
    std::optional<std::int64_t> fileId;  // the stored file, when the store knows this content
    bool analysed = false;               // computed now (not in the store under this key)
};

// How a query that is not in the store is analysed: its windows with this hop, whose mean
// embedding is the track embedding (as `tag --segments --store` stores it).
struct QueryAnalysis {
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;
    ResourceLimits limits;
};

// The query's track embedding under `model` (resolved: weights and calibration paths set),
// whose configuration's stored embeddings are `stored` (ResultStore::trackEmbeddings): the
// stored one when the store knows the file (by path, or its content moved, as identify()
// tells) with an embedding there, otherwise the file analysed now and NOT added to the store.
// Throws Error("PATH: problem") if it cannot be analysed.
SimilarityQuery similarityQuery(ResultStore& store, const std::vector<StoredEmbedding>& stored,
                                const TaggerConfig& model, const std::string& path,
                                const QueryAnalysis& analysis);

// The k stored tracks most similar to the query, most similar first, leaving out the query's
// own file (by id, or by path when it was analysed). Throws Error if an embedding's size
// differs from the query's (a store whose rows do not belong together).
std::vector<SimilarTrack> similarTracks(const std::vector<StoredEmbedding>& stored,
                                        const SimilarityQuery& query, std::size_t k);

}  // namespace tagscope
