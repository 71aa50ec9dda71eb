// tagscope-cli on audio files: the original's printed results from the mp3s themselves, the
// same music in every format, and a batch that goes on past broken files.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "engine/report/tag_result.h"
#include "engine/tags.h"
#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
using nlohmann::json;
using test::CliRun;
using test::runCli;

constexpr double kPrintedTolerance = 0.0006;

int tagIndex(const std::string& name) {
    for (std::size_t k = 0; k < kTagCount; ++k)
        if (tagNames()[k] == name) return int(k);
    ADD_FAILURE() << "unknown tag " << name;
    return 0;
}

std::vector<float> probabilitiesOf(const json& entry) {
    std::vector<float> p;
    for (auto name : tagNames())
        p.push_back(entry.at("probabilities").at(std::string(name)).get<float>());
    return p;
}

// Checks every value the original README printed against `results` (one JSON entry per
// (track, model), the tracks in the printed order).
void expectPrintedValues(const json& results) {
    const auto printed = test::readPrintedResults();
    int checked = 0;
    for (const auto& [network, tracks] : printed)
        for (std::size_t t = 0; t < tracks.size(); ++t) {
            const json* entry = nullptr;
            for (const json& e : results)
                if (e.at("model") == network &&
                    std::filesystem::path(e.at("file").get<std::string>()).filename() ==
                        tracks[t].file)
                    entry = &e;
            ASSERT_NE(entry, nullptr) << network << " " << tracks[t].file;
            const std::vector<float> p = probabilitiesOf(*entry);
            for (const auto& [tag, value] : tracks[t].tags) {
                EXPECT_NEAR(p[tagIndex(tag)], value, kPrintedTolerance)
                    << network << " " << tracks[t].file << " " << tag;
                ++checked;
            }
        }
    EXPECT_EQ(checked, 120);
}

TEST(CliAudio, BatchOfTheFourMp3sReproducesThePrintedResults) {
    std::vector<std::string> args = {"tag",   "--model",  "both", "--norm",
                                     "batch", "--format", "json"};
    for (const std::string& track : test::sampleTrackPaths()) args.push_back(track);
    const CliRun run = runCli(args);
    ASSERT_EQ(run.status, 0) << run;
    expectPrintedValues(json::parse(run.out));
}

TEST(CliAudio, EachMp3AloneWithTheDefaultCalibrationReproducesThePrintedResults) {
    json all = json::array();
    for (const std::string& track : test::sampleTrackPaths()) {
        const CliRun run = runCli({"tag", "--model", "both", "--format", "json", track});
        ASSERT_EQ(run.status, 0) << run;
        for (const json& entry : json::parse(run.out)) {
            EXPECT_EQ(entry.at("norm"), "calibrated");
            all.push_back(entry);
        }
    }
    expectPrintedValues(all);
}

class AudioFormats : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir("tagscope-test-formats");
        // 20 s of real music (shorter than a clip: zero-padded as the original does).
        const std::string source = test::sampleTrackPaths()[3];
        ASSERT_TRUE(
            ffmpeg("-t 20 -i \"" + source + "\" -c:a pcm_s16le \"" + file("music.wav") + "\""));
        for (const auto& [name, codec] : std::vector<std::pair<std::string, std::string>>{
                 {"music.flac", "-c:a flac"},
                 {"music.ogg", "-c:a libvorbis -q:a 6"},
                 {"music.mp3", "-c:a libmp3lame -b:a 192k"},
                 {"music.m4a", "-c:a aac -b:a 192k"},
                 {"mono.wav", "-ac 1 -c:a pcm_s16le"}})
            ASSERT_TRUE(
                ffmpeg("-i \"" + file("music.wav") + "\" " + codec + " \"" + file(name) + "\""))
                << name;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static bool ffmpeg(const std::string& args) {
        const std::string command =
            std::string("\"") + TAGSCOPE_TEST_FFMPEG + "\" -nostdin -v error -y " + args;
        return std::system(command.c_str()) == 0;
    }
    static std::string file(const std::string& name) { return dir_->file(name); }
    static std::map<std::string, std::vector<float>> tagAll() {
        std::vector<std::string> args = {"tag", "--format", "json"};
        for (const char* name :
             {"music.wav", "music.flac", "music.ogg", "music.mp3", "music.m4a", "mono.wav"})
            args.push_back(file(name));
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, 0) << run;
        std::map<std::string, std::vector<float>> result;
        for (const json& entry : json::parse(run.out))
            result[std::filesystem::path(entry.at("file").get<std::string>()).filename().string()] =
                probabilitiesOf(entry);
        return result;
    }
    static test::TempDir* dir_;
};
test::TempDir* AudioFormats::dir_ = nullptr;

