// Each layer against a naive reference written here (plain loops, double accumulation) and
// against hand-computed cases; then the TaggingNetwork behaviours the oracle does not cover.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "engine/error.h"
#include "engine/io/melgram_npy.h"
#include "engine/layers/activations.h"
#include "engine/layers/batch_norm.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/conv_block_tail.h"
#include "engine/layers/dense.h"
#include "engine/layers/first_block.h"
#include "engine/layers/gru.h"
#include "engine/layers/padding.h"
#include "engine/layers/patch_moments.h"
#include "engine/layers/pooling.h"
#include "engine/networks/tagging_network.h"
#include "support/oracle.h"

namespace tagscope {
namespace {

std::vector<float> randomValues(std::size_t count, unsigned seed, float low = -1.0f,
                                float high = 1.0f) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(low, high);
    std::vector<float> values(count);
    for (float& v : values) v = dist(rng);
    return values;
}

Tensor randomTensor(int n, int c, int h, int w, unsigned seed) {
    Tensor t(n, c, h, w);
    const std::vector<float> values = randomValues(t.size(), seed);
    t.data.assign(values.begin(), values.end());
    return t;
}

Conv2dWeights randomConv(int outChannels, int inChannels, unsigned seed) {
    Conv2dWeights w;
    w.outChannels = outChannels;
    w.inChannels = inChannels;
    w.kernel = randomValues(std::size_t(outChannels) * inChannels * 9, seed);
    w.bias = randomValues(std::size_t(outChannels), seed + 1);
    return w;
}

float kernelAt(const Conv2dWeights& w, int o, int c, int i, int j) {
    return w.kernel[((std::size_t(o) * w.inChannels + c) * 3 + i) * 3 + j];
}

float pixel(const Tensor& t, int n, int c, int y, int x) {
    if (y < 0 || y >= t.h || x < 0 || x >= t.w) return 0.0f;
    return t.at(n, c, y, x);
}

// 'same' 3×3 cross-correlation (trueConvolution = false) or true convolution (Theano).
Tensor naiveConv(const Tensor& in, const Conv2dWeights& w, bool trueConvolution) {
    Tensor out(in.n, w.outChannels, in.h, in.w);
    for (int n = 0; n < in.n; ++n)
        for (int o = 0; o < w.outChannels; ++o)
            for (int y = 0; y < in.h; ++y)
                for (int x = 0; x < in.w; ++x) {
                    double sum = w.bias[std::size_t(o)];
                    for (int c = 0; c < w.inChannels; ++c)
                        for (int i = 0; i < 3; ++i)
                            for (int j = 0; j < 3; ++j) {
                                const float v = trueConvolution
                                                    ? pixel(in, n, c, y + 1 - i, x + 1 - j)
                                                    : pixel(in, n, c, y + i - 1, x + j - 1);
                                sum += double(kernelAt(w, o, c, i, j)) * v;
                            }
                    out.at(n, o, y, x) = float(sum);
                }
    return out;
}

// tolerance is relative to max(1, |expected|).
void expectTensorsNear(const Tensor& actual, const Tensor& expected, double tolerance) {
    ASSERT_EQ(actual.n, expected.n);
    ASSERT_EQ(actual.c, expected.c);
    ASSERT_EQ(actual.h, expected.h);
    ASSERT_EQ(actual.w, expected.w);
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t k = 0; k < actual.size(); ++k)
        ASSERT_NEAR(actual.data[k], expected.data[k],
                    tolerance * std::max(1.0, std::abs(double(expected.data[k]))))
            << "at flat index " << k;
}

Tensor imageFromRows(const std::vector<std::vector<float>>& rows) {
    Tensor t(1, 1, int(rows.size()), int(rows.front().size()));
    for (int y = 0; y < t.h; ++y)
        for (int x = 0; x < t.w; ++x) t.at(0, 0, y, x) = rows[std::size_t(y)][std::size_t(x)];
    return t;
}

Conv2dWeights singleTapKernel(int i, int j) {
    Conv2dWeights w;
    w.outChannels = 1;
    w.inChannels = 1;
    w.kernel.assign(9, 0.0f);
    w.kernel[std::size_t(i) * 3 + j] = 1.0f;
    w.bias = {0.0f};
    return w;
}

// The implementations behind conv2d3x3: im2col + GEMM, and Winograd F(2×2) and F(4×4), called
// directly (conv2d3x3 itself skips Winograd on images too small for it to pay).
enum class ConvPath { Im2col, Winograd2, Winograd4 };

class Conv2d : public ::testing::TestWithParam<ConvPath> {
protected:
    Conv2dWeights prepared(Conv2dWeights w) const {
        w.winograd.clear();
        w.winogradTile = 0;
        if (GetParam() == ConvPath::Winograd2) prepareWinograd(w, kWinogradSmallTile);
        if (GetParam() == ConvPath::Winograd4) prepareWinograd(w, kWinogradLargeTile);
        return w;
    }
    void convolveOne(const float* in, int h, int w, const Conv2dWeights& weights, float* out,
                     ConvScratch& scratch) const {
        if (GetParam() == ConvPath::Im2col)
            conv2d3x3(in, h, w, weights, out, scratch);
        else
            conv2d3x3Winograd(in, h, w, weights, out, scratch.winograd);
    }
    Tensor convolved(const Tensor& in, const Conv2dWeights& w) const {
        const Conv2dWeights weights = prepared(w);
        Tensor out(in.n, w.outChannels, in.h, in.w);
        ConvScratch scratch;
        for (int i = 0; i < in.n; ++i)
            convolveOne(in.plane(i, 0), in.h, in.w, weights, out.plane(i, 0), scratch);
        return out;
    }
    // Exact hand cases only hold to float rounding on the Winograd paths.
    double exactTolerance() const { return GetParam() == ConvPath::Im2col ? 0.0 : 1e-6; }
    // Sums of hundreds of products: F(4×4)'s transforms (coefficients up to 8) round more;
    // achieved ≤ 4.3e-5 there, ≤ 2e-6 on the other paths.
    double sumTolerance() const { return GetParam() == ConvPath::Winograd4 ? 1e-4 : 1e-5; }
};

