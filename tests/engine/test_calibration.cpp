// Calibration files: the JSON format round-trips bit for bit, every malformed field is refused
// with one line naming the file and the field, unusable statistics are neither saved nor loaded,
// and the HDF5 calibrations of Tagscope 0.1.0 still load, validated the same way.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/error.h"
#include "engine/io/keras_weights.h"
#include "engine/model_locator.h"
#include "engine/networks/calibration.h"
#include "engine/networks/network_weights.h"
#include "model_files.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;
using test::expectCleanError;
using test::syntheticCalibration;
using test::TempDir;

constexpr std::uint64_t kFingerprint = 0xfedcba9876543210ull;  // top bit set: no signed parsing

std::uint64_t bitsOf(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

void expectSameCalibration(const Calibration& a, const Calibration& b) {
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.weightsFingerprint, b.weightsFingerprint);
    EXPECT_EQ(a.clipCount, b.clipCount);
    EXPECT_EQ(a.clipNames, b.clipNames);
    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (std::size_t k = 0; k < a.layers.size(); ++k)
        for (const auto field : {&ChannelStats::mean, &ChannelStats::variance}) {
            const std::vector<double>& x = a.layers[k].*field;
            const std::vector<double>& y = b.layers[k].*field;
            ASSERT_EQ(x.size(), y.size()) << "layer " << k;
            for (std::size_t i = 0; i < x.size(); ++i)
                ASSERT_EQ(bitsOf(x[i]), bitsOf(y[i])) << "layer " << k << " value " << i;
        }
}

class CalibrationFiles : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        cnnTf_ = new NetworkWeights(
            buildNetworkWeights(KerasWeights::load(test::modelPath("cnn_weights_tensorflow.hdf5")),
                                NetworkKind::ConvNet));
    }
    static void TearDownTestSuite() {
        delete cnnTf_;
        cnnTf_ = nullptr;
    }
    static const NetworkWeights& cnnTf() { return *cnnTf_; }

    std::string write(const std::string& name, const std::string& text) const {
        const std::string path = dir_.file(name);
        test::writeBytes(path, text);
        return path;
    }
    // A valid calibration as a JSON document, to break.
    static json validDocument() {
        return json::parse(syntheticCalibration(NetworkKind::ConvNet, kFingerprint, 11).toJson());
    }

    TempDir dir_;

private:
    static inline NetworkWeights* cnnTf_ = nullptr;
};

// ---------------------------------------------------------------- round trips

TEST_F(CalibrationFiles, SaveLoadRoundTripIsBitExact) {
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        Calibration saved = syntheticCalibration(kind, kFingerprint, 7);
        std::vector<double>& mean = saved.layers[0].mean;
        std::vector<double>& variance = saved.layers[0].variance;
        mean[0] = 0.1;
        mean[1] = 1.0 / 3.0;
        mean[2] = std::numeric_limits<double>::denorm_min();
        mean[3] = -FLT_MAX;
        mean[4] = -0.0;
        mean[5] = std::nextafter(1.0, 2.0);
        mean[6] = 123456789012345678.0;
        mean[7] = -2.2250738585072014e-308;
        variance[0] = 0.0;
        variance[1] = DBL_MIN;
        variance[2] = double(FLT_MAX);
        variance[3] = 1e22;
        const std::string path = dir_.file(networkId(kind) + ".calibration.json");
        saved.save(path);
        expectSameCalibration(Calibration::load(path), saved);
        EXPECT_EQ(json::parse(test::readBytes(path)).at("version"), 2);
    }
    // Saving writes through a temporary file: nothing else is left in the folder.
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_.path()))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"cnn.calibration.json", "rnn.calibration.json"}));
}

TEST_F(CalibrationFiles, SaveReplacesAnExistingFile) {
    const std::string path = dir_.file("cal.calibration.json");
    syntheticCalibration(NetworkKind::RecurrentNet, 1, 1).save(path);
    const Calibration second = syntheticCalibration(NetworkKind::ConvNet, 2, 2);
    second.save(path);
    expectSameCalibration(Calibration::load(path), second);
}

TEST_F(CalibrationFiles, FitsOnlyTheWeightsItWasMadeFor) {
    const std::string path = dir_.file("cnn.calibration.json");
    syntheticCalibration(NetworkKind::ConvNet, cnnTf().fingerprint, 3).save(path);
    const Calibration loaded = Calibration::load(path);
    EXPECT_NO_THROW(loaded.checkFits(cnnTf(), path));

    const std::string rnnPath = test::modelPath("rnn_weights_tensorflow.hdf5");
    const NetworkWeights rnn =
        buildNetworkWeights(KerasWeights::load(rnnPath), NetworkKind::RecurrentNet);
    expectCleanError([&] { loaded.checkFits(rnn, path); }, path, {"ConvNet", "RecurrentNet"});

    const std::string theanoPath = test::modelPath("cnn_weights_theano.hdf5");
    const NetworkWeights theano =
        buildNetworkWeights(KerasWeights::load(theanoPath), NetworkKind::ConvNet);
    expectCleanError([&] { loaded.checkFits(theano, path); }, path, {"other weights", theanoPath});
}

