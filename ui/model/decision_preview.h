#pragma once
// What thresholds would do to a set of tracks: how many get each label, how many get any tag.
// The thresholds dialog's live preview (one pass, a few milliseconds per 10,000 tracks).

#include <cstddef>
#include <span>
#include <vector>

#include "engine/decisions/tag_decisions.h"

namespace tagscope::ui {

struct DecisionPreview {
    std::vector<std::size_t> perLabel;  // tracks that get each label (vocabulary order)
    std::size_t tracks = 0;             // tracks looked at
    std::size_t tagged = 0;             // tracks with at least one tag
    std::size_t tags = 0;               // tags over all tracks
};

// Each track holds the model's 50 probabilities (tagNames() order); others are skipped.
// perLabel equals the engine's countPerLabel over the tracks kept.
DecisionPreview previewDecisions(std::span<const std::vector<float>> tracks,
                                 const TagDecider& decider);

}  // namespace tagscope::ui
