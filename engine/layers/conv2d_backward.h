#pragma once
// The gradient of a 3×3 'same' convolution with respect to its input. It is itself a 3×3
// 'same' cross-correlation of the output gradient, with every kernel rotated by 180° and the
// input and output channels swapped, so it runs on the same fast paths (Winograd, im2col).

#include "engine/layers/conv2d.h"

namespace tagscope {

// The weights of the input-gradient convolution of `forward` (no bias), prepared for the fast
// path. Make once per layer.
Conv2dWeights inputGradientWeights(const Conv2dWeights& forward);

// dOut: (forward.outChannels, height, width) → dIn: (forward.inChannels, height, width), given
// the weights made by inputGradientWeights.
void conv2d3x3InputGradient(const float* dOut, int height, int width,
                            const Conv2dWeights& gradientWeights, float* dIn, ConvScratch& scratch);

}  // namespace tagscope
