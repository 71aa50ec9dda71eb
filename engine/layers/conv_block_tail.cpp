#include "engine/layers/conv_block_tail.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <vector>

namespace tagscope {

void normEluPool(const float* image, int channels, int height, int width, const ChannelStats& stats,
                 const std::vector<float>& gamma, const std::vector<float>& beta, int ph, int pw,
                 float* out) {
    const int oh = height / ph, ow = width / pw;
    std::vector<float> rows(static_cast<std::size_t>(width));
    for (int c = 0; c < channels; ++c) {
        const double s =
            gamma[c] / (std::sqrt(stats.variance[c] + kBatchNormEpsilon) + kBatchNormEpsilon);
        const float scale = float(s), shift = float(beta[c] - s * stats.mean[c]);
        const bool useMin = scale < 0.0f;
        const float* src = image + std::size_t(c) * height * width;
        float* dst = out + std::size_t(c) * oh * ow;
        for (int y = 0; y < oh; ++y) {
            // Reduce the pool's rows element-wise first (vectorises), then each window.
            const float* first = src + std::size_t(y) * ph * width;
            std::copy(first, first + width, rows.begin());
            for (int i = 1; i < ph; ++i) {
                const float* row = first + std::size_t(i) * width;
                if (useMin)
                    for (int x = 0; x < width; ++x) rows[x] = std::min(rows[x], row[x]);
                else
                    for (int x = 0; x < width; ++x) rows[x] = std::max(rows[x], row[x]);
            }
            float* drow = dst + std::size_t(y) * ow;
            for (int x = 0; x < ow; ++x) {
                const float* window = rows.data() + x * pw;
                float v = window[0];
                for (int j = 1; j < pw; ++j)
                    v = useMin ? std::min(v, window[j]) : std::max(v, window[j]);
                drow[x] = v * scale + shift;
            }
            // ELU as max(v, 0) + exp(min(v, 0)) − 1: branch-free, so Eigen vectorises the exp.
            Eigen::Map<Eigen::ArrayXf> pooled(drow, ow);
            pooled = pooled.max(0.0f) + (pooled.min(0.0f).exp() - 1.0f);
        }
    }
}

}  // namespace tagscope
