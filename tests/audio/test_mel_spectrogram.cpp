// Mel-spectrogram properties that don't need the oracle: band placement, edge cases.

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "audio/audio_test_util.h"
#include "engine/audio/mel_spectrogram.h"

namespace tagscope::test {
namespace {

// Centre frequency of mel band m, c[m+1] of spec step 5, computed here independently.
double bandCentreHz(int m) {
    auto toMel = [](double f) {
        return f < 1000 ? 3 * f / 200 : 15 + std::log(f / 1000) * 27 / std::log(6.4);
    };
    auto toHz = [](double mel) {
        return mel < 15 ? 200 * mel / 3 : 1000 * std::exp((mel - 15) * std::log(6.4) / 27);
    };
    return toHz(toMel(6000.0) * (m + 1) / 97.0);
}

int loudestBand(const Melgram& mel, int frame) {
    int best = 0;
    for (int m = 1; m < mel.bands; ++m)
        if (mel.at(m, frame) > mel.at(best, frame)) best = m;
    return best;
}

TEST(MelSpectrogram, SineLandsInItsBand) {
    for (const double hz : {1000.0, 250.0, 3000.0}) {
        std::vector<float> x(kClipSamples);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = float(0.5 * std::sin(2 * std::numbers::pi * hz * double(i) / kSampleRate));
        const Melgram mel = melgramFromSignal(x.data(), x.size());
        int expected = 0;
        for (int m = 1; m < kMelBands; ++m)
            if (std::abs(bandCentreHz(m) - hz) < std::abs(bandCentreHz(expected) - hz))
                expected = m;
        EXPECT_EQ(loudestBand(mel, kClipFrames / 2), expected) << hz << " Hz";
    }
}

TEST(MelSpectrogram, ShapeAndFloor) {
    std::vector<float> x(30000);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = float(std::sin(0.05 * double(i)));
    const Melgram overview = logMelSpectrogram(x.data(), x.size());
    EXPECT_EQ(overview.bands, kMelBands);
    EXPECT_EQ(overview.frames, int(1 + x.size() / kHopSize));
    float top = -1e9f, bottom = 1e9f;
    for (float v : overview.values) top = std::max(top, v), bottom = std::min(bottom, v);
    EXPECT_NEAR(top - bottom, 80.0f, 1e-3f);
}

TEST(MelSpectrogram, SilenceAndShortSignalsAreFinite) {
    const std::vector<float> silence(kClipSamples, 0.0f);
    const Melgram quiet = melgramFromSignal(silence.data(), silence.size());
    ASSERT_TRUE(allFinite(quiet.values));
    for (float v : quiet.values) EXPECT_FLOAT_EQ(v, quiet.values[0]);
    EXPECT_NEAR(quiet.values[0], -100.0f, 1e-3f);

    for (std::size_t n : {0, 1, 2, 100, 6000}) {
        std::vector<float> x(n);
        for (std::size_t i = 0; i < n; ++i) x[i] = float(std::cos(0.3 * double(i)));
        const Melgram clip = melgramFromSignal(x.data(), n);
        EXPECT_EQ(clip.frames, kClipFrames);
        EXPECT_TRUE(allFinite(clip.values)) << n;
        const Melgram overview = logMelSpectrogram(x.data(), n);
        EXPECT_EQ(overview.frames, int(1 + n / kHopSize));
        EXPECT_TRUE(allFinite(overview.values)) << n;
    }
}

TEST(MelSpectrogram, CentralWindowRule) {
    EXPECT_EQ(centralWindowStart(100), 0u);
    EXPECT_EQ(centralWindowStart(kClipSamples), 0u);
    EXPECT_EQ(centralWindowStart(kClipSamples + 11), 5u);
    EXPECT_EQ(centralWindowStart(kClipSamples + 12), 6u);
}

}  // namespace
}  // namespace tagscope::test