TEST_P(Conv2d, MatchesNaiveCrossCorrelationOnRandomData) {
    const Tensor in = randomTensor(2, 3, 5, 7, 1);
    const Conv2dWeights w = randomConv(4, 3, 2);
    expectTensorsNear(convolved(in, w), naiveConv(in, w, false), sumTolerance());
}

TEST_P(Conv2d, MatchesNaiveOnDegenerateAndOddSizes) {
    const int sizes[][2] = {{1, 1}, {1, 7}, {5, 1}, {2, 2}, {3, 3}, {6, 2}, {7, 9}, {4, 8}};
    unsigned seed = 10;
    for (const auto& [h, w] : sizes) {
        SCOPED_TRACE(testing::Message() << h << "x" << w);
        const Tensor in = randomTensor(2, 2, h, w, seed++);
        const Conv2dWeights weights = randomConv(3, 2, seed++);
        expectTensorsNear(convolved(in, weights), naiveConv(in, weights, false), sumTolerance());
    }
}

TEST_P(Conv2d, MatchesNaiveOnWideManyChannelImages) {
    // Large enough for the implementations to split the image into blocks of rows or tiles.
    const int shapes[][3] = {{8, 5, 1000}, {32, 3, 700}, {16, 7, 333}};
    unsigned seed = 30;
    for (const auto& [channels, h, w] : shapes) {
        SCOPED_TRACE(testing::Message() << channels << "x" << h << "x" << w);
        const Tensor in = randomTensor(1, channels, h, w, seed++);
        const Conv2dWeights weights = randomConv(3, channels, seed++);
        expectTensorsNear(convolved(in, weights), naiveConv(in, weights, false), sumTolerance());
    }
}

TEST_P(Conv2d, MatchesNaiveAcrossOutputGroupsAndTileBlocks) {
    // 21 output channels: groups of 8 with a ragged last one; 11 × 517: many blocks of tiles,
    // blocks that start inside a row of tiles, cut tiles at the right and bottom edges.
    const Tensor in = randomTensor(1, 20, 11, 517, 40);
    const Conv2dWeights weights = randomConv(21, 20, 41);
    expectTensorsNear(convolved(in, weights), naiveConv(in, weights, false), sumTolerance());
}

TEST_P(Conv2d, ScratchCanBeReusedAcrossSizes) {
    const Conv2dWeights w = randomConv(2, 3, 5);
    const Conv2dWeights fast = prepared(w);
    ConvScratch scratch;
    for (const auto& [h, wd] : {std::pair{5, 7}, std::pair{2, 3}, std::pair{4, 9}}) {
        const Tensor in = randomTensor(1, 3, h, wd, unsigned(h * 100 + wd));
        Tensor out(1, 2, h, wd);
        convolveOne(in.plane(0, 0), h, wd, fast, out.plane(0, 0), scratch);
        expectTensorsNear(out, naiveConv(in, w, false), sumTolerance());
    }
}

TEST_P(Conv2d, KernelTapAtTopRightReadsUpAndRight) {
    // Cross-correlation: out[y][x] = in[y-1][x+1], so the image moves down and to the left.
    const Tensor in = imageFromRows({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}});
    const Tensor expected = imageFromRows({{0, 0, 0, 0}, {2, 3, 4, 0}, {6, 7, 8, 0}});
    expectTensorsNear(convolved(in, singleTapKernel(0, 2)), expected, exactTolerance());
}

TEST_P(Conv2d, BiasIsAddedEverywhereIncludingBorders) {
    const Tensor in = imageFromRows({{1, 2, 3}, {4, 5, 6}});
    Conv2dWeights w = singleTapKernel(1, 1);
    w.bias = {0.5f};
    const Tensor expected = imageFromRows({{1.5f, 2.5f, 3.5f}, {4.5f, 5.5f, 6.5f}});
    expectTensorsNear(convolved(in, w), expected, exactTolerance());
}

TEST_P(Conv2d, FlippedTheanoKernelTapAtTopRightReadsDownAndLeft) {
    // Theano's true convolution with a tap at (0, 2): out[y][x] = in[y+1][x-1].
    const Tensor in = imageFromRows({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}});
    const Tensor expected = imageFromRows({{0, 5, 6, 7}, {0, 9, 10, 11}, {0, 0, 0, 0}});
    Conv2dWeights w = singleTapKernel(0, 2);
    flipKernels(w);
    EXPECT_EQ(w.kernel, singleTapKernel(2, 0).kernel);
    expectTensorsNear(convolved(in, w), expected, exactTolerance());
}

TEST_P(Conv2d, FlipKernelsTurnsTrueConvolutionIntoCrossCorrelation) {
    const Tensor in = randomTensor(2, 3, 5, 7, 20);
    const Conv2dWeights theano = randomConv(4, 3, 21);
    Conv2dWeights flipped = theano;
    flipKernels(flipped);
    EXPECT_EQ(flipped.bias, theano.bias);
    expectTensorsNear(convolved(in, flipped), naiveConv(in, theano, true), sumTolerance());
    // Every kernel is reversed on its own, not across kernels.
    for (int o = 0; o < 4; ++o)
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 3; ++i)
                for (int j = 0; j < 3; ++j)
                    ASSERT_EQ(kernelAt(flipped, o, c, i, j), kernelAt(theano, o, c, 2 - i, 2 - j));
    flipKernels(flipped);
    EXPECT_EQ(flipped.kernel, theano.kernel);
}

