#pragma once
// The tail of each conv block, BatchNorm (mode 2) → ELU → max-pool, fused into one pass.
// ELU is increasing and the normalisation is affine per channel, so pooling commutes with
// both: the max (or, for a negative scale, the min) of the raw convolution output is pooled
// first and only the pooled values are normalised and activated. Rounding is monotonic too, so
// this equals the three layers run one after another, up to the exp implementation of the ELU
// (vectorised exp(v) − 1 here, std::expm1 in elu()).

#include <vector>

#include "engine/layers/batch_norm.h"

namespace tagscope {

// image: (channels, height, width) convolution output; out: (channels, height/ph, width/pw).
void normEluPool(const float* image, int channels, int height, int width, const ChannelStats& stats,
                 const std::vector<float>& gamma, const std::vector<float>& beta, int ph, int pw,
                 float* out);

}  // namespace tagscope
