// Backward passes of the normalisations and of the fused conv block tail (BatchNorm mode 2 →
// ELU → max-pool) against central finite differences of the production forward functions,
// with frozen statistics and with the image's own statistics.
#include <gtest/gtest.h>

#include "engine/layers/batch_norm_backward.h"
#include "engine/layers/conv_block_tail.h"
#include "engine/layers/conv_block_tail_backward.h"
#include "finite_difference.h"

namespace tagscope {
namespace {

using test::finiteDifferenceGradient;
using test::randomValues;
using test::relativeError;
using test::weightedSum;

constexpr int kChannels = 4, kHeight = 6, kWidth = 12, kPoolH = 2, kPoolW = 3;
constexpr std::size_t kPlane = std::size_t(kHeight) * kWidth;
constexpr std::size_t kPooled = std::size_t(kHeight / kPoolH) * (kWidth / kPoolW);

struct TailParameters {
    std::vector<float> gamma, beta;
    ChannelStats frozen;
};

// Mixed-sign gammas (a negative scale pools the minimum) and shifts that put pooled values on
// both sides of the ELU's knee.
TailParameters randomTail(std::mt19937& rng) {
    TailParameters p;
    p.gamma = {1.3f, -0.7f, 0.9f, -1.6f};
    p.beta = randomValues(kChannels, rng);
    p.frozen.mean = {0.2, -0.1, 0.4, 0.0};
    p.frozen.variance = {1.5, 0.6, 2.0, 0.9};
    return p;
}

ChannelStats ownStatistics(const std::vector<float>& image, int channels, std::size_t plane) {
    ChannelStatsAccumulator acc(channels);
    acc.add(image.data(), plane);
    return acc.finish();
}

double tailGradientError(StatisticsGradient mode) {
    std::mt19937 rng(mode == StatisticsGradient::Exact ? 11 : 12);
    const TailParameters p = randomTail(rng);
    const std::vector<float> z = randomValues(kChannels * kPlane, rng, 1.5f);
    const std::vector<float> r = randomValues(kChannels * kPooled, rng);
    const auto statsOf = [&](const std::vector<float>& image) {
        return mode == StatisticsGradient::Exact ? ownStatistics(image, kChannels, kPlane)
                                                 : p.frozen;
    };
    const auto loss = [&](const std::vector<float>& image) {
        std::vector<float> out(r.size());
        normEluPool(image.data(), kChannels, kHeight, kWidth, statsOf(image), p.gamma, p.beta,
                    kPoolH, kPoolW, out.data());
        return weightedSum(out, r);
    };

    const ChannelStats stats = statsOf(z);
    std::vector<float> traced(r.size()), fused(r.size());
    std::vector<std::int32_t> source(r.size());
    normEluPoolTraced(z.data(), kChannels, kHeight, kWidth, stats, p.gamma, p.beta, kPoolH, kPoolW,
                      traced.data(), source.data());
    normEluPool(z.data(), kChannels, kHeight, kWidth, stats, p.gamma, p.beta, kPoolH, kPoolW,
                fused.data());
    int negative = 0;
    for (std::size_t k = 0; k < r.size(); ++k) {
        EXPECT_NEAR(traced[k], fused[k], 1e-6f) << "traced forward differs at " << k;
        negative += traced[k] < 0.0f;
    }
    EXPECT_GT(negative, 4) << "the ELU's negative branch is not exercised";

    std::vector<float> analytic(z.size());
    normEluPoolInputGradient(z.data(), kChannels, kHeight, kWidth, stats, p.gamma, mode, kPoolH,
                             kPoolW, traced.data(), source.data(), r.data(), analytic.data());
    return relativeError(analytic, finiteDifferenceGradient(loss, z, 2e-3f));
}

TEST(BlockTailBackward, FrozenStatisticsMatchFiniteDifferences) {
    EXPECT_LT(tailGradientError(StatisticsGradient::Constant), 1e-2);
}

TEST(BlockTailBackward, OwnStatisticsMatchFiniteDifferences) {
    EXPECT_LT(tailGradientError(StatisticsGradient::Exact), 1e-2);
}

// The analytic gradient (statistics treated as `analyticMode` says) against finite differences
// of the normalisation with frozen or own statistics.
double channelNormGradientError(StatisticsGradient forwardMode, StatisticsGradient analyticMode) {
    std::mt19937 rng(21);
    const TailParameters p = randomTail(rng);
    const std::vector<float> x = randomValues(kChannels * kPlane, rng, 2.0f);
    const std::vector<float> r = randomValues(x.size(), rng);
    const auto statsOf = [&](const std::vector<float>& image) {
        return forwardMode == StatisticsGradient::Exact ? ownStatistics(image, kChannels, kPlane)
                                                        : p.frozen;
    };
    const auto loss = [&](const std::vector<float>& input) {
        std::vector<float> y = input;
        channelNorm(y.data(), kPlane, statsOf(input), p.gamma, p.beta);
        return weightedSum(y, r);
    };
    std::vector<float> analytic = r;
    channelNormInputGradient(x.data(), kPlane, statsOf(x), p.gamma, analyticMode, analytic.data());
    return relativeError(analytic, finiteDifferenceGradient(loss, x, 1e-2f));
}

TEST(ChannelNormBackward, FrozenStatisticsMatchFiniteDifferences) {
    EXPECT_LT(channelNormGradientError(StatisticsGradient::Constant, StatisticsGradient::Constant),
              1e-2);
}

TEST(ChannelNormBackward, OwnStatisticsMatchFiniteDifferences) {
    // The coupling through mean and variance is what distinguishes this from the frozen case.
    EXPECT_LT(channelNormGradientError(StatisticsGradient::Exact, StatisticsGradient::Exact), 1e-2);
    EXPECT_GT(channelNormGradientError(StatisticsGradient::Exact, StatisticsGradient::Constant),
              0.1);
}

TEST(FrameNormBackward, MatchesFiniteDifferences) {
    std::mt19937 rng(31);
    constexpr int rows = 5, frames = 9;
    FrameNormWeights w;
    w.gamma = randomValues(frames, rng);
    w.beta = randomValues(frames, rng);
    w.runningMean = randomValues(frames, rng);
    w.runningStd = std::vector<float>(frames, 0.0f);
    for (float& s : w.runningStd) s = 0.5f + std::abs(randomValues(1, rng)[0]);
    const std::vector<float> x = randomValues(std::size_t(rows) * frames, rng, 10.0f);
    const std::vector<float> r = randomValues(x.size(), rng);
    const auto loss = [&](const std::vector<float>& input) {
        Tensor t(1, 1, rows, frames);
        t.data.assign(input.begin(), input.end());
        frameNorm(t, w);
        return weightedSum(t.data, r);
    };
    std::vector<float> analytic = r;
    frameNormInputGradient(analytic.data(), rows, frames, w);
    EXPECT_LT(relativeError(analytic, finiteDifferenceGradient(loss, x, 1e-2f)), 1e-2);
}

}  // namespace
}  // namespace tagscope