INSTANTIATE_TEST_SUITE_P(Paths, Conv2d,
                         ::testing::Values(ConvPath::Im2col, ConvPath::Winograd2,
                                           ConvPath::Winograd4),
                         [](const auto& info) {
                             switch (info.param) {
                                 case ConvPath::Im2col:
                                     return "Im2col";
                                 case ConvPath::Winograd2:
                                     return "Winograd2";
                                 case ConvPath::Winograd4:
                                     return "Winograd4";
                             }
                             return "";
                         });

TEST(PrepareConvolution, IsIdempotentAndKeepsTheResult) {
    const Tensor in = randomTensor(1, 16, 6, 9, 25);
    const Conv2dWeights plain = randomConv(5, 16, 26);
    Conv2dWeights w = plain;
    prepareConvolution(w);
    const std::vector<float> once = w.winograd;
    prepareConvolution(w);
    EXPECT_EQ(w.winograd, once);
    EXPECT_EQ(w.kernel, plain.kernel);
    expectTensorsNear(conv2d3x3(in, w), naiveConv(in, plain, false), 1e-5);
}

// ---------------------------------------------------------------- batch normalisation

TEST(FrameNorm, MatchesRunningStdFormulaPerTimeFrame) {
    Tensor x = randomTensor(2, 1, 5, 7, 30);
    const Tensor original = x;
    FrameNormWeights w;
    w.gamma = randomValues(7, 31, 0.5f, 2.0f);
    w.beta = randomValues(7, 32);
    w.runningMean = randomValues(7, 33);
    w.runningStd = randomValues(7, 34, 0.1f, 3.0f);
    frameNorm(x, w);
    for (int n = 0; n < 2; ++n)
        for (int y = 0; y < 5; ++y)
            for (int t = 0; t < 7; ++t) {
                const double expected = double(w.gamma[t]) *
                                            (original.at(n, 0, y, t) - double(w.runningMean[t])) /
                                            (double(w.runningStd[t]) + 1e-6) +
                                        w.beta[t];
                ASSERT_NEAR(x.at(n, 0, y, t), expected, 1e-5 * std::max(1.0, std::abs(expected)))
                    << n << " " << y << " " << t;
            }
}

TEST(FrameNorm, RunningStdIsAStandardDeviationPlusEpsilon) {
    Tensor x(1, 1, 1, 3);
    x.data = {11.0f, 1.0f, 4.0f};
    FrameNormWeights w;
    w.gamma = {1.0f, 1.0f, 2.0f};
    w.beta = {0.0f, 0.0f, 1.0f};
    w.runningMean = {3.0f, 0.0f, 3.0f};
    w.runningStd = {4.0f, 1e-6f, 0.5f};
    frameNorm(x, w);
    EXPECT_NEAR(x.data[0], 8.0 / 4.000001, 2e-6);  // not 8 / sqrt(4) = 4
    EXPECT_NEAR(x.data[1], 1.0 / 2e-6, 1.0);       // eps is added to the std: 500000, not 1e6
    EXPECT_NEAR(x.data[2], 2.0 / 0.500001 + 1.0, 3e-6);
}

TEST(ChannelStats, MeanAndBiasedVarianceOverSeveralImages) {
    const int channels = 3, h = 5, w = 7;
    std::vector<std::vector<float>> images;
    for (unsigned k = 0; k < 3; ++k) images.push_back(randomValues(channels * h * w, 40 + k));
    // Shift each channel so that the statistics differ from channel to channel.
    for (auto& image : images)
        for (int c = 0; c < channels; ++c)
            for (int k = 0; k < h * w; ++k) image[std::size_t(c * h * w + k)] += float(c) * 3.0f;

    ChannelStatsAccumulator acc(channels);
    for (const auto& image : images) acc.add(image.data(), std::size_t(h * w));
    const ChannelStats stats = acc.finish();
    ASSERT_EQ(stats.mean.size(), 3u);
    ASSERT_EQ(stats.variance.size(), 3u);
    for (int c = 0; c < channels; ++c) {
        double sum = 0.0;
        for (const auto& image : images)
            for (int k = 0; k < h * w; ++k) sum += image[std::size_t(c * h * w + k)];
        const double mean = sum / (3.0 * h * w);
        double squares = 0.0;
        for (const auto& image : images)
            for (int k = 0; k < h * w; ++k) {
                const double d = image[std::size_t(c * h * w + k)] - mean;
                squares += d * d;
            }
        const double variance = squares / (3.0 * h * w);
        // Float-level accuracy relative to the magnitudes summed (x and x²).
        EXPECT_NEAR(stats.mean[std::size_t(c)], mean, 1e-6 * (1.0 + std::abs(mean))) << c;
        EXPECT_NEAR(stats.variance[std::size_t(c)], variance, 1e-6 * (1.0 + mean * mean + variance))
            << c;
    }
}

TEST(ChannelStats, HandComputed) {
    // Two images, two channels, planes of two values: channel 0 sees 1, 2, 3, 6.
    const float first[] = {1, 2, 10, 10};
    const float second[] = {3, 6, 10, 10};
    ChannelStatsAccumulator acc(2);
    acc.add(first, 2);
    acc.add(second, 2);
    const ChannelStats stats = acc.finish();
    EXPECT_DOUBLE_EQ(stats.mean[0], 3.0);
    EXPECT_DOUBLE_EQ(stats.variance[0], 3.5);  // (4 + 1 + 0 + 9) / 4, biased
    EXPECT_DOUBLE_EQ(stats.mean[1], 10.0);
    EXPECT_DOUBLE_EQ(stats.variance[1], 0.0);
}

