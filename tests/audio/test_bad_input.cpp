// Unreadable input gives a one-line Error naming the file; never a crash or FFmpeg log output.

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <fstream>
#include <iterator>
#include <random>
#include <thread>

#include "audio/audio_test_util.h"
#include "engine/audio/audio_decoder.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/track_stream.h"
#include "engine/error.h"

namespace tagscope::test {
namespace {

// A 44-byte WAV header with the given fields, followed by dataBytes of payload.
std::string wavHeader(int channels, int rate, std::uint32_t claimedBytes, std::size_t dataBytes) {
    std::string s;
    auto put = [&](std::uint32_t v, int n) {
        for (int i = 0; i < n; ++i) s += char((v >> (8 * i)) & 0xff);
    };
    s += "RIFF";
    put(36 + claimedBytes, 4);
    s += "WAVEfmt ";
    put(16, 4);
    put(1, 2);
    put(std::uint32_t(channels), 2);
    put(std::uint32_t(rate), 4);
    put(std::uint32_t(rate * channels * 2), 4);
    put(std::uint32_t(channels * 2), 2);
    put(16, 2);
    s += "data";
    put(claimedBytes, 4);
    for (std::size_t i = 0; i < dataBytes; ++i) s += char((i * 37) & 0xff);
    return s;
}

// Everything the streaming analysis is asked for, windows and overview included.
StreamedTrack analyse(const std::string& path, std::vector<AnalysisWindow>* windows = nullptr) {
    StreamOptions options;
    options.windows = true;
    options.overviewColumns = 1 << 15;
    StreamCallbacks callbacks;
    callbacks.onWindow = [&](std::size_t, const AnalysisWindow& w) {
        if (windows) windows->push_back(w);
    };
    return streamTrack(path, options, {}, callbacks);
}

void expectError(const std::string& path) {
    try {
        analyse(path);
        ADD_FAILURE() << "no error for " << path;
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.rfind(path + ": ", 0), 0u) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        EXPECT_GT(message.size(), path.size() + 2);
    }
}

TEST(BadInput, EachGivesOneLineError) {
    TempDir dir;
    std::mt19937 rng(99);
    std::string random(20000, '\0');
    for (char& c : random) c = char(rng() & 0xff);
    // A valid 1×1 PNG: a real file, but no audio stream.
    const unsigned char pngBytes[] = {
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
        0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00,
        0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78,
        0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92,
        0xef, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
    const std::string png(reinterpret_cast<const char*>(pngBytes), sizeof pngBytes);
    const std::vector<std::pair<std::string, std::string>> files = {
        {"empty.mp3", ""},
        {"random.bin", random},
        {"text.wav", "This is not a sound file, just some text renamed to .wav\n"},
        {"header-only.wav", wavHeader(2, 44100, 1000000, 0)},
        {"zero-channels.wav", wavHeader(0, 44100, 4000, 4000)},
        {"zero-rate.wav", wavHeader(1, 0, 4000, 4000)},
        {"image.png", png},
    };
    for (const auto& [name, bytes] : files) {
        writeBytes(dir.file(name), bytes);
        SCOPED_TRACE(name);
        expectError(dir.file(name));
    }
    expectError(dir.file("does-not-exist.mp3"));
    expectError(dir.file(""));  // the folder itself
}

TEST(BadInput, TruncatedFilesDecodeWhatIsThere) {
    TempDir dir;
    // A WAV header claiming more data than present: the samples that are there are decoded.
    std::string wav = wavHeader(1, 44100, 1000000, 44100);
    writeBytes(dir.file("short-data.wav"), wav);
    AudioInfo info;
    const std::vector<float> signal =
        decodeTo12k(dir.file("short-data.wav"), ResamplerKind::Exact, &info);
    EXPECT_NEAR(info.durationSeconds, 0.5, 1e-3);
    EXPECT_EQ(signal.size(), std::size_t(resampledLength(22050, 44100)));

    // An mp3 cut in half still gives its first half.
    const std::string mp3 = samplePath(kTracks[0]);
    std::ifstream in(mp3, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    writeBytes(dir.file("half.mp3"), bytes.substr(0, bytes.size() / 2));
    const StreamedTrack half = analyse(dir.file("half.mp3"));
    EXPECT_GT(half.info.durationSeconds, 10.0);
    EXPECT_TRUE(allFinite(half.central.values));

    // Only the first kilobyte: at most a few frames, or a clean error.
    writeBytes(dir.file("stub.mp3"), bytes.substr(0, 1024));
    try {
        const StreamedTrack stub = analyse(dir.file("stub.mp3"));
        EXPECT_TRUE(allFinite(stub.central.values));
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()).rfind(dir.file("stub.mp3") + ": ", 0), 0u);
    }
}

TEST(BadInput, ShortAndSilentClipsAreFinite) {
    TempDir dir;
    writeWav(dir.file("silence.wav"), 44100, 2, std::vector<std::int16_t>(2 * 44100 * 3, 0));
    writeWav(dir.file("half-second.wav"), 22050, 1, musicLikeSignal(22050, 1, 0.5));
    for (const char* name : {"silence.wav", "half-second.wav"}) {
        std::vector<AnalysisWindow> windows;
        const StreamedTrack a = analyse(dir.file(name), &windows);
        EXPECT_TRUE(allFinite(a.central.values)) << name;
        EXPECT_TRUE(allFinite(a.overview.melgram.values)) << name;
        ASSERT_EQ(windows.size(), 1u) << name;
        EXPECT_EQ(windows[0].melgram.values, a.central.values) << name;
    }
}

// An mp3 whose Xing header claims two billion frames (650 days): nothing is sized from it.
TEST(BadInput, LyingXingFrameCountIsHarmless) {
    TempDir dir;
    writeWav(dir.file("music.wav"), 44100, 2, musicLikeSignal(44100, 2, 40.0));
    ASSERT_TRUE(runFfmpeg("-i " + dir.file("music.wav") + " -c:a libmp3lame -q:a 4 " +
                          dir.file("honest.mp3")));
    std::ifstream in(dir.file("honest.mp3"), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t xing = bytes.find("Xing");
    if (xing == std::string::npos) xing = bytes.find("Info");
    ASSERT_NE(xing, std::string::npos);
    ASSERT_TRUE(bytes[xing + 7] & 1);  // the frame-count field is present
    bytes.replace(xing + 8, 4, "\x7f\xff\xff\xff");
    writeBytes(dir.file("lying.mp3"), bytes);

    struct rusage before {
    }, after{};
    getrusage(RUSAGE_SELF, &before);
    std::vector<AnalysisWindow> honestWindows, lyingWindows;
    const StreamedTrack honest = analyse(dir.file("honest.mp3"), &honestWindows);
    const StreamedTrack lying = analyse(dir.file("lying.mp3"), &lyingWindows);
    getrusage(RUSAGE_SELF, &after);
    EXPECT_LT(after.ru_maxrss - before.ru_maxrss, 200 * 1024);  // kB
    EXPECT_NEAR(lying.info.durationSeconds, 40.0, 0.1);
    EXPECT_EQ(lyingWindows.size(), honestWindows.size());
    // The header also moves FFmpeg's gapless trimming by a few samples, so the reference is the
    // same file's signal in memory.
    const std::vector<float> signal = decodeTo12k(dir.file("lying.mp3"));
    EXPECT_EQ(lying.central.values, melgramFromSignal(signal.data(), signal.size()).values);
}

TEST(BadInput, DecodersRunInParallel) {
    std::vector<std::vector<float>> results(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] { results[i] = decodeTo12k(samplePath(kTracks[i % 2])); });
    for (auto& t : threads) t.join();
    EXPECT_EQ(results[0], results[2]);
    EXPECT_EQ(results[1], results[3]);
    EXPECT_LT(maxAbsDiff(results[0], loadNpyValues(referencePcm(kTracks[0]))), 2e-5);
}

}  // namespace
}  // namespace tagscope::test
