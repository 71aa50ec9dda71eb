#pragma once
// The networks' first conv block (one input channel → many) fused end to end: 3×3 convolution,
// BatchNorm (mode 2), ELU and max-pool, one band of pool rows at a time, so the convolution
// output (32 × 96 × 1366 floats for the CNN, 17 MB) is never written to memory. Same arithmetic
// as conv2d3x3 followed by normEluPool.

#include <vector>

#include "engine/layers/batch_norm.h"
#include "engine/tensor.h"

namespace tagscope {

struct Conv2dWeights;

struct FirstBlockScratch {
    AlignedFloats padded, band, rows;
    std::vector<double> moments;
};

// Per-channel mean and variance of the convolution output (for statistics of the clip itself),
// from the input's 3×3 patch moments: a 9 × 9 quadratic form per channel, no convolution.
ChannelStats firstBlockStats(const float* in, int height, int width, const Conv2dWeights& conv,
                             FirstBlockScratch& scratch);

// in: (1, height, width); out: (outChannels, height/ph, width/pw).
void firstBlock(const float* in, int height, int width, const Conv2dWeights& conv,
                const ChannelStats& stats, const std::vector<float>& gamma,
                const std::vector<float>& beta, int ph, int pw, float* out,
                FirstBlockScratch& scratch);

}  // namespace tagscope
