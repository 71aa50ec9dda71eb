#include "engine/layers/single_channel_conv.h"

#include <algorithm>
#include <cstring>

#include "engine/layers/conv2d.h"
#include "engine/simd/simd_level.h"

namespace tagscope {

void padSingleChannel(const float* in, int height, int width, AlignedFloats& padded) {
    const std::size_t stride = std::size_t(width) + 2;
    padded.resize((std::size_t(height) + 2) * stride);
    std::fill_n(padded.data(), stride, 0.0f);
    std::fill_n(padded.data() + (std::size_t(height) + 1) * stride, stride, 0.0f);
    for (int y = 0; y < height; ++y) {
        float* row = padded.data() + (std::size_t(y) + 1) * stride;
        row[0] = row[width + 1] = 0.0f;
        std::memcpy(row + 1, in + std::size_t(y) * width, sizeof(float) * width);
    }
}

TAGSCOPE_SIMD_CLONES void convolveSingleChannelRows(const float* padded, int width, int y0,
                                                    int rows, const Conv2dWeights& weights, int o,
                                                    float* out) {
    const std::size_t stride = std::size_t(width) + 2;
    const float* w = &weights.kernel[std::size_t(o) * 9];
    const float bias = weights.bias[o];
    for (int y = y0; y < y0 + rows; ++y) {
        const float* r0 = padded + std::size_t(y) * stride;
        const float* r1 = r0 + stride;
        const float* r2 = r1 + stride;
        float* row = out + std::size_t(y - y0) * width;
        for (int x = 0; x < width; ++x)
            row[x] = bias + w[0] * r0[x] + w[1] * r0[x + 1] + w[2] * r0[x + 2] + w[3] * r1[x] +
                     w[4] * r1[x + 1] + w[5] * r1[x + 2] + w[6] * r2[x] + w[7] * r2[x + 1] +
                     w[8] * r2[x + 2];
    }
}

}  // namespace tagscope
