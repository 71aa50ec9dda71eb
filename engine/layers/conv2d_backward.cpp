#include "engine/layers/conv2d_backward.h"

namespace tagscope {

Conv2dWeights inputGradientWeights(const Conv2dWeights& forward) {
    Conv2dWeights g;
    g.outChannels = forward.inChannels;
    g.inChannels = forward.outChannels;
    g.kernel.resize(forward.kernel.size());
    g.bias.assign(std::size_t(g.outChannels), 0.0f);
    for (int o = 0; o < forward.outChannels; ++o)
        for (int c = 0; c < forward.inChannels; ++c) {
            const float* src = &forward.kernel[(std::size_t(o) * forward.inChannels + c) * 9];
            float* dst = &g.kernel[(std::size_t(c) * forward.outChannels + o) * 9];
            for (int k = 0; k < 9; ++k) dst[k] = src[8 - k];  // 180° rotation
        }
    prepareConvolution(g);
    return g;
}

void conv2d3x3InputGradient(const float* dOut, int height, int width,
                            const Conv2dWeights& gradientWeights, float* dIn,
                            ConvScratch& scratch) {
    conv2d3x3(dOut, height, width, gradientWeights, dIn, scratch);
}

}  // namespace tagscope
