// tagscope-cli explain end to end: the map's file (shape, dtype, values), its alignment with
// what `melgram` writes, the PNG and WAV outputs, --window, and the errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>

#include "engine/io/npy.h"
#include "engine/io/wav_file.h"
#include "engine/melgram.h"
#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

using test::CliRun;
using test::readFile;
using test::runCli;
using test::TempDir;

std::string jazzPiano() {
    return test::sampleTrackPaths()[3];  // bensound-thejazzpiano.mp3
}

// The (96, 1366) float32 map, checked for shape and dtype.
std::vector<float> readMap(const std::string& path) {
    const std::string bytes = readFile(path);
    EXPECT_NE(bytes.find("'descr': '<f4'"), std::string::npos) << "not float32";
    const NpyArray map = readNpy(path);
    EXPECT_EQ(map.shape, (std::vector<std::int64_t>{96, 1366}));
    return map.values;
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

TEST(CliExplain, WritesANonNegativeMapAndPrintsTheProbability) {
    TempDir dir;
    const CliRun run = runCli({"explain", "--tag", "jazz", "-o", dir.file("map.npy"), jazzPiano()});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_EQ(run.out, jazzPiano() + ": jazz 0.964\n");  // the oracle's 0.96 for this track
    const std::vector<float> map = readMap(dir.file("map.npy"));
    ASSERT_EQ(map.size(), std::size_t(96) * 1366);
    EXPECT_GE(*std::min_element(map.begin(), map.end()), 0.0f);
    const auto positive = std::count_if(map.begin(), map.end(), [](float v) { return v > 0; });
    EXPECT_GT(positive, 5000);
}

TEST(CliExplain, MapIsOnTheGridOfTheMelgramCommand) {
    // The map of an mp3 equals the map of the melgram `melgram` writes for it: same window,
    // same cells, same order.
    TempDir dir;
    const CliRun mel = runCli({"melgram", "-o", dir.file("mel.npy"), jazzPiano()});
    ASSERT_EQ(mel.status, 0) << mel;
    for (const char* model : {"cnn", "rnn"}) {
        const CliRun fromAudio = runCli(
            {"explain", "--model", model, "--tag", "jazz", "-o", dir.file("a.npy"), jazzPiano()});
        const CliRun fromMelgram = runCli({"explain", "--model", model, "--tag", "jazz", "-o",
                                           dir.file("m.npy"), dir.file("mel.npy")});
        ASSERT_EQ(fromAudio.status, 0) << fromAudio;
        ASSERT_EQ(fromMelgram.status, 0) << fromMelgram;
        EXPECT_EQ(readMap(dir.file("a.npy")), readMap(dir.file("m.npy"))) << model;
    }
}

TEST(CliExplain, WindowSecondsExplainsAnotherClip) {
    TempDir dir;
    ASSERT_EQ(runCli({"explain", "--tag", "jazz", "-o", dir.file("c.npy"), jazzPiano()}).status, 0);
    const CliRun run =
        runCli({"explain", "--tag", "jazz", "--window", "0", "-o", dir.file("w.npy"), jazzPiano()});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_NE(readMap(dir.file("w.npy")), readMap(dir.file("c.npy")));

    const CliRun late = runCli(
        {"explain", "--tag", "jazz", "--window", "5000", "-o", dir.file("x.npy"), jazzPiano()});
    EXPECT_EQ(late.status, 1) << late;
    EXPECT_NE(late.err.find(jazzPiano()), std::string::npos) << late;
}

TEST(CliExplain, PngOverlayAndResynthesisedAudio) {
    TempDir dir;
    const CliRun run = runCli({"explain", "--tag", "jazz", "-o", dir.file("map.npy"), "--png",
                               dir.file("map.png"), "--audio", dir.file("map.wav"), jazzPiano()});
    ASSERT_EQ(run.status, 0) << run;
    const std::string png = readFile(dir.file("map.png"));
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const auto bigEndian = [&](std::size_t at) {
        return (std::uint32_t(std::uint8_t(png[at])) << 24) |
               (std::uint32_t(std::uint8_t(png[at + 1])) << 16) |
               (std::uint32_t(std::uint8_t(png[at + 2])) << 8) | std::uint8_t(png[at + 3]);
    };
    EXPECT_EQ(bigEndian(16), 1366u);     // width: one column per frame
    EXPECT_EQ(bigEndian(20), 96u * 3u);  // height: three rows per band

    int rate = 0;
    const std::vector<float> audio = readSoundFile(dir.file("map.wav"), &rate);
    EXPECT_EQ(rate, kSampleRate);
    EXPECT_EQ(audio.size(), std::size_t(kClipSamples));
    EXPECT_GT(*std::max_element(audio.begin(), audio.end()), 0.01f);
}

TEST(CliExplain, UnknownTagIsAUsageErrorListingTheTags) {
    TempDir dir;
    const CliRun run = runCli({"explain", "--tag", "Jazz", "-o", dir.file("m.npy"), jazzPiano()});
    EXPECT_EQ(run.status, 2) << run;
    for (const char* tag : {"'Jazz'", "rock", "female vocalists", "Hip-Hop", "happy"})
        EXPECT_NE(run.err.find(tag), std::string::npos) << tag << "\n" << run;
    EXPECT_FALSE(std::ifstream(dir.file("m.npy")).good());
}

TEST(CliExplain, MissingOrBrokenInputIsNamed) {
    TempDir dir;
    const std::string missing = dir.file("nowhere.mp3");
    const std::string broken = dir.file("broken.mp3");
    const std::string brokenNpy = dir.file("broken.npy");
    writeBytes(broken, "ID3 this is no mp3 at all");
    writeBytes(brokenNpy, "\x93NUMPY not really");
    for (const std::string& input : {missing, broken, brokenNpy}) {
        const CliRun run = runCli({"explain", "--tag", "rock", "-o", dir.file("m.npy"), input});
        EXPECT_EQ(run.status, 1) << run;
        EXPECT_NE(run.err.find(input), std::string::npos) << run;
        EXPECT_FALSE(std::ifstream(dir.file("m.npy")).good());
    }
}

TEST(CliExplain, UsageErrors) {
    TempDir dir;
    const std::string mel = test::referenceMelgramPaths()[0];
    const std::vector<std::vector<std::string>> bad = {
        {"explain", "-o", dir.file("m.npy"), mel},                        // no --tag
        {"explain", "--tag", "rock", mel},                                // no -o
        {"explain", "--tag", "rock", "-o", dir.file("m.npy"), mel, mel},  // two inputs
        {"explain", "--tag", "rock", "--model", "both", "-o", dir.file("m.npy"), mel},
        {"explain", "--tag", "rock", "--window", "3", "-o", dir.file("m.npy"), mel},
        {"explain", "--tag", "rock", "--audio", dir.file("a.wav"), "-o", dir.file("m.npy"), mel},
    };
    for (const auto& args : bad) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, 2) << run;
        EXPECT_NE(run.err.find("--help"), std::string::npos) << run;
    }
}

}  // namespace
}  // namespace tagscope
