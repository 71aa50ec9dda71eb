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

// BatchNorm with given statistics as one affine map per channel: y = scale·x + shift.
struct NormShift {
    float scale, shift;
};
NormShift normShift(const ChannelStats& stats, const std::vector<float>& gamma,
                    const std::vector<float>& beta, int channel);

// One pooled row of one channel: first points at ph convolution rows of width floats; out gets
// width/pw values. rows: scratch of width floats.
void poolNormEluRows(const float* first, int width, int ph, int pw, float scale, float shift,
                     float* rows, float* out);

}  // namespace tagscope
