// Padding and silence of analysis windows (window_level.h) and the warnings made of them.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/audio/window_cutter.h"
#include "engine/audio/window_level.h"
#include "engine/melgram.h"
#include "engine/report/window_warnings.h"

namespace tagscope {
namespace {

std::vector<float> tone(double seconds, double amplitude) {
    std::vector<float> x(std::size_t(seconds * kSampleRate));
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = float(amplitude * std::sin(2.0 * M_PI * 440.0 * double(i) / kSampleRate));
    return x;
}

std::vector<WindowLevel> cutLevels(const std::vector<float>& signal) {
    std::vector<WindowLevel> levels;
    WindowCutter cutter(hopSamplesFor(14.56),
                        [&](std::size_t, const AnalysisWindow& w) { levels.push_back(w.level); });
    cutter.push(signal.data(), signal.size());
    cutter.finish();
    return levels;
}

TEST(WindowLevel, AShortToneIsOneMostlyPaddedWindowAtItsLevel) {
    const std::vector<WindowLevel> levels = cutLevels(tone(10.0, 0.5));
    ASSERT_EQ(levels.size(), 1u);
    EXPECT_NEAR(levels[0].paddingShare, 1.0 - 10.0 / 29.12, 1e-6);
    EXPECT_TRUE(levels[0].mostlyPadding());
    // A sine's RMS is its amplitude / √2: −9.03 dBFS, measured over the music only.
    EXPECT_NEAR(*levels[0].rmsDb, 20.0 * std::log10(0.5 / std::sqrt(2.0)), 0.01);
    EXPECT_FALSE(levels[0].silent());
}

TEST(WindowLevel, DigitalSilenceAndAQuietToneAreSilentALoudOneIsNot) {
    for (const WindowLevel& level : cutLevels(std::vector<float>(60 * kSampleRate, 0.0f))) {
        EXPECT_EQ(*level.rmsDb, kFloorDb);
        EXPECT_TRUE(level.silent());
        EXPECT_EQ(level.paddingShare, 0.0);
    }
    EXPECT_TRUE(cutLevels(tone(40.0, 0.0005))[0].silent());  // −69 dBFS
    EXPECT_FALSE(cutLevels(tone(40.0, 0.005))[0].silent());  // −49 dBFS
}

TEST(WindowLevel, PaddingFollowsFromTheDurationForStoredResults) {
    EXPECT_NEAR(paddingShareOf(0.0, 10.0), 1.0 - 10.0 / 29.12, 1e-12);
    EXPECT_EQ(paddingShareOf(14.56, 60.0), 0.0);
    EXPECT_EQ(paddingShareOf(0.0, 0.0), 0.0);  // unknown duration: no claim
}

TEST(WindowWarnings, NameTheShortTrackAndTheSilentWindows) {
    TagResult r;
    r.info.durationSeconds = 20.0;
    r.centralLevel = {1.0 - 20.0 / 29.12, -20.0};
    EXPECT_EQ(resultWarnings(r),
              std::vector<std::string>{"shorter than 29.12 s (20.00 s): the network's input is "
                                       "31 % zero padding"});
    r.info.durationSeconds = 100.0;
    r.centralLevel = {0.0, -80.0};
    for (double start : {0.0, 14.56, 29.12})
        r.segments.push_back({start, {}, {0.0, start < 20.0 ? -90.0 : -30.0}});
    EXPECT_EQ(resultWarnings(r),
              (std::vector<std::string>{
                  "the central window is silent (RMS -80.0 dBFS, below -60 dBFS)",
                  "2 of 3 windows silent (RMS below -60 dBFS), starting at 0.00 s, 14.56 s"}));
    r.segments.clear();
    r.centralLevel = {0.0, std::nullopt};  // served from a store: loudness unknown
    EXPECT_TRUE(resultWarnings(r).empty());
}

}  // namespace
}  // namespace tagscope
