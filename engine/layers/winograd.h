#pragma once
// 3×3 'same' convolution by Winograd's minimal filtering (Lavin & Gray, 2016): F(2×2, 3×3)
// costs 16 multiplies per 2×2 output tile and channel pair, F(4×4, 3×3) 36 per 4×4 tile,
// against 36 and 144 for direct convolution. Tiles are taken in blocks whose transformed input
// stays in the core's L2 cache; per block and per group of 8 output channels, the α² products
// M_ξ = U_ξ · V_ξ run on a register-blocked kernel over operands packed for it
// (winograd_products.h) and are transformed back at once, so the products never leave the
// cache. Same arithmetic as cross-correlation up to float rounding (F(4×4) rounds a little more:
// its transforms have coefficients up to 8).

#include <vector>

#include "engine/tensor.h"

namespace tagscope {

struct Conv2dWeights;

// Output tile sizes: 2 (F(2×2, 3×3)) or 4 (F(4×4, 3×3)).
inline constexpr int kWinogradSmallTile = 2;
inline constexpr int kWinogradLargeTile = 4;

// The transformed kernels U = G·g·Gᵀ for the given output tile size, zero-padded to whole groups
// of 8 output channels and laid out (α², groups, in, 8) — the product kernel's order.
std::vector<float> winogradKernels(const Conv2dWeights& weights, int tile);

struct WinogradScratch {
    AlignedFloats rows, transformedInput, products, outputColumns, outputRows;
};

// One image: in (inChannels, height, width) → out (outChannels, height, width), with the tile
// size and kernels weights.winogradTile and weights.winograd.
void conv2d3x3Winograd(const float* in, int height, int width, const Conv2dWeights& weights,
                       float* out, WinogradScratch& scratch);

}  // namespace tagscope
