// Backpropagation through the GRU (hard sigmoid gates) and through the networks' heads (GRU →
// GRU → dense for the RNN, dense for the CNN) against central finite differences.
#include <gtest/gtest.h>

#include "engine/layers/gru_backward.h"
#include "engine/relevance/head_gradient.h"
#include "finite_difference.h"

namespace tagscope {
namespace {

using test::finiteDifferenceGradient;
using test::randomValues;
using test::relativeError;
using test::weightedSum;

RowMatrixXf randomMatrix(int rows, int cols, std::mt19937& rng, float scale) {
    const std::vector<float> v = randomValues(std::size_t(rows) * cols, rng, scale);
    return Eigen::Map<const RowMatrixXf>(v.data(), rows, cols);
}

GruWeights randomGru(int in, int units, std::mt19937& rng) {
    GruWeights w;
    w.wz = randomMatrix(in, units, rng, 0.8f);
    w.wr = randomMatrix(in, units, rng, 0.8f);
    w.wh = randomMatrix(in, units, rng, 0.8f);
    w.uz = randomMatrix(units, units, rng, 0.8f);
    w.ur = randomMatrix(units, units, rng, 0.8f);
    w.uh = randomMatrix(units, units, rng, 0.8f);
    w.bz = randomMatrix(1, units, rng, 0.5f);
    w.br = randomMatrix(1, units, rng, 0.5f);
    w.bh = randomMatrix(1, units, rng, 0.5f);
    return w;
}

TEST(GruBackward, SequenceGradientMatchesFiniteDifferences) {
    std::mt19937 rng(41);
    constexpr int steps = 7, in = 5, units = 4;
    const GruWeights w = randomGru(in, units, rng);
    const std::vector<float> x = randomValues(std::size_t(steps) * in, rng);
    const std::vector<float> r = randomValues(std::size_t(steps) * units, rng);
    const auto asMatrix = [](const std::vector<float>& v, int rows, int cols) {
        return RowMatrixXf(Eigen::Map<const RowMatrixXf>(v.data(), rows, cols));
    };
    const auto loss = [&](const std::vector<float>& input) {
        const RowMatrixXf states = gruSequence(asMatrix(input, steps, in), w);
        return weightedSum(states.data(), r);
    };
    // Some gates must be clipped, or the hard sigmoid's flat parts go untested.
    const RowMatrixXf sequence = asMatrix(x, steps, in);
    int clipped = 0;
    for (int t = 0; t < steps; ++t) {
        const Eigen::RowVectorXf pre = sequence.row(t) * w.wz + w.bz;
        for (int u = 0; u < units; ++u) clipped += std::abs(pre(u)) > 2.5f;
    }
    EXPECT_GT(clipped, 0);

    const RowMatrixXf analytic = gruSequenceInputGradient(sequence, w, asMatrix(r, steps, units));
    EXPECT_LT(relativeError(analytic.data(), finiteDifferenceGradient(loss, x, 1e-3f)), 1e-2);
}

// features (1, channels, 1, steps) for the given head; the logit's gradient vs differences.
double headGradientError(const NetworkWeights& weights, int channels, int steps, int tag) {
    std::mt19937 rng(51);
    const std::vector<float> x = randomValues(std::size_t(channels) * steps, rng);
    const auto features = [&](const std::vector<float>& v) {
        Tensor t(1, channels, 1, steps);
        t.data.assign(v.begin(), v.end());
        return t;
    };
    const auto loss = [&](const std::vector<float>& v) {
        return double(headGradient(weights, features(v), tag).logit);
    };
    const HeadGradient head = headGradient(weights, features(x), tag);
    return relativeError(head.dFeatures.data, finiteDifferenceGradient(loss, x, 1e-3f));
}

TEST(HeadBackward, DenseHeadMatchesFiniteDifferences) {
    std::mt19937 rng(61);
    NetworkWeights weights;
    weights.output.w = randomMatrix(12, 5, rng, 1.0f);
    weights.output.b = randomMatrix(1, 5, rng, 1.0f);
    EXPECT_LT(headGradientError(weights, 12, 1, 3), 1e-2);
}

TEST(HeadBackward, RecurrentHeadMatchesFiniteDifferences) {
    std::mt19937 rng(71);
    NetworkWeights weights;
    weights.kind = NetworkKind::RecurrentNet;
    weights.grus.push_back(randomGru(6, 4, rng));
    weights.grus.push_back(randomGru(4, 4, rng));
    weights.output.w = randomMatrix(4, 5, rng, 1.0f);
    weights.output.b = randomMatrix(1, 5, rng, 1.0f);
    EXPECT_LT(headGradientError(weights, 6, 5, 2), 1e-2);
}

}  // namespace
}  // namespace tagscope
