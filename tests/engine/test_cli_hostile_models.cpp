// tagscope-cli given hostile weight and calibration files: exit status 2 within seconds, one line
// on stderr naming the file, nothing on stdout (so never a NaN probability).
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model_files.h"
#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
using namespace std::chrono_literals;
using nlohmann::json;
using test::CliRun;
using test::runCli;
using test::TempDir;

void expectRefusedInOneLine(const std::vector<std::string>& args, const std::string& file,
                            const std::string& reason) {
    const auto start = std::chrono::steady_clock::now();
    const CliRun run = runCli(args);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 10s) << run;
    EXPECT_EQ(run.status, 2) << run;
    EXPECT_EQ(run.out, "") << run;
    ASSERT_EQ(test::lines(run.err).size(), 1u) << run;
    EXPECT_NE(run.err.find(file + ": "), std::string::npos) << run;
    EXPECT_NE(run.err.find(reason), std::string::npos) << run;
}

std::string melgram() {
    return test::referenceMelgramPaths()[0];
}

// A valid CNN calibration file for the bundled TensorFlow weights, as a document to break.
json bundledCalibration(const TempDir& dir) {
    const std::string path = dir.file("made.calibration.json");
    const CliRun made = runCli({"calibrate", "--model", "cnn", "-o", path, melgram()});
    EXPECT_EQ(made.status, 0) << made;
    return json::parse(test::readBytes(path));
}

TEST(CliHostileModels, BrokenCalibrationsAreRefused) {
    const TempDir dir;
    const json valid = bundledCalibration(dir);
    const auto broken = [&](const std::string& name, const std::function<void(json&)>& edit) {
        json doc = valid;
        edit(doc);
        const std::string path = dir.file(name + ".calibration.json");
        test::writeBytes(path, doc.dump());
        return path;
    };
    const std::vector<std::pair<std::string, std::string>> cases = {
        {broken("negative", [](json& d) { d["layers"][2]["variance"][17] = -1.0; }),
         "layers[2].variance[17] is negative"},
        {broken("nan", [](json& d) { d["layers"][0]["mean"][0] = "NaN"; }),
         "layers[0].mean[0] is not a number"},
        {broken("short", [](json& d) { d["layers"][1]["mean"].erase(0); }),
         "layers[1].mean has 127 values"},
        {broken("future", [](json& d) { d["version"] = 9; }), "made by a newer Tagscope"},
    };
    for (const auto& [path, reason] : cases)
        expectRefusedInOneLine({"tag", "--model", "cnn", "--calibration", path, melgram()}, path,
                               reason);

    const std::string truncated = dir.file("truncated.calibration.json");
    test::writeBytes(truncated, valid.dump().substr(0, 5000));
    expectRefusedInOneLine({"tag", "--model", "cnn", "--calibration", truncated, melgram()},
                           truncated, "malformed JSON at byte");

    const std::string legacyTruncated = dir.file("truncated.calibration.h5");
    test::writeLegacyCalibration(test::syntheticCalibration(NetworkKind::ConvNet, 1, 1),
                                 legacyTruncated);
    test::writeBytes(legacyTruncated, test::readBytes(legacyTruncated).substr(0, 3000));
    expectRefusedInOneLine({"tag", "--model", "cnn", "--calibration", legacyTruncated, melgram()},
                           legacyTruncated, "");
}

TEST(CliHostileModels, HostileWeightFilesAreRefused) {
    const TempDir dir;
    const std::string huge = test::weightFileDeclaring({1u << 15, 1u << 15}, dir, "huge.hdf5");
    const std::string outside = test::weightFileWithValuesAt(std::uint64_t(1) << 40, dir, "o.hdf5");
    const std::string text = dir.file("text.hdf5");
    test::writeBytes(text, "\x89HDF\r\n\x1a\n but not really");
    for (const auto& [path, reason] : std::vector<std::pair<std::string, std::string>>{
             {huge, "too large"}, {outside, "outside the file"}, {text, "cannot open HDF5 file"}}) {
        expectRefusedInOneLine({"tag", "--weights", path, melgram()}, path, reason);
        expectRefusedInOneLine({"tag", "--model", "cnn", "--weights", path, melgram()}, path,
                               reason);
        expectRefusedInOneLine(
            {"calibrate", "--model", "cnn", "--weights", path, "-o", dir.file("c.json"), melgram()},
            path, reason);
    }
}

}  // namespace
}  // namespace tagscope
