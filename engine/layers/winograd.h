#pragma once
// 3×3 'same' convolution by Winograd's minimal filtering F(2×2, 3×3) (Lavin & Gray, 2016):
// each 2×2 output tile costs 16 multiplies per channel pair instead of 36. The 16 products
// become 16 GEMMs (out × in) · (in × tiles), run over blocks of tiles that stay in cache.
// Same arithmetic as cross-correlation up to float rounding.

#include <vector>

#include "engine/tensor.h"

namespace tagscope {

struct Conv2dWeights;

// The transformed kernels U = G·g·Gᵀ, laid out (16, out, in).
std::vector<float> winogradKernels(const Conv2dWeights& weights);

struct WinogradScratch {
    AlignedFloats rows, transformedInput, products, outputRows;
};

// One image: in (inChannels, height, width) → out (outChannels, height, width).
void conv2d3x3Winograd(const float* in, int height, int width, const Conv2dWeights& weights,
                       float* out, WinogradScratch& scratch);

}  // namespace tagscope
