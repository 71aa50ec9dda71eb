// The waveform envelope: exact min/max/RMS per column of a synthetic signal, whatever the
// chunking, with memory bounded by the column count (columns merge pairwise), and built by the
// overview's streaming pass.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

#include "engine/audio/overview_builder.h"
#include "engine/audio/waveform_envelope.h"
#include "engine/melgram.h"

namespace tagscope::test {
namespace {

// One second of a 0.5-amplitude 440 Hz sine, then one second of digital silence.
std::vector<float> sineThenSilence() {
    std::vector<float> x(2 * kSampleRate, 0.0f);
    for (int i = 0; i < kSampleRate; ++i)
        x[std::size_t(i)] = float(0.5 * std::sin(2.0 * std::numbers::pi * 440.0 * i / kSampleRate));
    return x;
}

WaveformEnvelope envelopeInChunks(const std::vector<float>& x, int maxColumns, unsigned seed) {
    WaveformEnvelopeBuilder builder(maxColumns);
    std::mt19937 rng(seed);
    for (std::size_t at = 0; at < x.size();) {
        const std::size_t n = std::min(x.size() - at, std::size_t(1 + rng() % 3000));
        builder.push(x.data() + at, n);
        at += n;
    }
    return builder.finish();
}

TEST(WaveformEnvelope, SineColumnsHoldItsAmplitudeAndSilenceIsZero) {
    const std::vector<float> x = sineThenSilence();
    const WaveformEnvelope e = envelopeInChunks(x, 1 << 15, 1);
    ASSERT_EQ(e.samplesPerColumn, kHopSize);
    ASSERT_EQ(e.columns(), (x.size() + kHopSize - 1) / kHopSize);  // 94: the last one partial
    const std::size_t sineColumns = kSampleRate / kHopSize;        // 46 whole columns of sine
    for (std::size_t c = 0; c < sineColumns; ++c) {
        // 256 samples span 9.4 periods: the peaks are sampled within cos(π·440/12000) of 0.5.
        EXPECT_NEAR(e.maximum[c], 0.5f, 0.004f) << c;
        EXPECT_NEAR(e.minimum[c], -0.5f, 0.004f) << c;
        EXPECT_NEAR(e.rms[c], 0.5f / std::numbers::sqrt2_v<float>, 0.01f) << c;
    }
    for (std::size_t c = sineColumns + 1; c < e.columns(); ++c) {
        EXPECT_EQ(e.maximum[c], 0.0f) << c;
        EXPECT_EQ(e.minimum[c], 0.0f) << c;
        EXPECT_EQ(e.rms[c], 0.0f) << c;
    }
}

TEST(WaveformEnvelope, MergedColumnsEqualTheDirectComputation) {
    const std::vector<float> x = sineThenSilence();
    const WaveformEnvelope e = envelopeInChunks(x, 16, 7);
    // 24000 samples in at most 16 columns: 256 × 8 = 2048 samples per column, 12 columns.
    ASSERT_EQ(e.samplesPerColumn, 2048);
    ASSERT_EQ(e.columns(), 12u);
    for (std::size_t c = 0; c < e.columns(); ++c) {
        const std::size_t from = c * 2048, to = std::min(x.size(), from + 2048);
        const auto [lo, hi] = std::minmax_element(x.begin() + long(from), x.begin() + long(to));
        double squares = 0.0;
        for (std::size_t i = from; i < to; ++i) squares += double(x[i]) * x[i];
        EXPECT_EQ(e.minimum[c], *lo) << c;
        EXPECT_EQ(e.maximum[c], *hi) << c;
        EXPECT_NEAR(e.rms[c], std::sqrt(squares / double(to - from)), 1e-6) << c;
    }
}

TEST(WaveformEnvelope, OverviewBuildsItInTheSamePass) {
    const std::vector<float> x = sineThenSilence();
    OverviewBuilder builder(64);
    builder.push(x.data(), x.size());
    const Overview overview = builder.finish();
    // Both halve at the same budget: a column of each covers the same hop frames.
    EXPECT_EQ(overview.waveform.samplesPerColumn, overview.framesPerColumn * kHopSize);
    EXPECT_LE(overview.waveform.columns(), 64u);
    EXPECT_NEAR(overview.waveform.maximum.front(), 0.5f, 0.004f);
    EXPECT_EQ(overview.waveform.maximum.back(), 0.0f);
}

}  // namespace
}  // namespace tagscope::test
