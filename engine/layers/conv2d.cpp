#include "engine/layers/conv2d.h"

#include <Eigen/Core>
#include <algorithm>
#include <cstring>

namespace tagscope {
namespace {
using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// im2col for a 3×3 'same' convolution: row (c·9 + i·3 + j) holds input channel c shifted by
// (i-1, j-1), zeros outside the image. Shifts are done a row at a time with memcpy.
void im2col3x3(const float* in, int channels, int height, int width, float* cols) {
    const std::size_t plane = std::size_t(height) * width;
    for (int c = 0; c < channels; ++c) {
        const float* src = in + c * plane;
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                float* dst = cols + (std::size_t(c) * 9 + i * 3 + j) * plane;
                const int dy = i - 1, dx = j - 1;
                const int x0 = std::max(0, -dx), x1 = std::min(width, width - dx);
                for (int y = 0; y < height; ++y) {
                    float* row = dst + std::size_t(y) * width;
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
}  // namespace

void flipKernels(Conv2dWeights& weights) {
    const std::size_t kernels = std::size_t(weights.outChannels) * weights.inChannels;
    for (std::size_t k = 0; k < kernels; ++k) std::reverse(&weights.kernel[k * 9], &weights.kernel[k * 9 + 9]);
}

void conv2d3x3(const float* in, int height, int width, const Conv2dWeights& weights, float* out,
               std::vector<float>& scratch) {
    const int inC = weights.inChannels, outC = weights.outChannels;
    const Eigen::Index plane = Eigen::Index(height) * width;
    scratch.resize(std::size_t(inC) * 9 * plane);
    im2col3x3(in, inC, height, width, scratch.data());
    Eigen::Map<const RowMatrix> kernel(weights.kernel.data(), outC, inC * 9);
    Eigen::Map<const RowMatrix> cols(scratch.data(), inC * 9, plane);
    Eigen::Map<RowMatrix> result(out, outC, plane);
    result.noalias() = kernel * cols;
    for (int o = 0; o < outC; ++o) result.row(o).array() += weights.bias[o];
}

Tensor conv2d3x3(const Tensor& in, const Conv2dWeights& weights) {
    Tensor out(in.n, weights.outChannels, in.h, in.w);
    std::vector<float> scratch;
    for (int i = 0; i < in.n; ++i)
        conv2d3x3(in.plane(i, 0), in.h, in.w, weights, out.plane(i, 0), scratch);
    return out;
}

}  // namespace tagscope
