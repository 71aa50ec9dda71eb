// tagscope-cli warns about tags computed from padding or silence: a clip shorter than the
// network's 29.12 s input, digital silence; once per file on stderr, and in the JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model_files.h"
#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
using nlohmann::json;
using test::CliRun;
using test::runCli;
using test::TempDir;

// A 16-bit mono WAV at 12 kHz (no resampling): a 440 Hz tone at `amplitude` of full scale, or
// digital silence for amplitude 0.
void writeToneWav(const std::string& path, double seconds, double amplitude) {
    constexpr int kRate = 12000;
    const auto n = std::uint32_t(seconds * kRate);
    std::ofstream out(path, std::ios::binary);
    auto put = [&](std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) out.put(char((v >> (8 * i)) & 0xff));
    };
    out.write("RIFF", 4);
    put(36 + 2 * n, 4);
    out.write("WAVEfmt ", 8);
    for (auto [v, bytes] : {std::pair{16u, 4},
                            {1u, 2},
                            {1u, 2},
                            {std::uint32_t(kRate), 4},
                            {std::uint32_t(2 * kRate), 4},
                            {2u, 2},
                            {16u, 2}})
        put(v, bytes);
    out.write("data", 4);
    put(2 * n, 4);
    for (std::uint32_t i = 0; i < n; ++i) {
        const double x = amplitude * std::sin(2.0 * M_PI * 440.0 * i / kRate);
        put(std::uint32_t(std::uint16_t(std::int16_t(std::lround(x * 32767.0)))), 2);
    }
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(CliWarnings, AShortClipIsNamedOnStderrOnceAndInTheJson) {
    const TempDir dir;
    const std::string wav = dir.file("ten-seconds.wav");
    writeToneWav(wav, 10.0, 0.3);
    const CliRun run = runCli({"tag", "--model", "both", "--segments", "--format", "json", wav});
    ASSERT_EQ(run.status, 0) << run;
    const std::string line = "tagscope-cli: " + wav +
                             ": warning: shorter than 29.12 s (10.00 s): the network's input is "
                             "66 % zero padding\n";
    EXPECT_EQ(run.err, line) << run;  // once, although two models ran

    const json results = json::parse(run.out);
    ASSERT_EQ(results.size(), 2u);
    for (const json& entry : results) {
        EXPECT_EQ(entry.at("warnings"),
                  json::array({"shorter than 29.12 s (10.00 s): the network's input is 66 % "
                               "zero padding"}));
        ASSERT_EQ(entry.at("segments").size(), 1u);
        const json& segment = entry.at("segments")[0];
        EXPECT_NEAR(segment.at("padding").get<double>(), 1.0 - 10.0 / 29.12, 1e-4);
        EXPECT_FALSE(segment.contains("silent"));  // a tone at −13 dBFS
    }
}

TEST(CliWarnings, DigitalSilenceIsFlaggedPerWindowAndSummarisedOnce) {
    const TempDir dir;
    const std::string wav = dir.file("silence.wav");
    writeToneWav(wav, 60.0, 0.0);
    const CliRun run = runCli({"tag", "--segments", "--format", "json", wav});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_EQ(run.err,
              "tagscope-cli: " + wav +
                  ": warning: the central window is silent (RMS -120.0 dBFS, below -60 dBFS)\n"
                  "tagscope-cli: " +
                  wav +
                  ": warning: 4 of 4 windows silent (RMS below -60 dBFS), starting at 0.00 s, "
                  "14.56 s, 29.12 s, 30.88 s\n")
        << run;
    const json entry = json::parse(run.out).at(0);
    EXPECT_EQ(entry.at("warnings").size(), 2u);
    ASSERT_EQ(entry.at("segments").size(), 4u);
    for (const json& segment : entry.at("segments")) {
        EXPECT_EQ(segment.at("silent"), true);
        EXPECT_EQ(segment.at("padding").get<double>(), 0.0);
    }
}

TEST(CliWarnings, WithoutSegmentsTheCentralWindowStillWarns) {
    const TempDir dir;
    const std::string silence = dir.file("silence.wav"), tone = dir.file("tone.wav");
    writeToneWav(silence, 40.0, 0.0);
    writeToneWav(tone, 40.0, 0.3);
    const CliRun run = runCli({"tag", "--format", "json", silence, tone});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_EQ(count(run.err, "warning"), 1u) << run;
    EXPECT_NE(run.err.find(silence + ": warning: the central window is silent"), std::string::npos)
        << run;
    const json results = json::parse(run.out);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].at("warnings").size(), 1u);
    EXPECT_FALSE(results[1].contains("warnings"));  // a 40 s tone: nothing to say
    EXPECT_FALSE(results[0].contains("segments"));
}

TEST(CliWarnings, CsvStaysAsItWasAndTheWarningGoesToStderr) {
    const TempDir dir;
    const std::string wav = dir.file("short.wav");
    writeToneWav(wav, 5.0, 0.3);
    const CliRun run = runCli({"tag", "--format", "csv", "--segments", wav});
    ASSERT_EQ(run.status, 0) << run;
    const std::vector<std::string> rows = test::lines(run.out);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].rfind("file,model,start_s,", 0), 0u);
    EXPECT_EQ(test::split(rows[1], ',').size(), 53u);  // file, model, start, 50 tags
    EXPECT_NE(run.err.find("warning: shorter than 29.12 s (5.00 s)"), std::string::npos) << run;
}

// Schema 4 keeps the levels: a warm run from the store warns about silence as the cold run
// did, byte for byte (stdout and stderr), without the network (its weights are garbage then,
// same size and modification time, so the store still recognises them).
TEST(CliWarnings, SilenceWarningsSurviveAStoreRoundTrip) {
    const TempDir dir;
    const std::string silence = dir.file("silence.wav"), tone = dir.file("tone.wav");
    const std::string store = dir.file("library.db");
    writeToneWav(silence, 60.0, 0.0);
    writeToneWav(tone, 12.0, 0.3);
    const TempDir models;
    const std::string weights = test::copyOf(test::modelPath("cnn_weights_tensorflow.hdf5"), models,
                                             "cnn_weights_tensorflow.hdf5");
    const std::map<std::string, std::string> env = {
        {"TAGSCOPE_MODELS_DIR", models.path().string()}};
    const std::vector<std::string> args = {"tag",      "--store", store,   "--segments",
                                           "--format", "json",    silence, tone};
    const CliRun cold = runCli(args, env);
    ASSERT_EQ(cold.status, 0) << cold;
    EXPECT_EQ(count(cold.err, "silent"), 2u) << cold;

    const auto time = std::filesystem::last_write_time(weights);
    test::writeBytes(weights, std::string(std::filesystem::file_size(weights), 'x'));
    std::filesystem::last_write_time(weights, time);
    const CliRun warm = runCli(args, env);
    ASSERT_EQ(warm.status, 0) << warm;
    EXPECT_EQ(warm.out, cold.out);
    EXPECT_EQ(warm.err, cold.err);
    EXPECT_EQ(count(warm.out, "\"silent\""), 4u) << warm;
    const CliRun central = runCli({"tag", "--store", store, "--format", "json", silence}, env);
    ASSERT_EQ(central.status, 0) << central;
    EXPECT_NE(central.err.find("the central window is silent (RMS -120.0 dBFS"), std::string::npos)
        << central;
}

}  // namespace
}  // namespace tagscope