// ---------------------------------------------------------------- malformed files

struct Breakage {
    std::string name;
    std::function<void(json&)> edit;
    std::vector<std::string> reasons;
};

TEST_F(CalibrationFiles, EveryMalformedFieldIsRefusedNamingIt) {
    const std::vector<Breakage> cases = {
        {"no-format", [](json& d) { d.erase("format"); }, {"not a Tagscope calibration"}},
        {"other-format", [](json& d) { d["format"] = "keras"; }, {"not a Tagscope calibration"}},
        {"no-version", [](json& d) { d.erase("version"); }, {"version is missing"}},
        {"version-text", [](json& d) { d["version"] = "2"; }, {"version is not a whole number"}},
        {"version-future",
         [](json& d) { d["version"] = 3; },
         {"made by a newer Tagscope (format version 3)"}},
        {"version-1", [](json& d) { d["version"] = 1; }, {"unsupported", "version 1"}},
        {"no-network", [](json& d) { d.erase("network"); }, {"network is missing"}},
        {"network-other", [](json& d) { d["network"] = "gru"; }, {"network is not"}},
        {"network-number", [](json& d) { d["network"] = 1; }, {"network is not"}},
        {"fingerprint-short",
         [](json& d) { d["weights_fingerprint"] = "0123"; },
         {"weights_fingerprint is not 16 hex digits"}},
        {"fingerprint-long",
         [](json& d) { d["weights_fingerprint"] = "0123456789abcdef0"; },
         {"weights_fingerprint"}},
        {"fingerprint-not-hex",
         [](json& d) { d["weights_fingerprint"] = "0123456789abcdeg"; },
         {"weights_fingerprint"}},
        {"fingerprint-number",
         [](json& d) { d["weights_fingerprint"] = 12345; },
         {"weights_fingerprint"}},
        {"no-clip-count", [](json& d) { d.erase("clip_count"); }, {"clip_count is missing"}},
        {"clip-count-zero", [](json& d) { d["clip_count"] = 0; }, {"clip_count"}},
        {"clip-count-negative", [](json& d) { d["clip_count"] = -4; }, {"clip_count"}},
        {"clip-count-fraction", [](json& d) { d["clip_count"] = 2.5; }, {"clip_count"}},
        {"clip-count-text", [](json& d) { d["clip_count"] = "4"; }, {"clip_count"}},
        {"clip-count-huge", [](json& d) { d["clip_count"] = 10000001; }, {"clip_count"}},
        {"clips-text", [](json& d) { d["clips"] = "a.npy"; }, {"clips is not an array"}},
        {"clips-number", [](json& d) { d["clips"][1] = 7; }, {"clips[1] is not a string"}},
        {"clips-too-many",
         [](json& d) { d["clips"] = std::vector<std::string>(100'001, ""); },
         {"clips has 100001 names"}},
        {"no-layers", [](json& d) { d.erase("layers"); }, {"layers is missing"}},
        {"layers-object",
         [](json& d) { d["layers"] = json::object(); },
         {"layers is not an array"}},
        {"layers-too-few",
         [](json& d) { d["layers"].erase(4); },
         {"layers has 4 entries", "ConvNet", "has 5 conv blocks"}},
        {"layers-too-many",
         [](json& d) { d["layers"].push_back(d["layers"][0]); },
         {"layers has 6 entries"}},
        {"layer-array",
         [](json& d) { d["layers"][2] = json::array(); },
         {"layers[2] is not an object"}},
        {"no-mean", [](json& d) { d["layers"][2].erase("mean"); }, {"layers[2].mean is missing"}},
        {"mean-number",
         [](json& d) { d["layers"][2]["mean"] = 1.0; },
         {"layers[2].mean is not an array"}},
        {"mean-short",
         [](json& d) { d["layers"][2]["mean"].erase(0); },
         {"layers[2].mean has 127 values", "128 channels"}},
        {"variance-long",
         [](json& d) { d["layers"][4]["variance"].push_back(1.0); },
         {"layers[4].variance has 257 values", "256 channels"}},
        {"variance-negative",
         [](json& d) { d["layers"][2]["variance"][17] = -0.5; },
         {"layers[2].variance[17] is negative"}},
        {"variance-nan-text",
         [](json& d) { d["layers"][1]["variance"][3] = "NaN"; },
         {"layers[1].variance[3] is not a number"}},
        {"mean-null",
         [](json& d) { d["layers"][0]["mean"][5] = nullptr; },
         {"layers[0].mean[5] is not a number"}},
        {"mean-huge",
         [](json& d) { d["layers"][3]["mean"][9] = -1e300; },
         {"layers[3].mean[9] is out of range"}},
        {"variance-huge",
         [](json& d) { d["layers"][3]["variance"][9] = 1e39; },
         {"layers[3].variance[9] is out of range"}},
        {"mean-bool",
         [](json& d) { d["layers"][0]["mean"][6] = true; },
         {"layers[0].mean[6] is not a number"}},
        {"other-network",
         [](json& d) { d["network"] = "rnn"; },
         {"layers has 5 entries", "RecurrentNet", "has 4 conv blocks"}},
    };
    for (const Breakage& breakage : cases) {
        SCOPED_TRACE(breakage.name);
        json doc = validDocument();
        breakage.edit(doc);
        const std::string path = write(breakage.name + ".calibration.json", doc.dump());
        expectCleanError([&] { Calibration::load(path); }, path, breakage.reasons);
    }
}

TEST_F(CalibrationFiles, MalformedTextIsRefused) {
    const std::string valid = syntheticCalibration(NetworkKind::ConvNet, kFingerprint, 12).toJson();
    const std::size_t first = valid.find("\"variance\":[") + 12;
    std::string infinite = valid, nan = valid;
    infinite.replace(first, valid.find(',', first) - first, "1e999");
    nan.replace(first, valid.find(',', first) - first, "NaN");
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
        {"mean,variance\n1,2\n", {"not a Tagscope calibration (malformed JSON at byte 1)"}},
        {valid.substr(0, valid.size() / 2), {"malformed JSON at byte"}},
        {valid + "x", {"malformed JSON at byte"}},
        {infinite, {"a number is out of range"}},
        {nan, {"malformed JSON at byte"}},
        {"[1, 2]", {"not a JSON object"}},
        {std::string(100'000, '[') + std::string(100'000, ']'), {"nested too deeply"}},
        {"{\"format\": \"tagscope-calibration\", \"x\": \"\xff\xfe\"}", {"malformed JSON"}},
    };
    for (std::size_t k = 0; k < cases.size(); ++k) {
        const std::string path = write("text-" + std::to_string(k) + ".json", cases[k].first);
        expectCleanError([&] { Calibration::load(path); }, path, cases[k].second);
    }
}

TEST_F(CalibrationFiles, FilesThatAreNotCalibrationsAreRefusedUnread) {
    const std::string missing = dir_.file("missing.calibration.json");
    expectCleanError([&] { Calibration::load(missing); }, missing, {"file not found"});
    const std::string folder = dir_.path().string();
    expectCleanError([&] { Calibration::load(folder); }, folder, {"folder"});
    const std::string empty = write("empty.json", "");
    expectCleanError([&] { Calibration::load(empty); }, empty, {"empty"});
    const std::string fifo = dir_.file("fifo.json");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    expectCleanError([&] { Calibration::load(fifo); }, fifo, {"FIFO"});
    const std::string big = write("big.json", std::string(2 << 20, ' '));
    expectCleanError([&] { Calibration::load(big); }, big, {"too large", "1048576"});
}

// ---------------------------------------------------------------- unusable statistics

TEST_F(CalibrationFiles, UnusableStatisticsAreNeverSaved) {
    const std::string path = dir_.file("kept.calibration.json");
    const Calibration good = syntheticCalibration(NetworkKind::ConvNet, kFingerprint, 13);
    good.save(path);
    const std::string before = test::readBytes(path);
    const std::string fresh = dir_.file("fresh.calibration.json");

    const std::vector<std::pair<std::function<void(Calibration&)>, std::string>> cases = {
        {[](Calibration& c) { c.layers[1].variance[3] = std::nan(""); },
         "calibration not saved: layers[1].variance[3] is NaN"},
        {[](Calibration& c) { c.layers[1].mean[4] = -INFINITY; },
         "calibration not saved: layers[1].mean[4] is infinite"},
        {[](Calibration& c) { c.layers[2].variance[17] = -1e-9; },
         "calibration not saved: layers[2].variance[17] is negative"},
        {[](Calibration& c) { c.layers[2].mean.pop_back(); }, "layers[2].mean has 127 values"},
        {[](Calibration& c) { c.layers.pop_back(); }, "layers has 4 entries"},
        {[](Calibration& c) { c.clipCount = 0; }, "clip_count 0 is not from 1 to 10000000"},
    };
    for (const auto& [edit, reason] : cases) {
        SCOPED_TRACE(reason);
        Calibration broken = good;
        edit(broken);
        expectCleanError([&] { broken.save(path); }, path, {reason});
        expectCleanError([&] { broken.save(fresh); }, fresh, {reason});
        expectCleanError([&] { broken.validate("in memory"); }, "in memory", {});
    }
    EXPECT_EQ(test::readBytes(path), before);
    EXPECT_FALSE(fs::exists(fresh));
}

TEST_F(CalibrationFiles, SavingIntoAMissingFolderFailsCleanly) {
    const std::string path = dir_.file("no/such/folder/cal.calibration.json");
    const Calibration c = syntheticCalibration(NetworkKind::ConvNet, 1, 8);
    expectCleanError([&] { c.save(path); }, path, {});
    EXPECT_FALSE(fs::exists(path));
}

// ---------------------------------------------------------------- the HDF5 files of 0.1.0

TEST_F(CalibrationFiles, LegacyHdf5CalibrationsStillLoad) {
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        const Calibration c = syntheticCalibration(kind, kFingerprint, 9);
        const std::string legacy = dir_.file(networkId(kind) + ".calibration.h5");
        test::writeLegacyCalibration(c, legacy);
        const std::string current = dir_.file(networkId(kind) + ".calibration.json");
        c.save(current);
        expectSameCalibration(Calibration::load(legacy), Calibration::load(current));
        expectSameCalibration(Calibration::load(legacy), c);
    }
}

TEST_F(CalibrationFiles, LegacyFilesAreValidatedTheSameWay) {
    const auto legacyWith = [&](const std::string& name,
                                const std::function<void(Calibration&)>& edit) {
        Calibration c = syntheticCalibration(NetworkKind::ConvNet, kFingerprint, 10);
        edit(c);
        const std::string path = dir_.file(name + ".calibration.h5");
        test::writeLegacyCalibration(c, path);
        return path;
    };
    const std::string negative =
        legacyWith("negative", [](Calibration& c) { c.layers[1].variance[3] = -2.0; });
    expectCleanError([&] { Calibration::load(negative); }, negative,
                     {"layers[1].variance[3] is negative"});
    const std::string nan =
        legacyWith("nan", [](Calibration& c) { c.layers[1].variance[3] = std::nan(""); });
    expectCleanError([&] { Calibration::load(nan); }, nan, {"layer_2/variance", "NaN"});
    const std::string shortLayer =
        legacyWith("short", [](Calibration& c) { c.layers[2].mean.pop_back(); });
    expectCleanError([&] { Calibration::load(shortLayer); }, shortLayer,
                     {"layer_3/mean has 127 values", "128 channels"});
    const std::string noClips = legacyWith("no-clips", [](Calibration& c) { c.clipCount = 0; });
    expectCleanError([&] { Calibration::load(noClips); }, noClips, {"clip_count"});

    const std::string truncated =
        test::truncatedCopy(negative, 0.5, dir_, "truncated.calibration.h5");
    expectCleanError([&] { Calibration::load(truncated); }, truncated, {});
    const std::string weightsLike = test::weightFileDeclaring({3}, dir_, "weights-like.h5");
    expectCleanError([&] { Calibration::load(weightsLike); }, weightsLike,
                     {"not a Tagscope calibration (no format attribute)"});
}

// ---------------------------------------------------------------- default calibrations

TEST(DefaultCalibrations, AreJsonFilesNamedAfterTheWeights) {
    EXPECT_EQ(calibrationFileNameFor("/m/cnn_weights_tensorflow.hdf5"),
              "cnn_weights_tensorflow.calibration.json");
    const TempDir data;
    fs::create_directories(data.path() / "calibration");
    ::setenv("TAGSCOPE_DATA_DIR", data.path().c_str(), 1);
    const std::string weights = "/m/rnn_weights_theano.hdf5";
    const fs::path legacy = data.path() / "calibration/rnn_weights_theano.calibration.h5";
    const fs::path current = data.path() / "calibration/rnn_weights_theano.calibration.json";
    test::writeBytes(legacy.string(), "x");
    EXPECT_EQ(findDefaultCalibration(weights), legacy.string());
    test::writeBytes(current.string(), "x");
    EXPECT_EQ(findDefaultCalibration(weights), current.string());
    ::unsetenv("TAGSCOPE_DATA_DIR");
}

}  // namespace
}  // namespace tagscope