// A channel at a time, in pieces of different sizes per channel: each channel's own values.
TEST(ChannelStats, PerChannelAddsCountEachChannelOnItsOwn) {
    ChannelStatsAccumulator acc(2);
    const float zeroFirst[] = {1, 2}, zeroSecond[] = {3, 6};
    const float one[] = {-4, 4, -4, 4, 10};
    acc.addChannel(0, zeroFirst, 2);
    acc.addChannel(1, one, 5);
    acc.addChannel(0, zeroSecond, 2);
    const ChannelStats stats = acc.finish();
    EXPECT_DOUBLE_EQ(stats.mean[0], 3.0);
    EXPECT_DOUBLE_EQ(stats.variance[0], 3.5);
    EXPECT_DOUBLE_EQ(stats.mean[1], 2.0);
    EXPECT_NEAR(stats.variance[1], (2 * 36.0 + 2 * 4.0 + 64.0) / 5, 1e-12);  // biased
}

TEST(ChannelNorm, HandComputed) {
    ChannelStats stats;
    stats.mean = {2.0, 0.0};
    stats.variance = {4.0 - 1e-6, 0.0};
    const std::vector<float> gamma = {3.0f, 1.0f}, beta = {-1.0f, 0.0f};
    float image[] = {6.0f, 2.0f, 0.001001f, 0.0f};  // two channels, planes of two
    channelNorm(image, 2, stats, gamma, beta);
    EXPECT_NEAR(image[0], 3.0 * 4.0 / 2.000001 - 1.0, 3e-6);  // sqrt(v + eps) + eps = 2.000001
    EXPECT_NEAR(image[1], -1.0, 1e-6);
    // Zero variance: sqrt(0 + eps) + eps = 0.001001 (1.001 without the outer eps).
    EXPECT_NEAR(image[2], 1.0, 1e-5);
    EXPECT_NEAR(image[3], 0.0, 1e-6);
}

TEST(ChannelNorm, MatchesFormulaOnRandomData) {
    const int channels = 3, plane = 5 * 7;
    std::vector<float> image = randomValues(std::size_t(channels * plane), 50, -2.0f, 3.0f);
    const std::vector<float> original = image;
    ChannelStats stats;
    stats.mean = {0.3, -0.2, 1.1};
    stats.variance = {0.5, 2.0, 0.01};
    const std::vector<float> gamma = randomValues(3, 51, 0.5f, 2.0f), beta = randomValues(3, 52);
    channelNorm(image.data(), std::size_t(plane), stats, gamma, beta);
    for (int c = 0; c < channels; ++c)
        for (int k = 0; k < plane; ++k) {
            const double x = original[std::size_t(c * plane + k)];
            const double expected = gamma[std::size_t(c)] * (x - stats.mean[std::size_t(c)]) /
                                        (std::sqrt(stats.variance[std::size_t(c)] + 1e-6) + 1e-6) +
                                    beta[std::size_t(c)];
            ASSERT_NEAR(image[std::size_t(c * plane + k)], expected,
                        1e-5 * std::max(1.0, std::abs(expected)))
                << c << " " << k;
        }
}

TEST(NormEluPool, EqualsNormThenEluThenPool) {
    // Channel 1 has a negative gamma: the fused layer must then pool the minimum.
    const int channels = 3, h = 7, w = 11;
    const std::vector<float> conv = randomValues(std::size_t(channels * h * w), 55, -3.0f, 3.0f);
    ChannelStats stats;
    stats.mean = {0.2, -0.4, 1.0};
    stats.variance = {1.5, 0.3, 4.0};
    const std::vector<float> gamma = {1.2f, -0.8f, 0.0f}, beta = {0.1f, -0.3f, 0.5f};
    for (const auto& [ph, pw] : {std::pair{2, 3}, std::pair{3, 4}, std::pair{1, 1}}) {
        SCOPED_TRACE(testing::Message() << "pool " << ph << "x" << pw);
        std::vector<float> fused(std::size_t(channels * (h / ph) * (w / pw)));
        normEluPool(conv.data(), channels, h, w, stats, gamma, beta, ph, pw, fused.data());

        std::vector<float> unfused = conv;
        channelNorm(unfused.data(), std::size_t(h * w), stats, gamma, beta);
        elu(unfused.data(), unfused.size());
        std::vector<float> expected(fused.size());
        maxPool(unfused.data(), channels, h, w, ph, pw, expected.data());
        for (std::size_t k = 0; k < fused.size(); ++k)
            ASSERT_NEAR(fused[k], expected[k], 1e-6) << k;
    }
}

TEST(FirstBlock, EqualsConvolutionThenNormEluPool) {
    // One input channel, odd sizes (a height the pool does not divide: the last row still counts
    // in the statistics), a negative gamma (the fused block pools the minimum).
    const int h = 11, w = 37, outC = 5;
    const Tensor in = randomTensor(1, 1, h, w, 60);
    Conv2dWeights conv = randomConv(outC, 1, 61);
    const std::vector<float> gamma = {1.2f, -0.8f, 0.5f, 2.0f, -1.5f};
    const std::vector<float> beta = {0.1f, -0.3f, 0.5f, 0.0f, 0.2f};
    const Tensor full = conv2d3x3(in, conv);
    ChannelStatsAccumulator acc(outC);
    acc.add(full.plane(0, 0), full.planeSize());
    const ChannelStats expectedStats = acc.finish();

    FirstBlockScratch scratch;
    const ChannelStats stats = firstBlockStats(in.plane(0, 0), h, w, conv, scratch);
    ASSERT_EQ(stats.mean.size(), std::size_t(outC));
    for (int o = 0; o < outC; ++o) {
        EXPECT_NEAR(stats.mean[o], expectedStats.mean[o], 1e-6) << o;
        EXPECT_NEAR(stats.variance[o], expectedStats.variance[o], 1e-6) << o;
    }
    for (const auto& [ph, pw] : {std::pair{2, 4}, std::pair{3, 3}}) {
        SCOPED_TRACE(testing::Message() << "pool " << ph << "x" << pw);
        std::vector<float> expected(std::size_t(outC * (h / ph) * (w / pw)));
        normEluPool(full.plane(0, 0), outC, h, w, stats, gamma, beta, ph, pw, expected.data());
        std::vector<float> fused(expected.size(), -99.0f);
        firstBlock(in.plane(0, 0), h, w, conv, stats, gamma, beta, ph, pw, fused.data(), scratch);
        for (std::size_t k = 0; k < fused.size(); ++k) ASSERT_EQ(fused[k], expected[k]) << k;
    }
}

