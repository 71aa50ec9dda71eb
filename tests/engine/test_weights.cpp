// Keras weight files and calibration files: the four real weight files, and broken files made
// here (with the HDF5 C API) that must fail with a clear tagscope::Error and print nothing.
#include <gtest/gtest.h>
#include <hdf5.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "engine/error.h"
#include "engine/io/hdf5_util.h"
#include "engine/io/keras_weights.h"
#include "engine/networks/calibration.h"
#include "engine/networks/network_weights.h"
#include "engine/networks/tagging_network.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;
using hdf5::Handle;

// HDF5's default error printer, re-installed before each check so that only the engine's own
// silencing can keep stderr clean.
herr_t printHdf5Errors(hid_t stack, void*) {
    return H5Eprint2(stack, stderr);
}

void enableHdf5ErrorPrinting() {
    std::lock_guard lock(hdf5::hdf5Mutex());
    H5Eset_auto2(H5E_DEFAULT, printHdf5Errors, nullptr);
}

using test::TempDir;

std::string cnnTensorFlow() {
    return test::modelPath("cnn_weights_tensorflow.hdf5");
}
std::string cnnTheano() {
    return test::modelPath("cnn_weights_theano.hdf5");
}
std::string rnnTensorFlow() {
    return test::modelPath("rnn_weights_tensorflow.hdf5");
}

// A writable copy (the originals are read-only).
std::string copyOf(const std::string& source, const TempDir& dir, const std::string& name) {
    const std::string target = dir.file(name);
    fs::copy_file(source, target, fs::copy_options::overwrite_existing);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::add);
    return target;
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    ASSERT_TRUE(out.good()) << path;
}

