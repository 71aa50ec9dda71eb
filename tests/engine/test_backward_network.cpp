// The whole backward pass (tag logit → input melgram) of both networks with their real weights,
// against central finite differences of the network's own prediction along directions in
// input space, with frozen (calibrated) statistics and with the clip's own (track mode).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <stop_token>

#include "engine/error.h"
#include "engine/io/melgram_npy.h"
#include "engine/relevance/input_gradient.h"
#include "engine/relevance/relevance_map.h"
#include "engine/tagger.h"
#include "support/oracle.h"

namespace tagscope {
namespace {

struct Case {
    NetworkKind kind;
    NormMode norm;
};

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    return networkId(info.param.kind) + "_" + normModeId(info.param.norm);
}

Tagger makeTagger(const Case& c) {
    TaggerConfig config;
    config.kind = c.kind;
    config.weightsPath = test::modelPath(networkId(c.kind) + "_weights_tensorflow.hdf5");
    config.norm = c.norm;
    return Tagger(config);
}

double logitOf(const Tagger& tagger, const Melgram& clip, int tag) {
    const double p = tagger.predictClip(clip)[std::size_t(tag)];
    return std::log(p / (1.0 - p));
}

class NetworkBackward : public ::testing::TestWithParam<Case> {};

TEST_P(NetworkBackward, DirectionalDerivativesMatchFiniteDifferences) {
    const Tagger tagger = makeTagger(GetParam());
    // A real clip with a little noise: the melgrams' floored (silent) cells are equal, and at
    // such ties max-pool has no derivative (the backward pass takes the first maximum, a
    // subgradient; finite differences average the two sides).
    Melgram clip = readMelgramNpy(test::referenceMelgramPaths()[0]);
    std::mt19937 rng(5);
    std::normal_distribution<float> noise(0.0f, 0.3f);
    for (float& v : clip.values) v += noise(rng);
    const std::vector<float> p = tagger.predictClip(clip);
    const int tag = int(std::max_element(p.begin(), p.end()) - p.begin());
    const LogitGradient g = tagLogitGradient(tagger.network(), clip, tag, tagger.calibration());
    EXPECT_NEAR(g.logit, logitOf(tagger, clip, tag), 1e-3);

    std::normal_distribution<float> normal;
    const auto logit = [&](const Melgram& m) {
        return double(tagLogitGradient(tagger.network(), m, tag, tagger.calibration()).logit);
    };
    for (int d = 0; d < 3; ++d) {
        // A random direction, half of it along the gradient so the derivative is well above
        // float noise.
        std::vector<float> direction(clip.values.size());
        double norm = 0.0, gradNorm = 0.0;
        for (float& v : direction) v = normal(rng), norm += double(v) * v;
        for (float v : g.values) gradNorm += double(v) * v;
        for (std::size_t k = 0; k < direction.size(); ++k)
            direction[k] =
                float(direction[k] / std::sqrt(norm) + g.values[k] / std::sqrt(gradNorm));
        double analytic = 0.0;
        for (std::size_t k = 0; k < direction.size(); ++k)
            analytic += double(g.values[k]) * direction[k];
        const float h = 0.01f;  // dB along a direction of length ≈ 1.4
        Melgram up = clip, down = clip;
        for (std::size_t k = 0; k < direction.size(); ++k) {
            up.values[k] += h * direction[k];
            down.values[k] -= h * direction[k];
        }
        const double numeric = (logit(up) - logit(down)) / (2.0 * h);
        std::printf("direction %d: analytic %.6f, finite differences %.6f\n", d, analytic, numeric);
        EXPECT_NEAR(analytic, numeric, 1e-2 * std::abs(numeric));
    }
}

TEST_P(NetworkBackward, MapIsNonNegativeWithTheTaggersProbability) {
    const Tagger tagger = makeTagger(GetParam());
    const Melgram clip = readMelgramNpy(test::referenceMelgramPaths()[2]);
    const std::vector<float> p = tagger.predictClip(clip);
    const RelevanceMap map = explainTag(tagger, clip, 7);
    ASSERT_EQ(map.bands, 96);
    ASSERT_EQ(map.frames, 1366);
    ASSERT_EQ(map.values.size(), std::size_t(96) * 1366);
    EXPECT_NEAR(map.probability, p[7], 1e-5);
    int positive = 0;
    for (float v : map.values) {
        ASSERT_GE(v, 0.0f);
        positive += v > 0.0f;
    }
    EXPECT_GT(positive, 1000);
}

INSTANTIATE_TEST_SUITE_P(BothNetworks, NetworkBackward,
                         ::testing::Values(Case{NetworkKind::ConvNet, NormMode::Calibrated},
                                           Case{NetworkKind::ConvNet, NormMode::Track},
                                           Case{NetworkKind::RecurrentNet, NormMode::Calibrated},
                                           Case{NetworkKind::RecurrentNet, NormMode::Track}),
                         caseName);

TEST(Relevance, GivenStatisticsAreUsedAndFrozen) {
    TaggerConfig config;
    config.weightsPath = test::modelPath("cnn_weights_tensorflow.hdf5");
    config.norm = NormMode::Batch;
    const Tagger tagger(config);
    std::vector<Melgram> clips;
    for (const std::string& path : test::referenceMelgramPaths())
        clips.push_back(readMelgramNpy(path));
    const Calibration stats =
        tagger.network().calibrate({&clips[0], &clips[1], &clips[2], &clips[3]});
    const std::vector<float> p = tagger.predictClip(clips[3], {}, &stats);
    const RelevanceMap map = explainTag(tagger, clips[3], 9, {}, &stats);
    EXPECT_NEAR(map.probability, p[9], 1e-5);
}

TEST(Relevance, StopsWhenAsked) {
    TaggerConfig config;
    config.weightsPath = test::modelPath("cnn_weights_tensorflow.hdf5");
    const Tagger tagger(config);
    const Melgram clip = readMelgramNpy(test::referenceMelgramPaths()[0]);
    std::stop_source stop;
    stop.request_stop();
    EXPECT_THROW(explainTag(tagger, clip, 0, RunContext(stop.get_token())), Cancelled);
}

TEST(Relevance, RefusesABadTagOrShape) {
    TaggerConfig config;
    config.weightsPath = test::modelPath("cnn_weights_tensorflow.hdf5");
    const Tagger tagger(config);
    const Melgram clip = readMelgramNpy(test::referenceMelgramPaths()[0]);
    EXPECT_THROW(explainTag(tagger, clip, 50), Error);
    EXPECT_THROW(explainTag(tagger, clip, -1), Error);
    EXPECT_THROW(explainTag(tagger, Melgram(96, 100), 0), Error);
}

}  // namespace
}  // namespace tagscope
