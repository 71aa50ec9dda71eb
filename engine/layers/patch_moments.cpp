#include "engine/layers/patch_moments.h"

#include <algorithm>

#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

constexpr int kLanes = 8;

// Σ x[j]·y[j] and, if sum, Σ x[j] over j < n, in kLanes independent lanes (vectorised without
// reassociating), then the lanes in order.
TAGSCOPE_SIMD_CLONES double dot(const double* x, const double* y, int n) {
    double lanes[kLanes] = {};
    int j = 0;
    for (; j + kLanes <= n; j += kLanes)
        for (int l = 0; l < kLanes; ++l) lanes[l] += x[j + l] * y[j + l];
    double total = 0.0;
    for (; j < n; ++j) total += x[j] * y[j];
    for (double v : lanes) total += v;
    return total;
}

double sum(const double* x, int n) {
    double lanes[kLanes] = {};
    int j = 0;
    for (; j + kLanes <= n; j += kLanes)
        for (int l = 0; l < kLanes; ++l) lanes[l] += x[j + l];
    double total = 0.0;
    for (; j < n; ++j) total += x[j];
    for (double v : lanes) total += v;
    return total;
}

}  // namespace

PatchMoments patchMoments(const float* in, int height, int width, std::vector<double>& q) {
    PatchMoments m;
    const std::size_t count = std::size_t(height) * width;
    if (count == 0) return m;
    double total = 0.0;
    for (std::size_t i = 0; i < count; ++i) total += in[i];
    m.centre = total / double(count);

    // The padded image minus the centre: its border holds −centre (a zero of the image).
    const int rows = height + 2, stride = width + 2;
    q.assign(std::size_t(rows) * stride, -m.centre);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            q[std::size_t(y + 1) * stride + x + 1] =
                double(in[std::size_t(y) * width + x]) - m.centre;

    // Tap k = (a, b) of the patch at (y, x) is q[y + a][x + b]. Per padded row p, the row sums
    // for each column shift b and the products of rows p and p + dr for each pair of shifts;
    // a tap pair's sum over the patches is then a sum over the H rows it passes through.
    std::array<double, 9> rowSums{};  // by a · 3 + b, over rows a … a + height − 1
    std::array<std::array<double, 9>, 9> cross{};
    for (int p = 0; p < rows; ++p) {
        const double* r = q.data() + std::size_t(p) * stride;
        // Row p is tap row a of the patches of rows p − a, for a with a ≤ p < a + height: each
        // sum below is taken once and added to every such tap row's totals.
        const int aFirst = std::max(0, p - height + 1), aLast = std::min(2, p);
        for (int b = 0; b < 3; ++b) {
            const double rowSum = sum(r + b, width);
            for (int a = aFirst; a <= aLast; ++a) rowSums[std::size_t(a * 3 + b)] += rowSum;
        }
        for (int dr = 0; dr <= 2 - aFirst && p + dr < rows; ++dr) {
            const double* s = r + std::size_t(dr) * stride;  // tap row a + dr of the same patch
            for (int b = 0; b < 3; ++b)
                for (int d = dr == 0 ? b : 0; d < 3; ++d) {
                    const double v = dot(r + b, s + d, width);
                    for (int a = aFirst; a <= std::min(aLast, 2 - dr); ++a)
                        cross[std::size_t(a * 3 + b)][std::size_t((a + dr) * 3 + d)] += v;
                }
        }
    }
    const double n = double(count);
    for (int k = 0; k < 9; ++k) m.mean[std::size_t(k)] = rowSums[std::size_t(k)] / n;
    for (int k = 0; k < 9; ++k)
        for (int l = k; l < 9; ++l) {
            const double c = cross[std::size_t(k)][std::size_t(l)] / n -
                             m.mean[std::size_t(k)] * m.mean[std::size_t(l)];
            m.cov[std::size_t(k)][std::size_t(l)] = m.cov[std::size_t(l)][std::size_t(k)] = c;
        }
    return m;
}

}  // namespace tagscope
