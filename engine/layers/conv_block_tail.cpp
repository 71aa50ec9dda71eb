#include "engine/layers/conv_block_tail.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

// e^x for x ≤ 0 (Cephes' expf: Cody–Waite reduction, degree-6 polynomial, about 1 ulp), in
// plain arithmetic so that each SIMD clone vectorises it; below −87 it returns e^−87.
inline float expNonPositive(float x) {
    x = std::max(x, -87.0f);
    constexpr float kRound = 12582912.0f;  // 1.5·2^23: adding and subtracting rounds to integer
    const float n = (x * 1.44269504088896341f + kRound) - kRound;
    const float r = (x - n * 0.693359375f) + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * (r * r) + r + 1.0f;
    const std::int32_t bits = (static_cast<std::int32_t>(n) + 127) << 23;
    return p * std::bit_cast<float>(bits);
}

}  // namespace

TAGSCOPE_SIMD_CLONES void normEluPool(const float* image, int channels, int height, int width,
                                      const ChannelStats& stats, const std::vector<float>& gamma,
                                      const std::vector<float>& beta, int ph, int pw, float* out) {
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
            // ELU as max(v, 0) + exp(min(v, 0)) − 1: branch-free, so the loop vectorises.
            for (int x = 0; x < ow; ++x)
                drow[x] =
                    std::max(drow[x], 0.0f) + (expNonPositive(std::min(drow[x], 0.0f)) - 1.0f);
        }
    }
}

}  // namespace tagscope
