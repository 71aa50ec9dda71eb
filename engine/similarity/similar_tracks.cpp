#include "engine/similarity/similar_tracks.h"

#include "engine/error.h"
#include "engine/session/tagging_session.h"
#include "engine/similarity/neighbour_index.h"

namespace tagscope {
namespace {

// The file analysed now, with windows, by a session that has no store (nothing is added).
std::vector<float> analysedEmbedding(const TaggerConfig& model, const std::string& path,
                                     const QueryAnalysis& analysis) {
    SessionConfig config;
    config.models = {model};
    config.resampler = analysis.resampler;
    config.hopSeconds = analysis.hopSeconds;
    config.segments = true;
    config.jobs = 1;
    config.limits = analysis.limits;
    const TaggingSession session(std::move(config));
    const SessionReport report = session.tag({{path}, {}});
    if (!report.failures.empty()) throw Error(report.failures.front().error);
    if (report.results.empty() || report.results.front().embedding.empty())
        fail(path, "gave no embedding");
    return report.results.front().embedding;
}

}  // namespace

SimilarityQuery similarityQuery(ResultStore& store, const std::vector<StoredEmbedding>& stored,
                                const TaggerConfig& model, const std::string& path,
                                const QueryAnalysis& analysis) {
    SimilarityQuery query;
    query.path = canonicalStorePath(path);
    try {
        query.fileId = store.identify(path).id;
    } catch (const Error&) {
        // Unreadable: the analysis below says why.
    }
    if (query.fileId)
        for (const StoredEmbedding& entry : stored)
            if (entry.fileId == *query.fileId) {
                query.embedding = entry.embedding;
                return query;
            }
    query.embedding = analysedEmbedding(model, path, analysis);
    query.analysed = true;
    return query;
}

std::vector<SimilarTrack> similarTracks(const std::vector<StoredEmbedding>& stored,
                                        const SimilarityQuery& query, std::size_t k) {
    NeighbourIndex index(int(query.embedding.size()));
    std::optional<std::size_t> self;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (stored[i].embedding.size() != query.embedding.size())
            fail(stored[i].path,
                 "its stored embedding has " + std::to_string(stored[i].embedding.size()) +
                     " values, the query's " + std::to_string(query.embedding.size()));
        index.add(stored[i].embedding);
        if (query.fileId ? stored[i].fileId == *query.fileId : stored[i].path == query.path)
            self = i;
    }
    std::vector<SimilarTrack> tracks;
    for (const Neighbour& n : index.nearest(query.embedding, k, self))
        tracks.push_back({stored[n.index].path, n.similarity});
    return tracks;
}

}  // namespace tagscope
