#pragma once
// Conv2D, 3×3 kernel, border 'same' (zero padding 1), stride 1, with bias, as cross-correlation:
// out[o][y][x] = b[o] + Σ_c Σ_ij w[o][c][i][j] · in[c][y+i-1][x+j-1].

#include <vector>

#include "engine/layers/winograd.h"
#include "engine/tensor.h"

namespace tagscope {

struct ConvScratch;

struct Conv2dWeights {
    int outChannels = 0;
    int inChannels = 0;
    std::vector<float> kernel;    // (out, in, 3, 3), cross-correlation orientation
    std::vector<float> bias;      // (out)
    std::vector<float> winograd;  // Winograd-transformed kernels, if prepared (see winograd.h)
    int winogradTile = 0;         // their output tile size (2 or 4), 0 when not prepared
};

// Sets up the Winograd path with the given output tile size (kWinogradSmallTile or
// kWinogradLargeTile) whatever the channel count; for tests and the layers that choose it.
void prepareWinograd(Conv2dWeights& weights, int tile);

// Prepares the fast path for layers where it pays (several input channels); idempotent.
void prepareConvolution(Conv2dWeights& weights);

// Flips every 3×3 kernel in both axes: turns Theano's true-convolution kernels into
// cross-correlation kernels (and back).
void flipKernels(Conv2dWeights& weights);

struct ConvScratch {
    AlignedFloats columns;
    WinogradScratch winograd;
};

// One image: in is (inChannels, height, width), out is (outChannels, height, width).
// scratch is reused between calls to avoid reallocating. Uses Winograd when the weights were
// prepared for it, else im2col + GEMM (or the single-channel loop).
void conv2d3x3(const float* in, int height, int width, const Conv2dWeights& weights, float* out,
               ConvScratch& scratch);

// A whole batch.
Tensor conv2d3x3(const Tensor& in, const Conv2dWeights& weights);

}  // namespace tagscope
