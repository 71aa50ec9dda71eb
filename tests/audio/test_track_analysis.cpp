// Whole-track analysis: the central window is the original's input; windows cover the track.

#include <gtest/gtest.h>

#include "audio/audio_test_util.h"
#include "engine/audio/track_analysis.h"
#include "engine/error.h"

namespace tagscope::test {
namespace {

TEST(TrackAnalysis, WindowStartsCoverTheTrack) {
    const std::size_t hop = 174720;
    EXPECT_EQ(windowStarts(0, hop), std::vector<std::size_t>{0});
    EXPECT_EQ(windowStarts(kClipSamples, hop), std::vector<std::size_t>{0});
    EXPECT_EQ(windowStarts(kClipSamples + 1, hop), (std::vector<std::size_t>{0, hop}));
    EXPECT_EQ(windowStarts(kClipSamples + hop, hop), (std::vector<std::size_t>{0, hop}));
    EXPECT_EQ(windowStarts(kClipSamples + hop + 1, hop),
              (std::vector<std::size_t>{0, hop, 2 * hop}));
    for (std::size_t n : {500000u, 2000000u}) {
        const auto starts = windowStarts(n, hop);
        EXPECT_GE(starts.back() + kClipSamples, n);
        EXPECT_LT(starts.back(), n);
    }
}

TEST(TrackAnalysis, SampleTrack) {
    const std::string track = kTracks[3];
    const TrackAnalysis a = analyseFile(samplePath(track));
    const std::size_t n = a.signal.size();
    EXPECT_EQ(a.info.sampleRate, 44100);
    EXPECT_GE(a.info.channels, 1);
    EXPECT_EQ(a.info.codec, "mp3");
    EXPECT_NEAR(a.info.durationSeconds, double(n) / kSampleRate, 1e-3);
    EXPECT_LT(maxAbsDiff(a.central.values, referenceMelgram(track).values), 0.05);
    EXPECT_DOUBLE_EQ(a.centralStartSeconds, double((n - kClipSamples) / 2) / kSampleRate);
    EXPECT_EQ(a.overview.frames, int(1 + n / kHopSize));
    ASSERT_EQ(a.windows.size(), 2u);
    EXPECT_EQ(a.windows[0].startSeconds, 0.0);
    EXPECT_DOUBLE_EQ(a.windows[1].startSeconds, 14.56);
    for (const AnalysisWindow& w : a.windows) {
        EXPECT_EQ(w.melgram.frames, kClipFrames);
        EXPECT_TRUE(allFinite(w.melgram.values));
    }
    EXPECT_TRUE(allFinite(a.overview.values));
}

TEST(TrackAnalysis, RejectsBadHop) {
    AnalysisOptions options;
    options.hopSeconds = 0.0;
    EXPECT_THROW(analyseFile(samplePath(kTracks[0]), options), Error);
}

}  // namespace
}  // namespace tagscope::test
