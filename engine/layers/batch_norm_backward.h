#pragma once
// Gradients of the two BatchNormalization layers (batch_norm.h) with respect to their input.

#include <cstddef>
#include <vector>

#include "engine/layers/batch_norm.h"

namespace tagscope {

// Frame normalisation is affine per time frame: grad (channels·height rows of x.w frames, the
// layout of a one-image Tensor) is multiplied in place by each frame's scale.
void frameNormInputGradient(float* grad, int rows, int frames, const FrameNormWeights& weights);

// How the channel normalisation's statistics are differentiated.
enum class StatisticsGradient {
    Constant,  // frozen statistics (a calibration, or a batch's shared ones): y is affine in x
    Exact,     // the image's own statistics (track mode): mean and variance depend on x
};

// One (channels, height, width) image x that was normalised with `stats` (its own statistics
// when `mode` is Exact). grad holds dL/dy on entry and dL/dx on return.
void channelNormInputGradient(const float* x, std::size_t planeSize, const ChannelStats& stats,
                              const std::vector<float>& gamma, StatisticsGradient mode,
                              float* grad);

}  // namespace tagscope