// A melgram-like image (decibels around −30, far from zero) for statistics whose naive
// E[x²] − E[x]² would cancel.
std::vector<float> decibelImage(int h, int w, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> level(-30.0f, 15.0f);
    std::vector<float> image(std::size_t(h) * w);
    for (float& v : image) v = level(rng);
    return image;
}

TEST(PatchMoments, EqualTheMomentsOfTheExplicitPatches) {
    const int h = 13, w = 29;  // odd sizes: no lane multiple
    const std::vector<float> image = decibelImage(h, w, 70);
    std::vector<double> scratch;
    const PatchMoments m = patchMoments(image.data(), h, w, scratch);
    // The patches written out (zero outside the image), moments in long double.
    const auto tap = [&](int y, int x, int k) -> long double {
        const int yy = y + k / 3 - 1, xx = x + k % 3 - 1;
        return yy < 0 || yy >= h || xx < 0 || xx >= w ? 0.0L : image[std::size_t(yy) * w + xx];
    };
    const long double n = (long double)(h)*w;
    long double mean[9] = {};
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int k = 0; k < 9; ++k) mean[k] += tap(y, x, k) / n;
    for (int k = 0; k < 9; ++k) {
        EXPECT_NEAR(m.centre + m.mean[std::size_t(k)], double(mean[k]), 1e-12) << k;
        for (int l = 0; l < 9; ++l) {
            long double cov = 0.0L;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    cov += (tap(y, x, k) - mean[k]) * (tap(y, x, l) - mean[l]) / n;
            EXPECT_NEAR(m.cov[std::size_t(k)][std::size_t(l)], double(cov),
                        1e-9 * double(cov < 0 ? -cov : cov) + 1e-12)
                << k << ", " << l;
        }
    }
}

// firstBlockStats takes its statistics from the patch moments: on a melgram-sized image of
// decibel-like values they equal the statistics of the explicit convolution output (summed
// in long double here) to within double rounding.
TEST(FirstBlock, StatisticsFromPatchMomentsEqualTheConvolutionOutputs) {
    const int h = 96, w = 310, outC = 6;
    const std::vector<float> image = decibelImage(h, w, 71);
    Tensor in(1, 1, h, w);
    std::copy(image.begin(), image.end(), in.plane(0, 0));
    const Conv2dWeights conv = randomConv(outC, 1, 72);
    const Tensor full = conv2d3x3(in, conv);
    FirstBlockScratch scratch;
    const ChannelStats stats = firstBlockStats(in.plane(0, 0), h, w, conv, scratch);
    for (int o = 0; o < outC; ++o) {
        long double sum = 0.0L, squares = 0.0L;
        for (std::size_t i = 0; i < full.planeSize(); ++i) sum += full.plane(0, o)[i];
        const long double mean = sum / full.planeSize();
        for (std::size_t i = 0; i < full.planeSize(); ++i)
            squares += (full.plane(0, o)[i] - mean) * (full.plane(0, o)[i] - mean);
        const long double variance = squares / full.planeSize();
        // The reference sums float convolution outputs (relative rounding ~6e-8 each).
        EXPECT_NEAR(stats.mean[std::size_t(o)], double(mean), 1e-6 * std::abs(double(mean)) + 1e-6)
            << o;
        EXPECT_NEAR(stats.variance[std::size_t(o)], double(variance), 1e-6 * double(variance)) << o;
    }
}

// ---------------------------------------------------------------- activations

TEST(Activations, EluAtHandPoints) {
    float v[] = {2.0f, 0.0f, -1.0f, -20.0f, 1e-3f};
    elu(v, 5);
    EXPECT_FLOAT_EQ(v[0], 2.0f);
    EXPECT_FLOAT_EQ(v[1], 0.0f);
    EXPECT_NEAR(v[2], std::exp(-1.0) - 1.0, 1e-7);
    EXPECT_NEAR(v[3], -1.0, 1e-7);
    EXPECT_FLOAT_EQ(v[4], 1e-3f);
}

TEST(Activations, SigmoidAtHandPoints) {
    float v[] = {0.0f, 2.0f, -2.0f, 100.0f, -100.0f};
    sigmoid(v, 5);
    EXPECT_FLOAT_EQ(v[0], 0.5f);
    EXPECT_NEAR(v[1], 0.8807970779778823, 2e-7);
    EXPECT_NEAR(v[2], 0.11920292202211755, 2e-7);
    EXPECT_FLOAT_EQ(v[3], 1.0f);
    EXPECT_GE(v[4], 0.0f);
    EXPECT_LT(v[4], 1e-30f);
}