// The first `fraction` of a file's bytes.
std::string truncatedCopy(const std::string& source, double fraction, const TempDir& dir,
                          const std::string& name) {
    std::ifstream in(source, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes.resize(std::size_t(double(bytes.size()) * fraction));
    const std::string target = dir.file(name);
    writeBytes(target, bytes);
    return target;
}

// Opens a group of an HDF5 file read-write and hands it to `edit`.
void editGroup(const std::string& path, const char* group, const std::function<void(hid_t)>& edit) {
    std::lock_guard lock(hdf5::hdf5Mutex());
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
    ASSERT_TRUE(file.valid()) << path;
    Handle g(H5Gopen2(file.get(), group, H5P_DEFAULT), H5Gclose);
    ASSERT_TRUE(g.valid()) << group;
    edit(g.get());
}

void replaceDataset(hid_t group, const char* name, hid_t fileType, hid_t memType,
                    const std::vector<hsize_t>& dims, const void* values) {
    ASSERT_GE(H5Ldelete(group, name, H5P_DEFAULT), 0) << name;
    Handle space(H5Screate_simple(int(dims.size()), dims.data(), nullptr), H5Sclose);
    Handle dataset(
        H5Dcreate2(group, name, fileType, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
        H5Dclose);
    ASSERT_TRUE(dataset.valid()) << name;
    ASSERT_GE(H5Dwrite(dataset.get(), memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, values), 0);
}

NetworkWeights loadNetworkWeights(const std::string& path, NetworkKind kind) {
    return buildNetworkWeights(KerasWeights::load(path), kind);
}

// Runs `action`, which must throw tagscope::Error naming `path` and containing every one of
// `reasons`, with nothing at all written to stderr.
void expectCleanError(const std::function<void()>& action, const std::string& path,
                      const std::vector<std::string>& reasons) {
    enableHdf5ErrorPrinting();
    testing::internal::CaptureStderr();
    std::string message;
    bool threw = false;
    try {
        action();
    } catch (const Error& e) {
        threw = true;
        message = e.what();
    } catch (const std::exception& e) {
        message = std::string("wrong exception type: ") + e.what();
    }
    const std::string printed = testing::internal::GetCapturedStderr();
    EXPECT_TRUE(threw) << "no tagscope::Error for " << path << " " << message;
    EXPECT_NE(message.find(path), std::string::npos)
        << "message does not name the file: " << message;
    for (const std::string& reason : reasons)
        EXPECT_NE(message.find(reason), std::string::npos)
            << "message lacks '" << reason << "': " << message;
    EXPECT_EQ(printed, "") << "stderr was not silent";
}

// ---------------------------------------------------------------- the real weight files

struct RealFile {
    std::string name;
    NetworkKind kind;
    bool tensorFlow;
    std::size_t layers;  // Keras layers, with and without weights
    std::size_t arrays;
};

class RealWeightFiles : public ::testing::TestWithParam<RealFile> {};

TEST_P(RealWeightFiles, LoadAndBuild) {
    const RealFile& expected = GetParam();
    const std::string path = test::modelPath(expected.name);
    const KerasWeights file = KerasWeights::load(path);
    EXPECT_EQ(file.path, path);
    EXPECT_EQ(file.layers.size(), expected.layers);
    EXPECT_EQ(file.arrays().size(), expected.arrays);
    EXPECT_EQ(file.savedByTensorFlow(), expected.tensorFlow);
    EXPECT_EQ(detectNetwork(file), expected.kind);

    const NetworkWeights w = buildNetworkWeights(file, expected.kind);
    const Architecture& arch = architecture(expected.kind);
    EXPECT_EQ(w.kind, expected.kind);
    EXPECT_EQ(w.source, path);
    EXPECT_EQ(w.theanoKernels, !expected.tensorFlow);
    EXPECT_EQ(w.frameNorm.gamma.size(), std::size_t(arch.frames));
    EXPECT_EQ(w.frameNorm.runningStd.size(), std::size_t(arch.frames));
    ASSERT_EQ(w.blocks.size(), arch.channels.size());
    EXPECT_EQ(w.grus.size(), expected.kind == NetworkKind::RecurrentNet ? 2u : 0u);
    EXPECT_EQ(w.output.w.cols(), 50);
    EXPECT_EQ(w.trainableParameterCount(), arch.trainableParameters);

    // The first conv kernel as stored, in load order after the four frame-BN arrays: kept as
    // is from TensorFlow files, each 3×3 kernel flipped from Theano files.
    const WeightArray& stored = *file.arrays().at(4);
    ASSERT_EQ(stored.shape, (std::vector<std::int64_t>{arch.channels[0], 1, 3, 3}));
    const std::vector<float>& used = w.blocks[0].conv.kernel;
    ASSERT_EQ(used.size(), stored.values.size());
    for (std::size_t k = 0; k < used.size(); ++k) {
        const std::size_t source = expected.tensorFlow ? k : (k / 9) * 9 + (8 - k % 9);
        ASSERT_EQ(used[k], stored.values[source]) << k;
    }
}

TEST_P(RealWeightFiles, BuildingTheOtherNetworkFailsWithAHint) {
    const RealFile& expected = GetParam();
    const std::string path = test::modelPath(expected.name);
    const bool cnn = expected.kind == NetworkKind::ConvNet;
    const NetworkKind other = cnn ? NetworkKind::RecurrentNet : NetworkKind::ConvNet;
    expectCleanError([&] { loadNetworkWeights(path, other); }, path,
                     {"looks like a", cnn ? "ConvNet" : "RecurrentNet"});
}

INSTANTIATE_TEST_SUITE_P(
    All, RealWeightFiles,
    ::testing::Values(RealFile{"cnn_weights_tensorflow.hdf5", NetworkKind::ConvNet, true, 4, 36},
                      RealFile{"cnn_weights_theano.hdf5", NetworkKind::ConvNet, false, 4, 36},
                      RealFile{"rnn_weights_tensorflow.hdf5", NetworkKind::RecurrentNet, true, 9,
                               48},
                      RealFile{"rnn_weights_theano.hdf5", NetworkKind::RecurrentNet, false, 9, 48}),
    [](const auto& info) {
        std::string name = info.param.name.substr(0, info.param.name.find('.'));
        return name;
    });

TEST(WeightFingerprints, AreStableAndDistinct) {
    std::vector<std::uint64_t> prints;
    for (const char* network : {"cnn", "rnn"})
        for (const char* variant : {"tensorflow", "theano"}) {
            const std::string path =
                test::modelPath(std::string(network) + "_weights_" + variant + ".hdf5");
            const NetworkKind kind = parseNetworkId(network);
            const std::uint64_t first = loadNetworkWeights(path, kind).fingerprint;
            EXPECT_EQ(loadNetworkWeights(path, kind).fingerprint, first) << path;
            for (std::uint64_t p : prints) EXPECT_NE(p, first) << path;
            prints.push_back(first);
        }
}

// ---------------------------------------------------------------- broken weight files

class BadWeightFiles : public ::testing::Test {
protected:
    TempDir dir_;
};

TEST_F(BadWeightFiles, MissingFile) {
    const std::string path = dir_.file("missing.hdf5");
    expectCleanError([&] { KerasWeights::load(path); }, path, {"no such file"});
    expectCleanError([&] { TaggingNetwork::fromFile(path, NetworkKind::ConvNet); }, path,
                     {"no such file"});
}

TEST_F(BadWeightFiles, Directory) {
    const std::string path = dir_.path().string();
    expectCleanError([&] { KerasWeights::load(path); }, path, {"directory"});
}

TEST_F(BadWeightFiles, EmptyFile) {
    const std::string path = dir_.file("empty.hdf5");
    writeBytes(path, "");
    expectCleanError([&] { KerasWeights::load(path); }, path, {"not an HDF5 file"});
}

TEST_F(BadWeightFiles, TextFile) {
    const std::string path = dir_.file("text.hdf5");
    writeBytes(path, "these are not the weights you are looking for\n");
    expectCleanError([&] { KerasWeights::load(path); }, path, {"not an HDF5 file"});
}

TEST_F(BadWeightFiles, TruncatedCopy) {
    const std::string path = truncatedCopy(cnnTensorFlow(), 0.3, dir_, "truncated.hdf5");
    expectCleanError([&] { loadNetworkWeights(path, NetworkKind::ConvNet); }, path, {"truncated"});
}

TEST_F(BadWeightFiles, RecurrentNetFileLoadedAsConvNet) {
    const std::string path = copyOf(rnnTensorFlow(), dir_, "rnn.hdf5");
    expectCleanError([&] { loadNetworkWeights(path, NetworkKind::ConvNet); }, path,
                     {"not a ConvNet", "looks like a RecurrentNet"});
    expectCleanError([&] { TaggingNetwork::fromFile(path, NetworkKind::ConvNet); }, path,
                     {"looks like a RecurrentNet"});
}

TEST_F(BadWeightFiles, NoLayerNames) {
    const std::string path = dir_.file("plain.hdf5");
    {
        std::lock_guard lock(hdf5::hdf5Mutex());
        Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
        ASSERT_TRUE(file.valid());
        Handle group(H5Gcreate2(file.get(), "dense_1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                     H5Gclose);
        ASSERT_TRUE(group.valid());
    }
    expectCleanError([&] { KerasWeights::load(path); }, path, {"layer_names"});
}

TEST_F(BadWeightFiles, WrongShape) {
    const std::string path = copyOf(cnnTensorFlow(), dir_, "wrong-shape.hdf5");
    const std::vector<float> values(255 * 50, 0.25f);
    editGroup(path, "dense_1", [&](hid_t group) {
        replaceDataset(group, "dense_1_W:0", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, {255, 50},
                       values.data());
    });
    EXPECT_NO_THROW(KerasWeights::load(path));
    expectCleanError([&] { loadNetworkWeights(path, NetworkKind::ConvNet); }, path,
                     {"dense_1_W:0", "(255, 50)", "(256, 50)"});
}

TEST_F(BadWeightFiles, MissingDataset) {
    const std::string path = copyOf(cnnTensorFlow(), dir_, "missing-dataset.hdf5");
    editGroup(path, "dense_1",
              [](hid_t group) { ASSERT_GE(H5Ldelete(group, "dense_1_b:0", H5P_DEFAULT), 0); });
    expectCleanError([&] { KerasWeights::load(path); }, path, {"missing", "dense_1_b:0"});
}

TEST_F(BadWeightFiles, IntegerDataset) {
    const std::string path = copyOf(cnnTensorFlow(), dir_, "integers.hdf5");
    const std::vector<int> values(50, 1);
    editGroup(path, "dense_1", [&](hid_t group) {
        replaceDataset(group, "dense_1_b:0", H5T_STD_I32LE, H5T_NATIVE_INT, {50}, values.data());
    });
    expectCleanError([&] { KerasWeights::load(path); }, path, {"dense_1_b:0", "floating-point"});
}

TEST_F(BadWeightFiles, NaNValues) {
    const std::string path = copyOf(cnnTensorFlow(), dir_, "nan.hdf5");
    {
        std::lock_guard lock(hdf5::hdf5Mutex());
        Handle file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
        ASSERT_TRUE(file.valid());
        Handle dataset(H5Dopen2(file.get(), "/dense_1/dense_1_b:0", H5P_DEFAULT), H5Dclose);
        ASSERT_TRUE(dataset.valid());
        std::vector<float> values(50, 0.0f);
        values[17] = std::numeric_limits<float>::quiet_NaN();
        ASSERT_GE(
            H5Dwrite(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
            0);
    }
    expectCleanError([&] { KerasWeights::load(path); }, path, {"dense_1_b:0", "NaN"});
    expectCleanError([&] { TaggingNetwork::fromFile(path, NetworkKind::ConvNet); }, path, {"NaN"});
}

// ---------------------------------------------------------------- calibration files

Calibration syntheticCalibration(NetworkKind kind, std::uint64_t fingerprint, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> mean(-5.0, 5.0), variance(0.1, 500.0);
    Calibration c;
    c.kind = kind;
    c.weightsFingerprint = fingerprint;
    c.clipCount = 3;
    c.clipNames = {"a.npy", "with space, and comma.npy", "ünïcode.npy"};
    for (int channels : architecture(kind).channels) {
        ChannelStats stats;
        for (int k = 0; k < channels; ++k) {
            stats.mean.push_back(mean(rng));
            stats.variance.push_back(variance(rng));
        }
        c.layers.push_back(std::move(stats));
    }
    return c;
}

class CalibrationFiles : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        cnnTf_ = new NetworkWeights(loadNetworkWeights(cnnTensorFlow(), NetworkKind::ConvNet));
    }
    static void TearDownTestSuite() {
        delete cnnTf_;
        cnnTf_ = nullptr;
    }
    static const NetworkWeights& cnnTf() { return *cnnTf_; }

    TempDir dir_;

private:
    static inline NetworkWeights* cnnTf_ = nullptr;
};

void expectSameCalibration(const Calibration& a, const Calibration& b) {
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.weightsFingerprint, b.weightsFingerprint);
    EXPECT_EQ(a.clipCount, b.clipCount);
    EXPECT_EQ(a.clipNames, b.clipNames);
    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (std::size_t k = 0; k < a.layers.size(); ++k) {
        EXPECT_EQ(a.layers[k].mean, b.layers[k].mean) << "layer " << k;
        EXPECT_EQ(a.layers[k].variance, b.layers[k].variance) << "layer " << k;
    }
}

TEST_F(CalibrationFiles, SaveLoadRoundTrip) {
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        // A fingerprint with the top bit set, to catch signed/short parsing.
        const Calibration saved = syntheticCalibration(kind, 0xfedcba9876543210ull, 7);
        const std::string path = dir_.file(networkId(kind) + ".calibration.h5");
        saved.save(path);
        expectSameCalibration(Calibration::load(path), saved);
    }
    // Saving writes through a temporary file: nothing else is left in the folder.
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_.path()))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"cnn.calibration.h5", "rnn.calibration.h5"}));
}

