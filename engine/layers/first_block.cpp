#include "engine/layers/first_block.h"

#include <algorithm>

#include "engine/layers/conv2d.h"
#include "engine/layers/conv_block_tail.h"
#include "engine/layers/patch_moments.h"
#include "engine/layers/single_channel_conv.h"

namespace tagscope {

ChannelStats firstBlockStats(const float* in, int height, int width, const Conv2dWeights& conv,
                             FirstBlockScratch& s) {
    // Each output channel is b + Σ w_k p_k over the input's 3×3 patches: its statistics follow
    // from the patches' moments (patch_moments.h), without convolving.
    const PatchMoments m = patchMoments(in, height, width, s.moments);
    ChannelStats stats;
    for (int o = 0; o < conv.outChannels; ++o) {
        const float* w = &conv.kernel[std::size_t(o) * 9];
        double weightSum = 0.0, mean = 0.0, variance = 0.0;
        for (std::size_t k = 0; k < 9; ++k) {
            weightSum += w[k];
            mean += double(w[k]) * m.mean[k];
            for (std::size_t l = 0; l < 9; ++l) variance += double(w[k]) * w[l] * m.cov[k][l];
        }
        stats.mean.push_back(conv.bias[std::size_t(o)] + m.centre * weightSum + mean);
        stats.variance.push_back(std::max(0.0, variance));
    }
    return stats;
}

void firstBlock(const float* in, int height, int width, const Conv2dWeights& conv,
                const ChannelStats& stats, const std::vector<float>& gamma,
                const std::vector<float>& beta, int ph, int pw, float* out, FirstBlockScratch& s) {
    padSingleChannel(in, height, width, s.padded);
    s.band.resize(std::size_t(ph) * width);
    s.rows.resize(std::size_t(width));
    const int oh = height / ph, ow = width / pw;
    std::vector<NormShift> norms;
    for (int o = 0; o < conv.outChannels; ++o) norms.push_back(normShift(stats, gamma, beta, o));
    // Band-major: the band's input rows stay in the L1 cache across all output channels.
    for (int y = 0; y < oh; ++y)
        for (int o = 0; o < conv.outChannels; ++o) {
            convolveSingleChannelRows(s.padded.data(), width, y * ph, ph, conv, o, s.band.data());
            poolNormEluRows(s.band.data(), width, ph, pw, norms[std::size_t(o)].scale,
                            norms[std::size_t(o)].shift, s.rows.data(),
                            out + (std::size_t(o) * oh + y) * ow);
        }
}

}  // namespace tagscope
