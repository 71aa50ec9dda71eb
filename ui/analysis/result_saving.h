#pragma once
// Saving a track's analysis to the result store, from the worker that computed it: the file
// as it was identified before the analysis, and per model configuration its id in the store.
// The app always cuts windows with the default hop, so every result it saves has them.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/session/track_tagging.h"
#include "engine/store/result_store.h"

namespace tagscope::ui {

// The hop the app cuts its analysis windows with; stored results are usable only with it.
inline constexpr double kAppHopSeconds = TrackTaggingOptions{}.hopSeconds;

struct ResultSaving {
    std::shared_ptr<ResultStore> store;
    IdentifiedFile file;                       // as identified before the analysis
    std::vector<std::int64_t> configurations;  // per model analysed; 0: not kept
};

// Saves `tagged` (one ModelTags per configuration) in one transaction, unless the file changed
// while it was analysed (it is then left for the next look). Never throws: returns a warning
// when the store fails ("" when all went well).
std::string saveAnalysedTrack(const ResultSaving& saving, const std::string& path,
                              const TaggedTrack& tagged);

}  // namespace tagscope::ui