TEST_F(CalibrationFiles, SaveReplacesAnExistingFile) {
    const std::string path = dir_.file("cal.h5");
    syntheticCalibration(NetworkKind::RecurrentNet, 1, 1).save(path);
    const Calibration second = syntheticCalibration(NetworkKind::ConvNet, 2, 2);
    second.save(path);
    expectSameCalibration(Calibration::load(path), second);
}

TEST_F(CalibrationFiles, FitsOnlyTheWeightsItWasMadeFor) {
    const std::string path = dir_.file("cnn.h5");
    syntheticCalibration(NetworkKind::ConvNet, cnnTf().fingerprint, 3).save(path);
    const Calibration loaded = Calibration::load(path);
    EXPECT_NO_THROW(loaded.checkFits(cnnTf(), path));

    const NetworkWeights rnn = loadNetworkWeights(rnnTensorFlow(), NetworkKind::RecurrentNet);
    expectCleanError([&] { loaded.checkFits(rnn, path); }, path, {"ConvNet", "RecurrentNet"});

    const NetworkWeights theano = loadNetworkWeights(cnnTheano(), NetworkKind::ConvNet);
    expectCleanError([&] { loaded.checkFits(theano, path); }, path, {"other weights", cnnTheano()});
}

TEST_F(CalibrationFiles, WrongChannelCountsAreCaught) {
    Calibration c = syntheticCalibration(NetworkKind::ConvNet, cnnTf().fingerprint, 4);
    c.layers[2].mean.pop_back();
    c.layers[2].variance.pop_back();
    const std::string path = dir_.file("short.h5");
    c.save(path);
    expectCleanError([&] { Calibration::load(path); }, path, {"mean", "wrong size"});
    expectCleanError([&] { c.checkFits(cnnTf(), "in memory"); }, "in memory",
                     {"wrong channel count"});
}

