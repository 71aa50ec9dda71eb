// The streaming analysis equals the spec's in-memory pipeline exactly (central clip, windows,
// overview), whatever the chunking and the track's length, and stays within its limits.

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <random>
#include <thread>

#include "audio/audio_test_util.h"
#include "engine/audio/central_clip_capture.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/overview_builder.h"
#include "engine/audio/track_stream.h"
#include "engine/audio/window_cutter.h"
#include "engine/error.h"
#include "support/cli_run.h"

namespace tagscope::test {
namespace {

std::vector<float> noise(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist(0.0f, 0.1f);
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = dist(rng) * float(1.0 + std::sin(double(i) * 1e-4));  // slowly varying level
    return x;
}

// Pushes x in chunks of pseudo-random sizes (1 to maxChunk samples).
template <typename Consumer>
void pushInChunks(Consumer& consumer, const std::vector<float>& x, std::size_t maxChunk,
                  unsigned seed) {
    std::mt19937 rng(seed);
    for (std::size_t at = 0; at < x.size();) {
        const std::size_t n = std::min(x.size() - at, 1 + rng() % maxChunk);
        consumer.push(x.data() + at, n);
        at += n;
    }
}

TEST(WindowCutter, WindowsFitTheTrackAndTheLastEndsWithIt) {
    const std::size_t hop = 174720;
    using Starts = std::vector<std::size_t>;
    EXPECT_EQ(windowStarts(0, hop), Starts{0});  // shorter than a window: one, padded
    EXPECT_EQ(windowStarts(kClipSamples, hop), Starts{0});
    EXPECT_EQ(windowStarts(kClipSamples + 1, hop), (Starts{0, 1}));  // ends at the end
    EXPECT_EQ(windowStarts(kClipSamples + hop, hop), (Starts{0, hop}));
    EXPECT_EQ(windowStarts(kClipSamples + hop + 1, hop), (Starts{0, hop, hop + 1}));
    // A 31 s track: 0–29.12 s and 1.88–31 s (not 14.56–43.68 s, two thirds padding).
    EXPECT_EQ(windowStarts(31 * 12000, hop), (Starts{0, 31 * 12000 - kClipSamples}));
    // A hop longer than a window leaves gaps, but the end is still covered.
    EXPECT_EQ(windowStarts(70 * 12000, 60 * 12000),
              (Starts{0, 60 * 12000 - (60 * 12000 + kClipSamples - 70 * 12000)}));
    for (std::size_t n : {500000u, 2000000u, 2000001u}) {
        const Starts starts = windowStarts(n, hop);
        EXPECT_EQ(starts.back() + kClipSamples, n);  // the last ends at the end
        for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
            EXPECT_LE(starts[k] + kClipSamples, n);  // every window inside the track
            if (k + 2 < starts.size()) {
                EXPECT_EQ(starts[k + 1], starts[k] + hop);
            }
            EXPECT_LE(starts[k + 1] - starts[k], hop);  // the tail overlaps more, never less
        }
    }
    EXPECT_THROW(hopSamplesFor(0.0), Error);
    EXPECT_THROW(hopSamplesFor(-1.0), Error);
    EXPECT_EQ(hopSamplesFor(14.56), 174720u);
}

TEST(WindowCutter, EqualsWindowsCutFromTheWholeSignal) {
    const std::size_t lengths[] = {1000, std::size_t(kClipSamples), std::size_t(kClipSamples) + 1,
                                   800000};
    for (const std::size_t n : lengths) {
        for (const std::size_t hop : {std::size_t(174720), std::size_t(400000)}) {
            SCOPED_TRACE("n=" + std::to_string(n) + " hop=" + std::to_string(hop));
            const std::vector<float> x = noise(n, unsigned(n));
            std::vector<AnalysisWindow> got;
            WindowCutter cutter(hop, [&](std::size_t index, const AnalysisWindow& w) {
                EXPECT_EQ(index, got.size());
                got.push_back(w);
            });
            pushInChunks(cutter, x, 50000, 7);
            cutter.finish();
            const std::vector<std::size_t> starts = windowStarts(n, hop);
            ASSERT_EQ(got.size(), starts.size());
            for (std::size_t k = 0; k < starts.size(); ++k) {
                EXPECT_EQ(got[k].startSeconds, double(starts[k]) / kSampleRate);
                EXPECT_EQ(got[k].melgram.values, melgramOfWindow(x.data(), n, starts[k]).values);
            }
        }
    }
}

TEST(OverviewBuilder, EqualsTheWholeSignalsSpectrogram) {
    for (const std::size_t n : {1u, 300u, 1023u, 1024u, 1025u, 100000u, 100255u}) {
        SCOPED_TRACE("n=" + std::to_string(n));
        const std::vector<float> x = noise(n, unsigned(n));
        OverviewBuilder builder(1 << 15);
        pushInChunks(builder, x, 3000, 3);
        const Overview overview = builder.finish();
        EXPECT_EQ(overview.framesPerColumn, 1);
        const Melgram expected = logMelSpectrogram(x.data(), n);
        ASSERT_EQ(overview.melgram.frames, expected.frames);
        EXPECT_EQ(overview.melgram.values, expected.values);
    }
}

TEST(OverviewBuilder, MergesColumnsBeyondItsBudget) {
    const std::size_t n = 256 * 1000;  // 1001 frames
    const std::vector<float> x = noise(n, 11);
    OverviewBuilder builder(64);
    pushInChunks(builder, x, 5000, 5);
    const Overview overview = builder.finish();
    // 1001 frames in at most 64 columns: 16 frames per column, 63 columns (the last partial).
    EXPECT_EQ(overview.framesPerColumn, 16);
    ASSERT_EQ(overview.melgram.frames, 63);
    // Column c is the mean mel power of frames [16c, 16c + 16), then the same dB and floor.
    const Melgram power = melPowerSpectrogram(x.data(), n);
    Melgram expected(kMelBands, 63);
    for (int c = 0; c < 63; ++c)
        for (int m = 0; m < kMelBands; ++m) {
            double sum = 0.0;
            int count = 0;
            for (int t = 16 * c; t < std::min(16 * c + 16, power.frames); ++t, ++count)
                sum += power.at(m, t);
            expected.at(m, c) = float(sum / count);
        }
    toDecibels(expected);
    // Pairwise merging sums in another order than one pass: equal to float rounding.
    EXPECT_LT(maxAbsDiff(overview.melgram.values, expected.values), 1e-3);
}

std::optional<Melgram> capture(const std::vector<float>& x, std::int64_t declared,
                               std::int64_t wholeLimit) {
    CentralClipCapture c(declared, wholeLimit);
    pushInChunks(c, x, 20000, 9);
    return c.finish();
}

TEST(CentralClipCapture, KeepsWhatTheCentreNeeds) {
    const std::size_t n = 3 * std::size_t(kClipSamples) + 12345;
    const std::vector<float> x = noise(n, 5);
    const Melgram expected = melgramFromSignal(x.data(), n);
    const auto declared = std::int64_t(n);
    // Whole (below the limit), and predicted from a declared length that is right or a minute
    // off: the same clip.
    EXPECT_EQ(capture(x, 0, std::int64_t(n))->values, expected.values);
    EXPECT_EQ(capture(x, declared, 100000)->values, expected.values);
    EXPECT_EQ(capture(x, declared + 60 * kSampleRate, 100000)->values, expected.values);
    // No estimate, or one far off: nothing (the caller decodes again)...
    EXPECT_FALSE(capture(x, 0, 100000));
    EXPECT_FALSE(capture(x, declared * 40, 100000));
    // ...exactly the central window, with the length now known.
    CentralClipCapture exact = CentralClipCapture::exactly(std::int64_t(centralWindowStart(n)));
    std::size_t pushed = 0;
    for (; pushed < n && !exact.complete(); pushed += 1000)
        exact.push(x.data() + pushed, std::min<std::size_t>(1000, n - pushed));
    EXPECT_LT(pushed, n);  // it needed less than the whole track
    EXPECT_EQ(exact.finish()->values, expected.values);
    // Short tracks: zero-padded.
    const std::vector<float> shortTrack = noise(5000, 3);
    EXPECT_EQ(capture(shortTrack, 0, 100000)->values,
              melgramFromSignal(shortTrack.data(), shortTrack.size()).values);
}

// The sample track through the product path against the spec's pipeline in memory.
TEST(TrackStream, SampleTrackEqualsTheInMemoryPipeline) {
    const std::string track = kTracks[3];
    AudioInfo info;
    const std::vector<float> signal = decodeTo12k(samplePath(track), ResamplerKind::Exact, &info);
    const std::size_t n = signal.size();

    StreamOptions options;
    options.windows = true;
    options.overviewColumns = 1 << 15;
    std::vector<AnalysisWindow> windows;
    AudioInfo opened;
    StreamCallbacks callbacks;
    callbacks.onOpen = [&](const AudioInfo& i) { opened = i; };
    callbacks.onWindow = [&](std::size_t, const AnalysisWindow& w) { windows.push_back(w); };
    const StreamedTrack s = streamTrack(samplePath(track), options, {}, callbacks);

    EXPECT_EQ(s.info.sampleRate, 44100);
    EXPECT_EQ(s.info.codec, "mp3");
    EXPECT_EQ(s.info.durationSeconds, info.durationSeconds);
    EXPECT_NEAR(opened.durationSeconds, info.durationSeconds, 0.1);  // the container's estimate
    EXPECT_EQ(s.central.values, melgramFromSignal(signal.data(), n).values);
    EXPECT_DOUBLE_EQ(s.centralStartSeconds, double((n - kClipSamples) / 2) / kSampleRate);
    EXPECT_EQ(s.overview.melgram.values, logMelSpectrogram(signal.data(), n).values);
    const std::vector<std::size_t> starts = windowStarts(n, 174720);
    ASSERT_EQ(windows.size(), starts.size());
    ASSERT_EQ(s.windowStarts.size(), starts.size());
    for (std::size_t k = 0; k < starts.size(); ++k)
        EXPECT_EQ(windows[k].melgram.values, melgramOfWindow(signal.data(), n, starts[k]).values);
    const double diff = maxAbsDiff(s.central.values, referenceMelgram(track).values);
    std::printf("%s: streamed central clip vs reference melgram: max %.3g dB\n", track.c_str(),
                diff);
    EXPECT_LT(diff, 5e-4);
}

TEST(TrackStream, LongFilesGetTheirExactCentreWhateverTheirHeaderSays) {
    // 16 minutes (beyond the whole-track limit) of 12 kHz CBR mp3. As is, the container's
    // duration is right and the centre is kept on the way. Followed by 20 MB of zeros, the
    // duration FFmpeg estimates from the file size is ~100 minutes, the predicted centre is
    // wrong, and a second pass must find the real one.
    TempDir dir;
    writeWav(dir.file("long.wav"), 12000, 1, musicLikeSignal(12000, 1, 16 * 60.0));
    ASSERT_TRUE(runFfmpeg("-i " + dir.file("long.wav") + " -c:a libmp3lame -b:a 32k " +
                          dir.file("true.mp3")));
    writeBytes(dir.file("padded.mp3"),
               readFile(dir.file("true.mp3")) + std::string(20u << 20, '\0'));
    for (const std::string name : {"true.mp3", "padded.mp3"}) {
        AudioInfo decoded;
        const std::vector<float> x = decodeTo12k(dir.file(name), ResamplerKind::Exact, &decoded);
        double declared = 0.0;
        StreamCallbacks callbacks;
        callbacks.onOpen = [&](const AudioInfo& info) { declared = info.durationSeconds; };
        const StreamedTrack s = streamTrack(dir.file(name), {}, {}, callbacks);
        EXPECT_NEAR(s.info.durationSeconds, 16 * 60.0, 0.2) << name;
        EXPECT_EQ(s.central.values, melgramFromSignal(x.data(), x.size()).values) << name;
        if (name == "true.mp3") {
            EXPECT_NEAR(declared, 16 * 60.0, 1.0);
            EXPECT_EQ(s.decodePasses, 1);
        } else {
            EXPECT_GT(declared, 60 * 60.0);
            EXPECT_EQ(s.decodePasses, 2);
        }
    }
}

TEST(TrackStream, RefusesImplausibleStreamsBeforeDecoding) {
    TempDir dir;
    // A 1 Hz WAV: 100,000 samples would resample to 1.2 billion.
    std::vector<std::int16_t> pcm(100000, 1000);
    writeWav(dir.file("one-hertz.wav"), 1, 1, pcm);
    writeWav(dir.file("ok.wav"), 8000, 1, std::vector<std::int16_t>(8000 * 20, 100));
    const auto started = std::chrono::steady_clock::now();
    try {
        streamTrack(dir.file("one-hertz.wav"), {}, {});
        ADD_FAILURE() << "1 Hz accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("sample rate 1 Hz"), std::string::npos) << e.what();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
    // The duration limit is configurable: 20 s of audio against a 10 s limit.
    ResourceLimits limits;
    limits.maxDurationSeconds = 10.0;
    try {
        streamTrack(dir.file("ok.wav"), {}, RunContext({}, limits));
        ADD_FAILURE() << "duration limit ignored";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("limit"), std::string::npos) << e.what();
    }
    EXPECT_NO_THROW(streamTrack(dir.file("ok.wav"), {}, {}));
}

TEST(TrackStream, StopsSoonAfterItIsAsked) {
    TempDir dir;
    writeWav(dir.file("ten-minutes.wav"), 44100, 2, musicLikeSignal(44100, 2, 600.0));
    std::stop_source stop;
    double progressed = 0.0, total = 0.0;
    const RunContext context(stop.get_token(), {}, [&](const Progress& p) {
        progressed = p.seconds;
        total = p.totalSeconds;
    });
    std::chrono::steady_clock::time_point stoppedAt, endedAt;
    bool cancelled = false;
    std::thread worker([&] {
        try {
            StreamOptions options;
            options.windows = true;
            options.overviewColumns = 4096;
            streamTrack(dir.file("ten-minutes.wav"), options, context);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        endedAt = std::chrono::steady_clock::now();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stoppedAt = std::chrono::steady_clock::now();
    stop.request_stop();
    worker.join();
    EXPECT_TRUE(cancelled);
    EXPECT_LT(progressed, total);  // it did not simply run to the end
    const double latencyMs = std::chrono::duration<double, std::milli>(endedAt - stoppedAt).count();
    std::printf("stop took effect after %.1f ms (decoded %.0f of %.0f s)\n", latencyMs, progressed,
                total);
    EXPECT_LT(latencyMs, 1000.0);  // generous for a loaded machine; typically a few ms
}

}  // namespace
}  // namespace tagscope::test