TEST_F(AudioFormats, EveryFormatGivesTheSameTopFiveTags) {
    const auto tags = tagAll();
    ASSERT_EQ(tags.size(), 6u);
    const std::vector<int> top = topTags(tags.at("music.wav"), 5);
    const std::set<int> reference(top.begin(), top.end());
    for (const char* name : {"music.flac", "music.ogg", "music.mp3", "music.m4a"}) {
        const std::vector<int> other = topTags(tags.at(name), 5);
        EXPECT_EQ(std::set<int>(other.begin(), other.end()), reference) << name;
    }
    // Lossless is the same signal: the same numbers.
    for (std::size_t k = 0; k < kTagCount; ++k)
        EXPECT_EQ(tags.at("music.flac")[k], tags.at("music.wav")[k]) << tagNames()[k];
}

TEST_F(AudioFormats, StereoAndItsMonoDownmixGiveTheSameTags) {
    const auto tags = tagAll();
    const std::vector<float>& stereo = tags.at("music.wav");
    const std::vector<float>& mono = tags.at("mono.wav");
    EXPECT_EQ(topTags(stereo, 5), topTags(mono, 5));
    for (std::size_t k = 0; k < kTagCount; ++k)
        EXPECT_NEAR(stereo[k], mono[k], 0.002) << tagNames()[k];
}

// --resampler fast (libsoxr) instead of the original's resampy: how far the tags move.
TEST(CliAudio, FastResamplerMovesTagsLittle) {
    std::vector<std::string> args = {"tag", "--model", "both", "--format", "json"};
    for (const std::string& path : test::sampleTrackPaths()) args.push_back(path);
    const CliRun exact = runCli(args);
    args.push_back("--resampler");
    args.push_back("fast");
    const CliRun fast = runCli(args);
    ASSERT_EQ(exact.status, 0) << exact;
    ASSERT_EQ(fast.status, 0) << fast;
    const json a = json::parse(exact.out), b = json::parse(fast.out);
    ASSERT_EQ(a.size(), 8u);
    ASSERT_EQ(b.size(), 8u);
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::vector<float> p = probabilitiesOf(a[i]), q = probabilitiesOf(b[i]);
        EXPECT_EQ(topTags(p, 5), topTags(q, 5)) << a[i].at("file") << " " << a[i].at("model");
        for (std::size_t k = 0; k < kTagCount; ++k)
            worst = std::max(worst, std::abs(double(p[k]) - q[k]));
    }
    std::printf("fast resampler: largest tag probability change %.4f\n", worst);
    EXPECT_LT(worst, 0.01);  // achieved: 0.0051
}

TEST(CliAudio, BatchGoesOnPastBrokenFilesAndNamesEach) {
    const test::TempDir dir("tagscope-test-broken");
    const std::string noise = dir.file("noise.mp3"), text = dir.file("notes.wav");
    std::ofstream(noise, std::ios::binary) << std::string(4096, '\x5a') << "garbage";
    std::ofstream(text) << "this is not audio\n";
    const std::string missing = dir.file("missing.flac");
    const std::string good = test::sampleTrackPaths()[0];
    const CliRun run = runCli({"tag", "--format", "csv", noise, good, text, missing});
    EXPECT_EQ(run.status, 1) << run;
    const auto out = test::lines(run.out);
    ASSERT_EQ(out.size(), 2u) << run;
    EXPECT_TRUE(out[1].starts_with(good + ",cnn,")) << out[1];
    const auto err = test::lines(run.err);
    ASSERT_EQ(err.size(), 3u) << run;
    for (const std::string& path : {noise, text, missing}) {
        int mentions = 0;
        for (const std::string& line : err) mentions += line.find(path) != std::string::npos;
        EXPECT_EQ(mentions, 1) << path << "\n" << run;
    }
}

}  // namespace
}  // namespace tagscope
