// The library map's projection: PCA of track embeddings onto their two principal components.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "engine/error.h"
#include "engine/similarity/projection.h"
#include "engine/similarity/tsne.h"

using namespace tagscope;

namespace {

// Rows on an ellipse spanned by `a` (radius 10) and `b` (radius 1) in 5 dimensions, plus a
// little noise, around an offset: the coordinates along a and b are uncorrelated and centred,
// so the first component is ±a, the second ±b.
std::vector<float> plane(std::size_t rows, std::vector<float>* alongA, std::vector<float>* alongB) {
    const float a[5] = {0.6f, 0.8f, 0.0f, 0.0f, 0.0f};
    const float b[5] = {0.0f, 0.0f, 0.0f, 0.0f, 1.0f};
    const float offset[5] = {3.0f, -2.0f, 1.0f, 0.5f, 7.0f};
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 0.001f);
    std::vector<float> values;
    for (std::size_t row = 0; row < rows; ++row) {
        const double angle = 2.0 * 3.14159265358979 * double(row) / double(rows);
        const auto s = float(10.0 * std::cos(angle)), t = float(std::sin(angle));
        alongA->push_back(s);
        alongB->push_back(t);
        for (int d = 0; d < 5; ++d)
            values.push_back(offset[d] + s * a[d] + t * b[d] + noise(random));
    }
    return values;
}

}  // namespace

TEST(Projection, PcaFindsThePlaneOfLargestVariance) {
    std::vector<float> s, t;
    const std::vector<float> values = plane(400, &s, &t);
    const std::vector<MapPosition> map = projectPca(values, 400, 5);
    ASSERT_EQ(map.size(), 400u);
    double meanS = 0, meanT = 0;
    for (std::size_t i = 0; i < 400; ++i) meanS += s[i] / 400.0, meanT += t[i] / 400.0;
    // x is the coordinate along a (oriented so that a's largest loading, 0.8, is positive), y
    // along b: the centred inputs, to the noise.
    for (std::size_t i = 0; i < 400; ++i) {
        EXPECT_NEAR(map[i][0], s[i] - meanS, 0.01) << i;
        EXPECT_NEAR(map[i][1], t[i] - meanT, 0.01) << i;
    }
}

TEST(Projection, PcaIsDeterministicAndCentred) {
    std::vector<float> s, t;
    const std::vector<float> values = plane(50, &s, &t);
    const std::vector<MapPosition> first = projectPca(values, 50, 5);
    EXPECT_EQ(first, projectPca(values, 50, 5));
    double x = 0, y = 0;
    for (const MapPosition& p : first) x += p[0], y += p[1];
    EXPECT_NEAR(x / 50.0, 0.0, 1e-4);
    EXPECT_NEAR(y / 50.0, 0.0, 1e-4);
}

TEST(Projection, DegenerateInputsGiveZeros) {
    EXPECT_TRUE(projectPca({}, 0, 4).empty());
    const std::vector<float> one = {1.0f, 2.0f, 3.0f};
    EXPECT_EQ(projectPca(one, 1, 3), (std::vector<MapPosition>{{0.0f, 0.0f}}));
    const std::vector<float> same = {1.0f, 2.0f, 1.0f, 2.0f, 1.0f, 2.0f};
    for (const MapPosition& p : projectPca(same, 3, 2)) EXPECT_EQ(p, (MapPosition{0.0f, 0.0f}));
    // On a line: y is zero.
    const std::vector<float> line = {0.0f, 0.0f, 1.0f, 2.0f, 2.0f, 4.0f};
    const std::vector<MapPosition> map = projectPca(line, 3, 2);
    EXPECT_NEAR(map[0][0], -std::sqrt(5.0f), 1e-5);
    EXPECT_NEAR(map[2][0], std::sqrt(5.0f), 1e-5);
    for (const MapPosition& p : map) EXPECT_NEAR(p[1], 0.0f, 1e-5);
    EXPECT_THROW(projectPca(line, 4, 2), Error);
}

namespace {

// Three tight clusters of 30 points in 10 dimensions, far apart; cluster c at rows 30c…30c+29.
std::vector<float> clusters() {
    std::mt19937 random(3);
    std::normal_distribution<float> noise(0.0f, 0.3f);
    std::vector<float> values;
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 30; ++i)
            for (int d = 0; d < 10; ++d)
                values.push_back((d == 3 * c ? 8.0f : 0.0f) + noise(random));
    return values;
}

}  // namespace

TEST(Projection, TsneKeepsClustersApart) {
    const std::vector<float> values = clusters();
    const std::vector<MapPosition> map = projectTsne(values, 90, 10, RunContext{});
    ASSERT_EQ(map.size(), 90u);
    // Every point's nearest neighbour in the picture is of its own cluster.
    for (std::size_t i = 0; i < 90; ++i) {
        std::size_t nearest = i;
        double best = 1e300;
        for (std::size_t j = 0; j < 90; ++j) {
            if (j == i) continue;
            const double dx = map[i][0] - map[j][0], dy = map[i][1] - map[j][1];
            if (dx * dx + dy * dy < best) best = dx * dx + dy * dy, nearest = j;
        }
        EXPECT_EQ(nearest / 30, i / 30) << i;
    }
    EXPECT_EQ(map, projectTsne(values, 90, 10, RunContext{}));  // deterministic
}

TEST(Projection, TsneLimitsAndStops) {
    const std::vector<float> values = clusters();
    std::vector<float> many((kMaxTsneRows + 1) * 2, 0.0f);
    EXPECT_THROW(projectTsne(many, kMaxTsneRows + 1, 2, RunContext{}), Error);
    std::stop_source stop;
    stop.request_stop();
    EXPECT_THROW(projectTsne(values, 90, 10, RunContext(stop.get_token())), Cancelled);
    // Three rows: the PCA picture.
    const std::span<const float> three(values.data(), 30);
    EXPECT_EQ(projectTsne(three, 3, 10, RunContext{}), projectPca(three, 3, 10));
}
