#include "engine/relevance/relevance_map.h"

#include <algorithm>
#include <cmath>

#include "engine/error.h"
#include "engine/relevance/input_gradient.h"

namespace tagscope {

RelevanceMap explainTag(const Tagger& tagger, const Melgram& clip, int tagIndex,
                        const RunContext& context, const Calibration* stats) {
    // Frozen statistics: the caller's, else calibrated mode's; track and batch mode (a batch of
    // one) normalise with the clip's own.
    const Calibration* frozen = stats ? stats : tagger.calibration();
    const LogitGradient gradient =
        tagLogitGradient(tagger.network(), clip, tagIndex, frozen, context);
    if (!std::isfinite(gradient.logit))
        throw Error("the network's output is not finite (input far outside a melgram's range?)");

    RelevanceMap map;
    map.probability = float(1.0 / (1.0 + std::exp(-double(gradient.logit))));
    map.values.resize(clip.values.size());
    // Baseline: each mel band's mean level over the clip, the "neutral" value of that band.
    for (int band = 0; band < clip.bands; ++band) {
        const float* row = clip.values.data() + std::size_t(band) * clip.frames;
        double sum = 0.0;
        for (int t = 0; t < clip.frames; ++t) sum += row[t];
        const float baseline = float(sum / clip.frames);
        const float* g = gradient.values.data() + std::size_t(band) * clip.frames;
        float* out = map.values.data() + std::size_t(band) * clip.frames;
        for (int t = 0; t < clip.frames; ++t) out[t] = std::max(0.0f, g[t] * (row[t] - baseline));
    }
    return map;
}

}  // namespace tagscope