TEST_F(CalibrationFiles, NaNStatisticsAreRejected) {
    Calibration c = syntheticCalibration(NetworkKind::ConvNet, cnnTf().fingerprint, 5);
    c.layers[1].variance[3] = std::numeric_limits<double>::quiet_NaN();
    const std::string path = dir_.file("nan.h5");
    c.save(path);
    expectCleanError([&] { Calibration::load(path); }, path, {"NaN"});
}

TEST_F(CalibrationFiles, BrokenFilesFailCleanly) {
    const std::string missing = dir_.file("missing.h5");
    expectCleanError([&] { Calibration::load(missing); }, missing, {"no such"});

    const std::string text = dir_.file("text.h5");
    writeBytes(text, "mean,variance\n1,2\n");
    expectCleanError([&] { Calibration::load(text); }, text, {"not an HDF5 file"});

    // An HDF5 file, but a weight file rather than a calibration.
    const std::string weights = copyOf(cnnTensorFlow(), dir_, "weights.h5");
    expectCleanError([&] { Calibration::load(weights); }, weights, {"not a calibration file"});

    const std::string good = dir_.file("good.h5");
    syntheticCalibration(NetworkKind::ConvNet, 9, 6).save(good);
    const std::string truncated = truncatedCopy(good, 0.5, dir_, "truncated.h5");
    expectCleanError([&] { Calibration::load(truncated); }, truncated, {});
}

TEST_F(CalibrationFiles, SavingIntoAMissingFolderFailsCleanly) {
    const std::string path = dir_.file("no/such/folder/cal.h5");
    const Calibration c = syntheticCalibration(NetworkKind::ConvNet, 1, 8);
    expectCleanError([&] { c.save(path); }, path, {});
    EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace tagscope
