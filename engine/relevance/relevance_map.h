#pragma once
// "Why this tag?": how much each cell of a clip's melgram speaks for one tag (docs/RELEVANCE.md).
// The map is gradient × (input − baseline): the tag's logit differentiated with respect to the
// network's input melgram (one forward pass with its intermediates kept, one backward pass),
// times how far each cell lies from its mel band's mean level over the clip, negative values
// clipped to 0. Costs about 2–3 forward passes.

#include <vector>

#include "engine/melgram.h"
#include "engine/networks/calibration.h"
#include "engine/run_context.h"
#include "engine/tagger.h"

namespace tagscope {

struct RelevanceMap {
    int bands = kMelBands;
    int frames = kClipFrames;
    std::vector<float> values;  // bands × frames, row-major like Melgram::values, ≥ 0
    float probability = 0;      // the tag's probability for this clip

    float at(int band, int frame) const { return values[std::size_t(band) * frames + frame]; }
};

// The relevance of every cell of `clip` (96 × 1366) to tag `tagIndex` (0–49) under the tagger's
// network, weights and normalisation. `stats`, when given, replaces the policy's statistics as
// in Tagger::predictClip. The context's stop signal is checked between layers (throws
// Cancelled). Throws Error on a wrongly shaped clip or a tag index out of range.
RelevanceMap explainTag(const Tagger& tagger, const Melgram& clip, int tagIndex,
                        const RunContext& context = {}, const Calibration* stats = nullptr);

}  // namespace tagscope
