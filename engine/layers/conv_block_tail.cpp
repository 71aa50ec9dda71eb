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

// Each window's maximum (or minimum) of pw consecutive values, normalised. Width: pw known at
// compile time, or 0 for any.
template <int Width, bool Min>
inline void poolWindows(const float* rows, int ow, int pw, float scale, float shift, float* out) {
    const int w = Width > 0 ? Width : pw;
    for (int x = 0; x < ow; ++x) {
        const float* window = rows + x * w;
        float v = window[0];
        for (int j = 1; j < w; ++j) v = Min ? std::min(v, window[j]) : std::max(v, window[j]);
        out[x] = v * scale + shift;
    }
}

}  // namespace

TAGSCOPE_SIMD_CLONES void poolNormEluRows(const float* first, int width, int ph, int pw,
                                          float scale, float shift, float* rows, float* out) {
    const bool useMin = scale < 0.0f;
    // Reduce the pool's rows element-wise first (vectorises), then each window.
    std::copy(first, first + width, rows);
    for (int i = 1; i < ph; ++i) {
        const float* row = first + std::size_t(i) * width;
        if (useMin)
            for (int x = 0; x < width; ++x) rows[x] = std::min(rows[x], row[x]);
        else
            for (int x = 0; x < width; ++x) rows[x] = std::max(rows[x], row[x]);
    }
    const int ow = width / pw;
    const auto windows = [&]<int Width>() {
        if (useMin)
            poolWindows<Width, true>(rows, ow, pw, scale, shift, out);
        else
            poolWindows<Width, false>(rows, ow, pw, scale, shift, out);
    };
    // The networks' pool widths, each with its own unrolled (and so vectorised) window loop.
    switch (pw) {
        case 2:
            windows.template operator()<2>();
            break;
        case 3:
            windows.template operator()<3>();
            break;
        case 4:
            windows.template operator()<4>();
            break;
        case 5:
            windows.template operator()<5>();
            break;
        default:
            windows.template operator()<0>();
            break;
    }
    // ELU as max(v, 0) + exp(min(v, 0)) − 1: branch-free, so the loop vectorises.
    for (int x = 0; x < ow; ++x)
        out[x] = std::max(out[x], 0.0f) + (expNonPositive(std::min(out[x], 0.0f)) - 1.0f);
}

NormShift normShift(const ChannelStats& stats, const std::vector<float>& gamma,
                    const std::vector<float>& beta, int c) {
    const double s =
        gamma[c] / (std::sqrt(stats.variance[c] + kBatchNormEpsilon) + kBatchNormEpsilon);
    return {float(s), float(beta[c] - s * stats.mean[c])};
}

void normEluPool(const float* image, int channels, int height, int width, const ChannelStats& stats,
                 const std::vector<float>& gamma, const std::vector<float>& beta, int ph, int pw,
                 float* out) {
    const int oh = height / ph, ow = width / pw;
    std::vector<float> rows(static_cast<std::size_t>(width));
    for (int c = 0; c < channels; ++c) {
        const NormShift n = normShift(stats, gamma, beta, c);
        const float* src = image + std::size_t(c) * height * width;
        float* dst = out + std::size_t(c) * oh * ow;
        for (int y = 0; y < oh; ++y)
            poolNormEluRows(src + std::size_t(y) * ph * width, width, ph, pw, n.scale, n.shift,
                            rows.data(), dst + std::size_t(y) * ow);
    }
}

}  // namespace tagscope
