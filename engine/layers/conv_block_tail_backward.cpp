#include "engine/layers/conv_block_tail_backward.h"

#include <Eigen/Core>
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
        for (int y = 0; y < oh; ++y) {
            float* drow = out + base + std::size_t(y) * ow;
            std::int32_t* srow = source + base + std::size_t(y) * ow;
            for (int x = 0; x < ow; ++x) {
                int best = y * ph * width + x * pw;
                for (int i = 0; i < ph; ++i)
                    for (int j = 0; j < pw; ++j) {
                        const int k = (y * ph + i) * width + x * pw + j;
                        if (sign * src[k] > sign * src[best]) best = k;
                    }
                drow[x] = src[best] * scale + shift;
                srow[x] = best;
            }
            // The ELU exactly as normEluPool computes it (vectorised exp).
            Eigen::Map<Eigen::ArrayXf> pooled(drow, ow);
            pooled = pooled.max(0.0f) + (pooled.min(0.0f).exp() - 1.0f);
        }
    }
}

void normEluPoolInputGradient(const float* image, int channels, int height, int width,
                              const ChannelStats& stats, const std::vector<float>& gamma,
                              StatisticsGradient mode, int ph, int pw, const float* out,
                              const std::int32_t* source, const float* dOut, float* dImage) {
    const std::size_t plane = std::size_t(height) * width;
    const std::size_t pooled = std::size_t(height / ph) * (width / pw);
    const bool constant = mode == StatisticsGradient::Constant;
    std::fill(dImage, dImage + plane * channels, 0.0f);
    for (int c = 0; c < channels; ++c) {
        // Frozen statistics make the normalisation a scale: applied here, on the pooled cells
        // only, instead of in a pass over the whole plane.
        const float scale = constant ? float(channelScale(stats, gamma, std::size_t(c))) : 1.0f;
        float* dst = dImage + std::size_t(c) * plane;
        const std::size_t base = std::size_t(c) * pooled;
        for (std::size_t k = 0; k < pooled; ++k) {
            const float e = out[base + k];
            dst[source[base + k]] += dOut[base + k] * (e > 0.0f ? 1.0f : e + 1.0f) * scale;
        }
    }
    if (!constant)
        channelNormInputGradient(image, plane, stats, gamma, StatisticsGradient::Exact, dImage);
}

}  // namespace tagscope