TEST(Activations, HardSigmoidIsClippedLine) {
    EXPECT_FLOAT_EQ(hardSigmoid(-3.0f), 0.0f);
    EXPECT_FLOAT_EQ(hardSigmoid(-2.5f), 0.0f);
    EXPECT_NEAR(hardSigmoid(-2.4f), 0.02f, 1e-6);
    EXPECT_FLOAT_EQ(hardSigmoid(0.0f), 0.5f);
    EXPECT_NEAR(hardSigmoid(1.0f), 0.7f, 1e-6);
    EXPECT_FLOAT_EQ(hardSigmoid(2.5f), 1.0f);
    EXPECT_FLOAT_EQ(hardSigmoid(7.0f), 1.0f);
}

// ---------------------------------------------------------------- pooling, dense, padding

TEST(MaxPool, DropsTheRemainder) {
    // 5 × 7 with pool (2, 3) → 2 × 2; row 4 and column 6 are never looked at.
    Tensor in(1, 1, 5, 7);
    for (int y = 0; y < 5; ++y)
        for (int x = 0; x < 7; ++x) in.at(0, 0, y, x) = -float(y * 7 + x) - 1.0f;
    for (int y = 0; y < 5; ++y) in.at(0, 0, y, 6) = 1000.0f;
    for (int x = 0; x < 7; ++x) in.at(0, 0, 4, x) = 1000.0f;
    const Tensor out = maxPool(in, 2, 3);
    ASSERT_EQ(out.h, 2);
    ASSERT_EQ(out.w, 2);
    // All values negative: each window's maximum is its top-left value.
    EXPECT_EQ(out.data, (AlignedFloats{-1.0f, -4.0f, -15.0f, -18.0f}));

    for (int y = 0; y < 5; ++y)
        for (int x = 0; x < 7; ++x) in.at(0, 0, y, x) = float(y * 7 + x);
    EXPECT_EQ(maxPool(in, 2, 3).data, (AlignedFloats{9.0f, 12.0f, 23.0f, 26.0f}));
}

TEST(MaxPool, MatchesNaiveOnRandomBatch) {
    const Tensor in = randomTensor(2, 3, 7, 11, 60);
    const Tensor out = maxPool(in, 3, 2);
    ASSERT_EQ(out.n, 2);
    ASSERT_EQ(out.c, 3);
    ASSERT_EQ(out.h, 2);
    ASSERT_EQ(out.w, 5);
    for (int n = 0; n < 2; ++n)
        for (int c = 0; c < 3; ++c)
            for (int y = 0; y < 2; ++y)
                for (int x = 0; x < 5; ++x) {
                    float best = -std::numeric_limits<float>::infinity();
                    for (int i = 0; i < 3; ++i)
                        for (int j = 0; j < 2; ++j)
                            best = std::max(best, in.at(n, c, y * 3 + i, x * 2 + j));
                    ASSERT_EQ(out.at(n, c, y, x), best);
                }
}

TEST(Dense, MatchesNaiveProduct) {
    DenseWeights w;
    w.w = RowMatrixXf(3, 4);
    w.b = Eigen::RowVectorXf(4);
    const auto wv = randomValues(12, 70), bv = randomValues(4, 71), xv = randomValues(6, 72);
    for (int i = 0; i < 3; ++i)
        for (int o = 0; o < 4; ++o) w.w(i, o) = wv[std::size_t(i * 4 + o)];
    for (int o = 0; o < 4; ++o) w.b(o) = bv[std::size_t(o)];
    RowMatrixXf x(2, 3);
    for (int n = 0; n < 2; ++n)
        for (int i = 0; i < 3; ++i) x(n, i) = xv[std::size_t(n * 3 + i)];
    const RowMatrixXf y = dense(x, w);
    ASSERT_EQ(y.rows(), 2);
    ASSERT_EQ(y.cols(), 4);
    for (int n = 0; n < 2; ++n)
        for (int o = 0; o < 4; ++o) {
            double sum = w.b(o);
            for (int i = 0; i < 3; ++i) sum += double(x(n, i)) * w.w(i, o);
            EXPECT_NEAR(y(n, o), sum, 1e-6);
        }
}

TEST(Dense, HandComputed) {
    DenseWeights w;
    w.w = RowMatrixXf(2, 1);
    w.w << 2.0f, -1.0f;
    w.b = Eigen::RowVectorXf::Constant(1, 0.5f);
    RowMatrixXf x(1, 2);
    x << 3.0f, 4.0f;
    EXPECT_FLOAT_EQ(dense(x, w)(0, 0), 2.5f);  // 3·2 − 4·1 + 0.5
}

TEST(ZeroPadWidth, PadsOnlyTheTimeAxis) {
    const Tensor in = randomTensor(2, 3, 5, 7, 80);
    const Tensor out = zeroPadWidth(in, 2, 3);
    ASSERT_EQ(out.n, 2);
    ASSERT_EQ(out.c, 3);
    ASSERT_EQ(out.h, 5);
    ASSERT_EQ(out.w, 12);
    for (int n = 0; n < 2; ++n)
        for (int c = 0; c < 3; ++c)
            for (int y = 0; y < 5; ++y)
                for (int x = 0; x < 12; ++x) {
                    const float expected = x >= 2 && x < 9 ? in.at(n, c, y, x - 2) : 0.0f;
                    ASSERT_EQ(out.at(n, c, y, x), expected) << n << c << y << x;
                }
}

// ---------------------------------------------------------------- GRU

RowMatrixXf matrix(int rows, int cols, const std::vector<float>& values) {
    return Eigen::Map<const RowMatrixXf>(values.data(), rows, cols);
}

Eigen::RowVectorXf rowVector(const std::vector<float>& values) {
    return Eigen::Map<const Eigen::RowVectorXf>(values.data(), Eigen::Index(values.size()));
}

