#include "engine/layers/batch_norm.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>

namespace tagscope {

ChannelStatsAccumulator::ChannelStatsAccumulator(int channels)
    : sum_(std::size_t(channels), 0.0), sumSquares_(std::size_t(channels), 0.0) {}

void ChannelStatsAccumulator::add(const float* image, std::size_t planeSize) {
    // Float partial sums over short chunks (vectorised), accumulated in double.
    constexpr std::size_t kChunk = 1024;
    for (std::size_t c = 0; c < sum_.size(); ++c) {
        const float* p = image + c * planeSize;
        double s = 0.0, s2 = 0.0;
        for (std::size_t k = 0; k < planeSize; k += kChunk) {
            const Eigen::Map<const Eigen::ArrayXf> chunk(
                p + k, Eigen::Index(std::min(kChunk, planeSize - k)));
            s += chunk.sum();
            s2 += chunk.square().sum();
        }
        sum_[c] += s;
        sumSquares_[c] += s2;
    }
    count_ += planeSize;
}

ChannelStats ChannelStatsAccumulator::finish() const {
    ChannelStats stats;
    stats.mean.resize(sum_.size());
    stats.variance.resize(sum_.size());
    const double n = double(count_);
    for (std::size_t c = 0; c < sum_.size(); ++c) {
        const double m = sum_[c] / n;
        stats.mean[c] = m;
        stats.variance[c] = std::max(0.0, sumSquares_[c] / n - m * m);
    }
    return stats;
}

void frameNorm(Tensor& x, const FrameNormWeights& weights) {
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
