#include "ui/analysis/result_saving.h"

#include "engine/error.h"
#include "engine/store/content_fingerprint.h"

namespace tagscope::ui {

std::string saveAnalysedTrack(const ResultSaving& saving, const std::string& path,
                              const TaggedTrack& tagged) {
    if (!saving.store) return {};
    try {
        if (fileStamp(path) != saving.file.content.stamp) return {};
        std::vector<std::pair<std::int64_t, StoredResult>> results;
        for (std::size_t m = 0; m < tagged.models.size() && m < saving.configurations.size(); ++m) {
            if (saving.configurations[m] == 0) continue;
            const ModelTags& tags = tagged.models[m];
            // With the embeddings: the app's similar tracks and library map read them back.
            results.emplace_back(saving.configurations[m],
                                 StoredResult{tags.central, tags.summary, kAppHopSeconds,
                                              tags.segments, tags.embedding, tagged.centralLevel});
        }
        if (!results.empty()) saving.store->saveResults(saving.file, tagged.info, results);
        return {};
    } catch (const Error& e) {
        return std::string(e.what()) + " (results not stored)";
    }
}

}  // namespace tagscope::ui
