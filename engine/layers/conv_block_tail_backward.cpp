#include "engine/layers/conv_block_tail_backward.h"

#include <algorithm>
#include <cmath>

namespace tagscope {
namespace {

double channelScale(const ChannelStats& stats, const std::vector<float>& gamma, std::size_t c) {
    return gamma[c] / (std::sqrt(stats.variance[c] + kBatchNormEpsilon) + kBatchNormEpsilon);
}

}  // namespace

void normEluPoolTraced(const float* image, int channels, int height, int width,
                       const ChannelStats& stats, const std::vector<float>& gamma,
                       const std::vector<float>& beta, int ph, int pw, float* out,
                       std::int32_t* source) {
    const int oh = height / ph, ow = width / pw;
    for (int c = 0; c < channels; ++c) {
        const double s = channelScale(stats, gamma, std::size_t(c));
        const float scale = float(s), shift = float(beta[c] - s * stats.mean[c]);
        const float sign = scale < 0.0f ? -1.0f : 1.0f;  // pool the minimum for a negative scale
        const float* src = image + std::size_t(c) * height * width;
        const std::size_t base = std::size_t(c) * oh * ow;
        for (int y = 0; y < oh; ++y)
            for (int x = 0; x < ow; ++x) {
                int best = y * ph * width + x * pw;
                for (int i = 0; i < ph; ++i)
                    for (int j = 0; j < pw; ++j) {
                        const int k = (y * ph + i) * width + x * pw + j;
                        if (sign * src[k] > sign * src[best]) best = k;
                    }
                const float v = src[best] * scale + shift;
                out[base + std::size_t(y) * ow + x] = v > 0.0f ? v : std::expm1(v);
                source[base + std::size_t(y) * ow + x] = best;
            }
    }
}

void normEluPoolInputGradient(const float* image, int channels, int height, int width,
                              const ChannelStats& stats, const std::vector<float>& gamma,
                              StatisticsGradient mode, int ph, int pw, const float* out,
                              const std::int32_t* source, const float* dOut, float* dImage) {
    const std::size_t plane = std::size_t(height) * width;
    const std::size_t pooled = std::size_t(height / ph) * (width / pw);
    std::fill(dImage, dImage + plane * channels, 0.0f);
    for (int c = 0; c < channels; ++c) {
        float* dst = dImage + std::size_t(c) * plane;
        const std::size_t base = std::size_t(c) * pooled;
        for (std::size_t k = 0; k < pooled; ++k) {
            const float e = out[base + k];
            dst[source[base + k]] += dOut[base + k] * (e > 0.0f ? 1.0f : e + 1.0f);
        }
    }
    channelNormInputGradient(image, plane, stats, gamma, mode, dImage);
}

}  // namespace tagscope
