#include "engine/layers/conv2d.h"

#include <cblas.h>

#include <algorithm>
#include <cstring>

#include "engine/blas_threads.h"
#include "engine/layers/single_channel_conv.h"
#include "engine/layers/winograd_products.h"

namespace tagscope {
namespace {

// im2col rows budget: the column buffer of one tile stays within the core's L2 cache.
// With a single input channel the transforms cost more than the multiplies they save.
constexpr int kWinogradMinInputChannels = 8;
constexpr std::size_t kTileBytes = std::size_t(768) << 10;

// im2col for output rows [y0, y1) of a 3×3 'same' convolution: row (c·9 + i·3 + j) holds input
// channel c shifted by (i-1, j-1), zeros outside the image.
void im2col3x3(const float* in, int channels, int height, int width, int y0, int y1, float* cols) {
    const std::size_t plane = std::size_t(height) * width;
    const std::size_t tile = std::size_t(y1 - y0) * width;
    for (int c = 0; c < channels; ++c) {
        const float* src = in + c * plane;
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                float* dst = cols + (std::size_t(c) * 9 + i * 3 + j) * tile;
                const int dy = i - 1, dx = j - 1;
                const int x0 = std::max(0, -dx), x1 = std::min(width, width - dx);
                for (int y = y0; y < y1; ++y) {
                    float* row = dst + std::size_t(y - y0) * width;
                    const int sy = y + dy;
                    if (sy < 0 || sy >= height) {
                        std::memset(row, 0, sizeof(float) * width);
                        continue;
                    }
                    if (x0 > 0) row[0] = 0.0f;
                    if (x1 < width) row[width - 1] = 0.0f;
                    std::memcpy(row + x0, src + std::size_t(sy) * width + x0 + dx,
                                sizeof(float) * (x1 - x0));
                }
            }
        }
    }
}

// Winograd products run over whole panels of tiles: on a tiny image (the CNN's last layer,
// 4 × 4) the padding costs more multiplies than direct convolution needs.
bool winogradPays(int height, int tile, int width) {
    const int alpha = tile + 2;
    const int panel = winogradProductsKernel().panelWidth;
    const long tiles = long((height + tile - 1) / tile) * ((width + tile - 1) / tile);
    const long padded = (tiles + panel - 1) / panel * panel;
    return padded * alpha * alpha < long(height) * width * 9;
}

}  // namespace

void flipKernels(Conv2dWeights& weights) {
    const std::size_t kernels = std::size_t(weights.outChannels) * weights.inChannels;
    for (std::size_t k = 0; k < kernels; ++k)
        std::reverse(&weights.kernel[k * 9], &weights.kernel[k * 9 + 9]);
}

void prepareWinograd(Conv2dWeights& weights, int tile) {
    weights.winograd = winogradKernels(weights, tile);
    weights.winogradTile = tile;
}

void prepareConvolution(Conv2dWeights& weights) {
    if (weights.inChannels >= kWinogradMinInputChannels && weights.winograd.empty())
        prepareWinograd(weights, kWinogradLargeTile);
}

void conv2d3x3(const float* in, int height, int width, const Conv2dWeights& weights, float* out,
               ConvScratch& convScratch) {
    ensureSingleThreadedBlas();  // parallelism comes from running clips side by side
    if (!weights.winograd.empty() && winogradPays(height, weights.winogradTile, width)) {
        conv2d3x3Winograd(in, height, width, weights, out, convScratch.winograd);
        return;
    }
    if (weights.inChannels == 1) {
        padSingleChannel(in, height, width, convScratch.columns);
        for (int o = 0; o < weights.outChannels; ++o)
            convolveSingleChannelRows(convScratch.columns.data(), width, 0, height, weights, o,
                                      out + o * std::size_t(height) * width);
        return;
    }
    AlignedFloats& scratch = convScratch.columns;
    const int inC = weights.inChannels, outC = weights.outChannels;
    const std::size_t plane = std::size_t(height) * width;
    const std::size_t rowBytes = std::size_t(inC) * 9 * width * sizeof(float);
    const int tileRows =
        int(std::clamp<std::size_t>(kTileBytes / rowBytes, 1, std::size_t(height)));
    scratch.resize(std::size_t(inC) * 9 * tileRows * width);
    for (int y0 = 0; y0 < height; y0 += tileRows) {
        const int y1 = std::min(height, y0 + tileRows);
        const int n = (y1 - y0) * width;
        im2col3x3(in, inC, height, width, y0, y1, scratch.data());
        float* dst = out + std::size_t(y0) * width;
        for (int o = 0; o < outC; ++o) std::fill_n(dst + o * plane, n, weights.bias[o]);
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, outC, n, inC * 9, 1.0f,
                    weights.kernel.data(), inC * 9, scratch.data(), n, 1.0f, dst, int(plane));
    }
}

Tensor conv2d3x3(const Tensor& in, const Conv2dWeights& weights) {
    Tensor out(in.n, weights.outChannels, in.h, in.w);
    ConvScratch scratch;
    for (int i = 0; i < in.n; ++i)
        conv2d3x3(in.plane(i, 0), in.h, in.w, weights, out.plane(i, 0), scratch);
    return out;
}

}  // namespace tagscope