GruWeights handGru() {
    GruWeights g;
    g.wz = matrix(3, 2, {0.5f, 0.0f, 0.0f, -0.5f, 0.0f, 0.0f});
    g.wr = matrix(3, 2, {0.1f, 0.2f, 0.3f, -0.1f, 0.2f, 0.4f});
    g.wh = matrix(3, 2, {0.3f, 0.0f, 0.0f, -0.1f, 0.0f, 0.0f});
    g.uz = matrix(2, 2, {0.5f, -0.5f, 1.0f, 0.0f});
    g.ur = matrix(2, 2, {1.0f, 0.0f, 0.0f, 1.0f});
    g.uh = matrix(2, 2, {0.5f, 0.2f, -0.3f, 0.4f});
    g.bz = rowVector({0.1f, 0.0f});
    g.br = rowVector({0.0f, 0.1f});
    g.bh = rowVector({0.2f, 0.1f});
    return g;
}

double hs(double x) {
    return std::clamp(0.2 * x + 0.5, 0.0, 1.0);
}

TEST(Gru, FirstStepFromZeroStateByHand) {
    const GruWeights g = handGru();
    ASSERT_EQ(g.units(), 2);
    Eigen::RowVectorXf h = Eigen::RowVectorXf::Zero(2);
    gruStep(rowVector({1.0f, 2.0f, -1.0f}), h, g);
    // x·W_z + b_z = (0.6, −1.0) → z = (0.62, 0.3); r does not matter with h = 0;
    // x·W_h + b_h = (0.5, −0.1) → h = (1 − z) ∘ tanh(·).
    EXPECT_NEAR(h(0), 0.38 * std::tanh(0.5), 1e-6);
    EXPECT_NEAR(h(1), 0.7 * std::tanh(-0.1), 1e-6);
}

TEST(Gru, SecondStepUsesResetAndUpdateGatesByHand) {
    const GruWeights g = handGru();
    const double h0 = 0.38 * std::tanh(0.5), h1 = 0.7 * std::tanh(-0.1);
    Eigen::RowVectorXf h(2);
    h << float(h0), float(h1);
    gruStep(rowVector({0.0f, 1.0f, 1.0f}), h, g);
    // x = (0, 1, 1): x·W_z = (0, −0.5), x·W_r = (0.5, 0.3), x·W_h = (0, −0.1).
    const double z0 = hs(0.0 + (h0 * 0.5 + h1 * 1.0) + 0.1);
    const double z1 = hs(-0.5 + (h0 * -0.5 + h1 * 0.0) + 0.0);
    const double r0 = hs(0.5 + h0 + 0.0), r1 = hs(0.3 + h1 + 0.1);
    const double rh0 = r0 * h0, rh1 = r1 * h1;
    const double c0 = std::tanh(0.0 + (rh0 * 0.5 + rh1 * -0.3) + 0.2);
    const double c1 = std::tanh(-0.1 + (rh0 * 0.2 + rh1 * 0.4) + 0.1);
    EXPECT_NEAR(h(0), z0 * h0 + (1 - z0) * c0, 1e-6);
    EXPECT_NEAR(h(1), z1 * h1 + (1 - z1) * c1, 1e-6);
}

TEST(Gru, SaturatedUpdateGateKeepsTheState) {
    GruWeights g = handGru();
    g.bz = rowVector({10.0f, -10.0f});  // z = 1 (keep h), z = 0 (take the candidate)
    Eigen::RowVectorXf h(2);
    h << 0.25f, -0.75f;
    gruStep(rowVector({0.0f, 0.0f, 0.0f}), h, g);
    EXPECT_FLOAT_EQ(h(0), 0.25f);
    const double r0 = hs(0.25), r1 = hs(-0.75 + 0.1);
    EXPECT_NEAR(h(1), std::tanh((r0 * 0.25) * 0.2 + (r1 * -0.75) * 0.4 + 0.1), 1e-6);
}

TEST(Gru, SequenceIsRepeatedSteps) {
    const int in = 5, units = 3, steps = 4;
    GruWeights g;
    g.wz = matrix(in, units, randomValues(in * units, 90));
    g.wr = matrix(in, units, randomValues(in * units, 91));
    g.wh = matrix(in, units, randomValues(in * units, 92));
    g.uz = matrix(units, units, randomValues(units * units, 93));
    g.ur = matrix(units, units, randomValues(units * units, 94));
    g.uh = matrix(units, units, randomValues(units * units, 95));
    g.bz = rowVector(randomValues(units, 96));
    g.br = rowVector(randomValues(units, 97));
    g.bh = rowVector(randomValues(units, 98));
    const RowMatrixXf sequence = matrix(steps, in, randomValues(steps * in, 99, -2.0f, 2.0f));

    const RowMatrixXf states = gruSequence(sequence, g);
    ASSERT_EQ(states.rows(), steps);
    ASSERT_EQ(states.cols(), units);
    std::vector<double> h(units, 0.0);
    for (int t = 0; t < steps; ++t) {
        // The equations once more, in plain loops.
        std::vector<double> z(units), r(units), next(units);
        for (int u = 0; u < units; ++u) {
            double az = g.bz(u), ar = g.br(u);
            for (int i = 0; i < in; ++i) {
                az += double(sequence(t, i)) * g.wz(i, u);
                ar += double(sequence(t, i)) * g.wr(i, u);
            }
            for (int v = 0; v < units; ++v) {
                az += h[v] * g.uz(v, u);
                ar += h[v] * g.ur(v, u);
            }
            z[u] = hs(az);
            r[u] = hs(ar);
        }
        for (int u = 0; u < units; ++u) {
            double a = g.bh(u);
            for (int i = 0; i < in; ++i) a += double(sequence(t, i)) * g.wh(i, u);
            for (int v = 0; v < units; ++v) a += r[v] * h[v] * g.uh(v, u);
            next[u] = z[u] * h[u] + (1 - z[u]) * std::tanh(a);
        }
        h = next;
        for (int u = 0; u < units; ++u) EXPECT_NEAR(states(t, u), h[u], 1e-5) << t << " " << u;
    }
}

