#include "engine/layers/batch_norm.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "engine/simd/simd_level.h"

namespace tagscope {

ChannelStatsAccumulator::ChannelStatsAccumulator(int channels)
    : sum_(std::size_t(channels), 0.0),
      sumSquares_(std::size_t(channels), 0.0),
      count_(std::size_t(channels), 0) {}

namespace {

// Σx and Σx² of n values: float sums in 16 independent lanes over chunks of 1024 (the
// compiler vectorises lanes without reassociating), each chunk accumulated in double.
TAGSCOPE_SIMD_CLONES void sumAndSquares(const float* p, std::size_t n, double& sum,
                                        double& squares) {
    constexpr std::size_t kLanes = 16, kChunk = 1024;
    for (std::size_t k = 0; k < n; k += kChunk) {
        const std::size_t end = std::min(n, k + kChunk);
        std::array<float, kLanes> s{}, s2{};
        std::size_t i = k;
        for (; i + kLanes <= end; i += kLanes)
            for (std::size_t j = 0; j < kLanes; ++j) {
                s[j] += p[i + j];
                s2[j] += p[i + j] * p[i + j];
            }
        for (; i < end; ++i) {
            s[0] += p[i];
            s2[0] += p[i] * p[i];
        }
        float chunkSum = 0.0f, chunkSquares = 0.0f;
        for (std::size_t j = 0; j < kLanes; ++j) {
            chunkSum += s[j];
            chunkSquares += s2[j];
        }
        sum += chunkSum;
        squares += chunkSquares;
    }
}

}  // namespace

void ChannelStatsAccumulator::add(const float* image, std::size_t planeSize) {
    for (std::size_t c = 0; c < sum_.size(); ++c)
        addChannel(int(c), image + c * planeSize, planeSize);
}

void ChannelStatsAccumulator::addChannel(int channel, const float* values, std::size_t count) {
    const std::size_t c = std::size_t(channel);
    sumAndSquares(values, count, sum_[c], sumSquares_[c]);
    count_[c] += count;
}

ChannelStats ChannelStatsAccumulator::finish() const {
    ChannelStats stats;
    stats.mean.resize(sum_.size());
    stats.variance.resize(sum_.size());
    for (std::size_t c = 0; c < sum_.size(); ++c) {
        const double n = double(count_[c]);
        const double m = sum_[c] / n;
        stats.mean[c] = m;
        stats.variance[c] = std::max(0.0, sumSquares_[c] / n - m * m);
    }
    return stats;
}

TAGSCOPE_SIMD_CLONES void frameNorm(Tensor& x, const FrameNormWeights& weights) {
    std::vector<float> scale(std::size_t(x.w)), shift(std::size_t(x.w));
    for (int t = 0; t < x.w; ++t) {
        const double s = weights.gamma[t] / (double(weights.runningStd[t]) + kBatchNormEpsilon);
        scale[t] = float(s);
        shift[t] = float(weights.beta[t] - s * weights.runningMean[t]);
    }
    for (int i = 0; i < x.n; ++i)
        for (int c = 0; c < x.c; ++c)
            for (int y = 0; y < x.h; ++y) {
                float* row = &x.at(i, c, y, 0);
                for (int t = 0; t < x.w; ++t) row[t] = row[t] * scale[t] + shift[t];
            }
}

void channelNorm(float* image, std::size_t planeSize, const ChannelStats& stats,
                 const std::vector<float>& gamma, const std::vector<float>& beta) {
    for (std::size_t c = 0; c < stats.mean.size(); ++c) {
        const double s =
            gamma[c] / (std::sqrt(stats.variance[c] + kBatchNormEpsilon) + kBatchNormEpsilon);
        const float scale = float(s), shift = float(beta[c] - s * stats.mean[c]);
        float* p = image + c * planeSize;
        for (std::size_t k = 0; k < planeSize; ++k) p[k] = p[k] * scale + shift;
    }
}

}  // namespace tagscope
