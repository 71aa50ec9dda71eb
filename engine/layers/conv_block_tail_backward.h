#pragma once
// The conv block tail (BatchNorm mode 2 → ELU → max-pool, conv_block_tail.h) with the record a
// backward pass needs, and its gradient with respect to the convolution output.

#include <cstdint>
#include <vector>

#include "engine/layers/batch_norm_backward.h"

namespace tagscope {

// As normEluPool, and source[k] is the cell (index within its channel's height × width plane)
// that pooled output cell k was taken from: the maximum of the raw convolution output, or the
// minimum for a negative scale (first in row-major order on ties).
void normEluPoolTraced(const float* image, int channels, int height, int width,
                       const ChannelStats& stats, const std::vector<float>& gamma,
                       const std::vector<float>& beta, int ph, int pw, float* out,
                       std::int32_t* source);

// dOut (channels, height/ph, width/pw) → dImage (channels, height, width). Max-pool passes each
// output's gradient to its source cell (every other cell gets 0), the ELU multiplies it by
// elu'(v) = 1 for v > 0, else exp(v) = out + 1, and the normalisation by its input gradient
// (statistics constant or exact, batch_norm_backward.h). `out` and `source` come from
// normEluPoolTraced over the same image.
void normEluPoolInputGradient(const float* image, int channels, int height, int width,
                              const ChannelStats& stats, const std::vector<float>& gamma,
                              StatisticsGradient mode, int ph, int pw, const float* out,
                              const std::int32_t* source, const float* dOut, float* dImage);

}  // namespace tagscope