// ---------------------------------------------------------------- TaggingNetwork

class NetworkBehaviour : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        network_ = new TaggingNetwork(TaggingNetwork::fromFile(
            test::modelPath("cnn_weights_tensorflow.hdf5"), NetworkKind::ConvNet));
        clips_ = new std::vector<Melgram>;
        for (const std::string& path : test::referenceMelgramPaths())
            clips_->push_back(readMelgramNpy(path));
    }
    static void TearDownTestSuite() {
        delete network_;
        delete clips_;
        network_ = nullptr;
        clips_ = nullptr;
    }
    static const TaggingNetwork& net() { return *network_; }
    static const Melgram* clip(std::size_t k) { return &clips_->at(k); }

    using Clips = std::vector<const Melgram*>;

    static double maxDifference(const Eigen::RowVectorXf& a, const Eigen::RowVectorXf& b) {
        EXPECT_EQ(a.size(), b.size());
        double worst = 0.0;
        for (Eigen::Index k = 0; k < std::min(a.size(), b.size()); ++k)
            worst = std::max(worst, std::abs(double(a(k)) - b(k)));
        return worst;
    }

private:
    static inline TaggingNetwork* network_ = nullptr;
    static inline std::vector<Melgram>* clips_ = nullptr;
};

TEST_F(NetworkBehaviour, TrackModeBatchEqualsEachClipAlone) {
    const RowMatrixXf together = net().predict(Clips{clip(0), clip(2)}, NormMode::Track);
    ASSERT_EQ(together.rows(), 2);
    ASSERT_EQ(together.cols(), 50);
    const RowMatrixXf first = net().predict(Clips{clip(0)}, NormMode::Track);
    const RowMatrixXf second = net().predict(Clips{clip(2)}, NormMode::Track);
    EXPECT_LE(maxDifference(together.row(0), first.row(0)), 1e-6);
    EXPECT_LE(maxDifference(together.row(1), second.row(0)), 1e-6);
}

TEST_F(NetworkBehaviour, BatchModeWithOneClipEqualsTrackMode) {
    const RowMatrixXf batch = net().predict(Clips{clip(3)}, NormMode::Batch);
    const RowMatrixXf track = net().predict(Clips{clip(3)}, NormMode::Track);
    EXPECT_LE(maxDifference(batch.row(0), track.row(0)), 1e-6);
    for (Eigen::Index k = 0; k < batch.cols(); ++k) {
        EXPECT_GT(batch(0, k), 0.0f);
        EXPECT_LT(batch(0, k), 1.0f);
    }
}

TEST_F(NetworkBehaviour, CalibrationFromClipsReproducesTheirBatchResults) {
    const Clips set = {clip(1), clip(3)};
    const Calibration calibration = net().calibrate(set);
    EXPECT_EQ(calibration.kind, NetworkKind::ConvNet);
    EXPECT_EQ(calibration.clipCount, 2);
    EXPECT_EQ(calibration.weightsFingerprint, net().weights().fingerprint);
    ASSERT_EQ(calibration.layers.size(), 5u);
    EXPECT_EQ(calibration.layers[4].mean.size(), 256u);

    const RowMatrixXf batch = net().predict(set, NormMode::Batch);
    // In the other order and one at a time: frozen statistics make results independent.
    const RowMatrixXf calibrated =
        net().predict(Clips{clip(3), clip(1)}, NormMode::Calibrated, &calibration);
    EXPECT_LE(maxDifference(calibrated.row(1), batch.row(0)), 1e-6);
    EXPECT_LE(maxDifference(calibrated.row(0), batch.row(1)), 1e-6);
}

TEST_F(NetworkBehaviour, BatchResultDependsOnBatchComposition) {
    const RowMatrixXf withDubstep = net().predict(Clips{clip(0), clip(2)}, NormMode::Batch);
    const RowMatrixXf withJazz = net().predict(Clips{clip(0), clip(3)}, NormMode::Batch);
    EXPECT_GT(maxDifference(withDubstep.row(0), withJazz.row(0)), 1e-3);
}

TEST_F(NetworkBehaviour, CalibratedModeNeedsAFittingCalibration) {
    EXPECT_THROW(net().predict(Clips{clip(0)}, NormMode::Calibrated, nullptr), Error);
    Calibration other = net().calibrate(Clips{clip(0)});
    other.weightsFingerprint ^= 1;
    EXPECT_THROW(net().predict(Clips{clip(0)}, NormMode::Calibrated, &other), Error);
    EXPECT_THROW(net().calibrate(Clips{}), Error);
}

TEST_F(NetworkBehaviour, WrongMelgramShapeThrows) {
    const Melgram shortClip(kMelBands, 1000), fewBands(95, kClipFrames);
    Melgram inconsistent(kMelBands, kClipFrames);
    inconsistent.values.pop_back();
    for (const Melgram* bad : Clips{&shortClip, &fewBands, &inconsistent}) {
        for (NormMode mode : {NormMode::Batch, NormMode::Track})
            EXPECT_THROW(net().predict(Clips{clip(0), bad}, mode), Error);
        EXPECT_THROW(net().calibrate(Clips{bad}), Error);
    }
    try {
        net().predict(Clips{&shortClip}, NormMode::Track);
        ADD_FAILURE() << "no exception";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("(96, 1000)"), std::string::npos) << e.what();
    }
}

TEST_F(NetworkBehaviour, EmptyInputGivesEmptyResult) {
    const RowMatrixXf p = net().predict(Clips{}, NormMode::Batch);
    EXPECT_EQ(p.rows(), 0);
    EXPECT_EQ(p.cols(), 50);
}

}  // namespace
}  // namespace tagscope
