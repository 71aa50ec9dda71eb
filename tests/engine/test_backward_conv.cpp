// The convolution's input gradient (a rotated, channel-swapped convolution) against central
// finite differences, on the im2col, single-channel and Winograd paths.
#include <gtest/gtest.h>

#include "engine/layers/conv2d_backward.h"
#include "finite_difference.h"

namespace tagscope {
namespace {

using test::finiteDifferenceGradient;
using test::randomValues;
using test::relativeError;
using test::weightedSum;

Conv2dWeights randomConvolution(int out, int in, std::mt19937& rng) {
    Conv2dWeights w;
    w.outChannels = out;
    w.inChannels = in;
    w.kernel = randomValues(std::size_t(out) * in * 9, rng, 0.3f);
    w.bias = randomValues(std::size_t(out), rng);
    prepareConvolution(w);
    return w;
}

// in → out channels on a height × width image: the analytic input gradient of Σ r·conv(x)
// against finite differences.
double convolutionGradientError(int in, int out, int height, int width) {
    std::mt19937 rng(in * 100 + out);
    const Conv2dWeights w = randomConvolution(out, in, rng);
    const std::vector<float> x = randomValues(std::size_t(in) * height * width, rng);
    const std::vector<float> r = randomValues(std::size_t(out) * height * width, rng);
    ConvScratch scratch;
    const auto loss = [&](const std::vector<float>& input) {
        std::vector<float> y(r.size());
        conv2d3x3(input.data(), height, width, w, y.data(), scratch);
        return weightedSum(y, r);
    };
    std::vector<float> analytic(x.size());
    conv2d3x3InputGradient(r.data(), height, width, inputGradientWeights(w), analytic.data(),
                           scratch);
    return relativeError(analytic, finiteDifferenceGradient(loss, x, 1e-2f));
}

TEST(ConvolutionBackward, SingleInputChannelMatchesFiniteDifferences) {
    // The network's first layer: 1 → many channels; its gradient runs many → 1 (Winograd).
    EXPECT_LT(convolutionGradientError(1, 16, 9, 13), 1e-2);
}

TEST(ConvolutionBackward, FewChannelsMatchFiniteDifferences) {
    // Forward im2col (< 8 input channels), backward Winograd (8 input channels).
    EXPECT_LT(convolutionGradientError(3, 8, 7, 10), 1e-2);
}

TEST(ConvolutionBackward, WinogradBothWaysMatchesFiniteDifferences) {
    // Odd sizes exercise the Winograd tiles' ragged edges.
    EXPECT_LT(convolutionGradientError(9, 12, 7, 11), 1e-2);
}

TEST(ConvolutionBackward, GradientWeightsAreRotatedAndSwapped) {
    std::mt19937 rng(7);
    const Conv2dWeights w = randomConvolution(2, 3, rng);
    const Conv2dWeights g = inputGradientWeights(w);
    ASSERT_EQ(g.outChannels, 3);
    ASSERT_EQ(g.inChannels, 2);
    for (int o = 0; o < 2; ++o)
        for (int c = 0; c < 3; ++c)
            for (int k = 0; k < 9; ++k)
                EXPECT_EQ(g.kernel[(std::size_t(c) * 2 + o) * 9 + k],
                          w.kernel[(std::size_t(o) * 3 + c) * 9 + 8 - k]);
}

}  // namespace
}  // namespace tagscope
