// The engine against the acceptance oracle: the original README's printed results and the
// reference probabilities, for both networks and all weight files.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/io/melgram_npy.h"
#include "engine/networks/tagging_network.h"
#include "engine/tags.h"
#include "support/oracle.h"

namespace tagscope {
namespace {

constexpr double kPrintedTolerance = 0.0006;
constexpr double kReferenceTolerance = 1e-5;  // achieved: ≤ 1e-6

int tagIndex(const std::string& name) {
    const auto& names = tagNames();
    for (std::size_t k = 0; k < names.size(); ++k)
        if (names[k] == name) return int(k);
    ADD_FAILURE() << "unknown tag " << name;
    return 0;
}

std::vector<Melgram> referenceMelgrams() {
    std::vector<Melgram> clips;
    for (const std::string& path : test::referenceMelgramPaths())
        clips.push_back(readMelgramNpy(path));
    return clips;
}

NetworkKind kindOf(const std::string& id) {
    return parseNetworkId(id);
}

// Every printed value of one network, against predictions in the printed track order.
void expectPrinted(const std::string& network, const RowMatrixXf& predictions) {
    const auto printed = test::readPrintedResults().at(network);
    ASSERT_EQ(printed.size(), 4u);
    const auto order = test::readExpectedProbabilities().tracks;
    int checked = 0;
    for (std::size_t t = 0; t < printed.size(); ++t) {
        ASSERT_EQ(printed[t].file, order[t]) << "printed track order differs from the batch order";
        ASSERT_EQ(printed[t].tags.size(), 15u);
        for (const auto& [tag, value] : printed[t].tags) {
            EXPECT_NEAR(predictions(Eigen::Index(t), tagIndex(tag)), value, kPrintedTolerance)
                << network << " " << printed[t].file << " " << tag;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 60);
}

class PrintedResults : public ::testing::TestWithParam<std::string> {};

TEST_P(PrintedResults, BatchOfFourReproducesTheOriginal) {
    const std::string network = GetParam();
    const TaggingNetwork net = TaggingNetwork::fromFile(
        test::modelPath(network + "_weights_tensorflow.hdf5"), kindOf(network));
    expectPrinted(network, net.predict(referenceMelgrams(), NormMode::Batch));
}

TEST_P(PrintedResults, EachTrackAloneWithCalibrationReproducesTheOriginal) {
    const std::string network = GetParam();
    const TaggingNetwork net = TaggingNetwork::fromFile(
        test::modelPath(network + "_weights_tensorflow.hdf5"), kindOf(network));
    const std::vector<Melgram> clips = referenceMelgrams();
    std::vector<const Melgram*> all;
    for (const Melgram& m : clips) all.push_back(&m);
    const Calibration calibration = net.calibrate(all);
    const RowMatrixXf batch = net.predict(clips, NormMode::Batch);

    RowMatrixXf alone(4, 50);
    for (std::size_t t = 0; t < clips.size(); ++t) {
        alone.row(Eigen::Index(t)) = net.predict({&clips[t]}, NormMode::Calibrated, &calibration);
        // Exactly the track's result inside the batch (same arithmetic, frozen statistics).
        EXPECT_LE((alone.row(Eigen::Index(t)) - batch.row(Eigen::Index(t))).cwiseAbs().maxCoeff(),
                  1e-6);
    }
    expectPrinted(network, alone);
}

INSTANTIATE_TEST_SUITE_P(Networks, PrintedResults, ::testing::Values("cnn", "rnn"));

struct ReferenceCase {
    std::string network, weights, mode;
};

class ReferenceProbabilities : public ::testing::TestWithParam<ReferenceCase> {};

TEST_P(ReferenceProbabilities, AllFiftyTagsMatch) {
    const auto& [network, weights, mode] = GetParam();
    const auto expected = test::readExpectedProbabilities();
    ASSERT_EQ(expected.tags.size(), kTagCount);
    for (std::size_t k = 0; k < kTagCount; ++k) ASSERT_EQ(expected.tags[k], tagNames()[k]);
    const TaggingNetwork net = TaggingNetwork::fromFile(
        test::modelPath(network + "_weights_" + weights + ".hdf5"), kindOf(network));
    const RowMatrixXf p = net.predict(referenceMelgrams(), parseNormMode(mode));
    const auto& values = expected.values.at(network + "_" + weights).at(mode);
    double worst = 0.0;
    for (std::size_t t = 0; t < 4; ++t)
        for (std::size_t k = 0; k < kTagCount; ++k) {
            const double diff = std::abs(p(Eigen::Index(t), Eigen::Index(k)) - values[t][k]);
            worst = std::max(worst, diff);
            EXPECT_LE(diff, kReferenceTolerance) << expected.tracks[t] << " " << tagNames()[k];
        }
    RecordProperty("max_abs_difference", std::to_string(worst));
}

INSTANTIATE_TEST_SUITE_P(AllWeights, ReferenceProbabilities,
                         ::testing::Values(ReferenceCase{"cnn", "tensorflow", "batch"},
                                           ReferenceCase{"cnn", "tensorflow", "track"},
                                           ReferenceCase{"cnn", "theano", "batch"},
                                           ReferenceCase{"cnn", "theano", "track"},
                                           ReferenceCase{"rnn", "tensorflow", "batch"},
                                           ReferenceCase{"rnn", "tensorflow", "track"},
                                           ReferenceCase{"rnn", "theano", "batch"},
                                           ReferenceCase{"rnn", "theano", "track"}),
                         [](const auto& info) {
                             return info.param.network + "_" + info.param.weights + "_" +
                                    info.param.mode;
                         });

TEST(ParameterCounts, MatchTheOriginalReadme) {
    const auto counts = test::readPrintedParameterCounts();
    ASSERT_EQ(counts.size(), 2u);
    for (const auto& [network, count] : counts)
        for (const char* variant : {"tensorflow", "theano"}) {
            const auto weights = buildNetworkWeights(
                KerasWeights::load(test::modelPath(network + "_weights_" + variant + ".hdf5")),
                kindOf(network));
            EXPECT_EQ(weights.trainableParameterCount(), count) << network << " " << variant;
            EXPECT_EQ(architecture(kindOf(network)).trainableParameters, count);
        }
}

}  // namespace
}  // namespace tagscope
