// The same music in different containers and codecs gives (nearly) the same melgram; stereo is
// averaged to mono. The encodings are made with the ffmpeg program found at configure time.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "audio/audio_test_util.h"
#include "engine/audio/audio_decoder.h"
#include "engine/audio/track_stream.h"

namespace tagscope::test {
namespace {

class Formats : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        ASSERT_FALSE(ffmpegProgram().empty())
            << "the ffmpeg program was not found at configure time; it is needed to encode "
               "the test files (install ffmpeg and re-run cmake)";
        writeWav(dir_->file("music.wav"), 44100, 2, musicLikeSignal(44100, 2, 10.0));
        const std::string wav = "\"" + dir_->file("music.wav") + "\"";
        const std::string meta = " -metadata title=Song -metadata artist=Band -metadata album=LP ";
        const std::vector<std::pair<std::string, std::string>> encodings = {
            {"music.flac", "-c:a flac"},
            {"music.ogg", "-c:a libvorbis -q:a 6"},
            {"music.mp3", "-c:a libmp3lame -b:a 192k"},
            {"music.m4a", "-c:a aac -b:a 192k"},
            {"mono.wav", "-ac 1 -c:a pcm_s16le"},
        };
        for (const auto& [name, codec] : encodings)
            ASSERT_TRUE(runFfmpeg("-i " + wav + meta + codec + " \"" + dir_->file(name) + "\""))
                << "ffmpeg could not make " << name;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::string file(const std::string& name) { return dir_->file(name); }

    static TempDir* dir_;
};

TempDir* Formats::dir_ = nullptr;

TEST_F(Formats, LosslessIsIdentical) {
    AudioInfo wavInfo, flacInfo;
    const std::vector<float> wav = decodeTo12k(file("music.wav"), ResamplerKind::Exact, &wavInfo);
    const std::vector<float> flac =
        decodeTo12k(file("music.flac"), ResamplerKind::Exact, &flacInfo);
    EXPECT_EQ(wav, flac);
    EXPECT_EQ(wavInfo.codec, "pcm_s16le");
    EXPECT_EQ(flacInfo.codec, "flac");
    EXPECT_EQ(flacInfo.channels, 2);
    EXPECT_EQ(flacInfo.sampleRate, 44100);
    EXPECT_NEAR(flacInfo.durationSeconds, 10.0, 1e-6);
    EXPECT_EQ(flacInfo.title, "Song");
    EXPECT_EQ(flacInfo.artist, "Band");
    EXPECT_EQ(flacInfo.album, "LP");
}

TEST_F(Formats, WavSamplesAreExactIntegers) {
    const std::vector<std::int16_t> pcm = musicLikeSignal(44100, 2, 10.0);
    AudioDecoder decoder(file("music.wav"));
    std::vector<float> mono;
    decoder.decode([&](const float* x, std::size_t n) { mono.insert(mono.end(), x, x + n); });
    ASSERT_EQ(mono.size(), pcm.size() / 2);
    for (std::size_t i = 0; i < mono.size(); i += 997)
        EXPECT_EQ(mono[i],
                  (float(pcm[2 * i]) / 32768.0f + float(pcm[2 * i + 1]) / 32768.0f) / 2.0f);
}

TEST_F(Formats, StereoEqualsItsMonoDownmixClosely) {
    const std::vector<float> stereo = decodeTo12k(file("music.wav"));
    const std::vector<float> mono = decodeTo12k(file("mono.wav"));
    ASSERT_EQ(stereo.size(), mono.size());
    // ffmpeg's own downmix rounds to 16 bits again: at most one step apart.
    EXPECT_LT(maxAbsDiff(stereo, mono), 2.0 / 32768);
    EXPECT_LT(meanAbsDiff(streamTrack(file("music.wav"), {}, {}).central.values,
                          streamTrack(file("mono.wav"), {}, {}).central.values),
              0.05);
}

TEST_F(Formats, LossyCodecsAreClose) {
    const StreamedTrack wav = streamTrack(file("music.wav"), {}, {});
    for (const char* name : {"music.ogg", "music.mp3", "music.m4a"}) {
        const StreamedTrack lossy = streamTrack(file(name), {}, {});
        EXPECT_NEAR(lossy.info.durationSeconds, 10.0, 0.06) << name;
        EXPECT_EQ(lossy.info.title, "Song") << name;
        ASSERT_EQ(lossy.central.values.size(), wav.central.values.size());
        // Compare the bands that hold the music (lossy codecs drop near-silent detail).
        double sum = 0.0;
        int count = 0;
        for (std::size_t i = 0; i < wav.central.values.size(); ++i)
            if (wav.central.values[i] > -40.0f) {
                sum += std::abs(double(lossy.central.values[i]) - wav.central.values[i]);
                ++count;
            }
        const double mean = sum / count;
        std::printf("%s: mean abs melgram difference to WAV %.3f dB (over %d bins)\n", name, mean,
                    count);
        EXPECT_LT(mean, 1.5) << name;
    }
}

// An .mp3 that starts with an mp3 frame (after its ID3 tag) is opened with the mp3 demuxer
// without probing; anything else named .mp3 is still probed and read as what it is. Either way
// the samples are those of the file's real format.
TEST_F(Formats, FilesNamedMp3AreReadAsWhatTheyAre) {
    ASSERT_TRUE(runFfmpeg("-i \"" + file("music.mp3") +
                          "\" -c copy -map_metadata -1 -id3v2_version 0 -write_xing 0 \"" +
                          file("bare.mp3") + "\""));
    // The same bytes under a name that is probed: the same samples.
    for (const std::string name : {"music.mp3", "bare.mp3"}) {
        const std::string probed = file(name + ".audio"), upper = file(name + ".MP3");
        for (const std::string& copy : {probed, upper})
            std::filesystem::copy_file(file(name), copy,
                                       std::filesystem::copy_options::overwrite_existing);
        const std::vector<float> samples = decodeTo12k(file(name));
        EXPECT_EQ(samples, decodeTo12k(probed)) << name;
        EXPECT_EQ(samples, decodeTo12k(upper)) << name;
    }
    for (const std::string name : {"music.wav", "music.flac", "music.ogg", "music.m4a"}) {
        const std::string misnamed = file(name + ".mp3");
        std::filesystem::copy_file(file(name), misnamed,
                                   std::filesystem::copy_options::overwrite_existing);
        AudioInfo info;
        EXPECT_EQ(decodeTo12k(misnamed, ResamplerKind::Exact, &info), decodeTo12k(file(name)))
            << name;
        EXPECT_NE(info.codec, "mp3") << name;
    }
    // An (empty) ID3v2 tag in front of FLAC: FFmpeg's probe looks past it and finds FLAC.
    std::ifstream flac(file("music.flac"), std::ios::binary);
    std::ofstream tagged(file("tagged-flac.mp3"), std::ios::binary);
    tagged << std::string("ID3\x04\0\0\0\0\0\0", 10) << flac.rdbuf();
    tagged.close();
    AudioInfo info;
    decodeTo12k(file("tagged-flac.mp3"), ResamplerKind::Exact, &info);
    EXPECT_EQ(info.codec, "flac");
}

}  // namespace
}  // namespace tagscope::test
