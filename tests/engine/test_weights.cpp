// Keras weight files: the four real ones, and broken ones made here (with the HDF5 C API) that
// must fail with a clear tagscope::Error and print nothing. Hostile files, made to exhaust or
// crash the reader, are in test_hostile_weights.cpp.
#include <gtest/gtest.h>
#include <hdf5.h>

#include <cstring>
#include <limits>
#include <mutex>
#include <string>
#include <vector>

#include "engine/error.h"
#include "engine/io/hdf5_util.h"
#include "engine/io/keras_weights.h"
#include "engine/networks/network_weights.h"
#include "engine/networks/tagging_network.h"
#include "model_files.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
using hdf5::Handle;
using test::copyOf;
using test::editGroup;
using test::expectCleanError;
using test::replaceDataset;
using test::TempDir;
using test::truncatedCopy;
using test::writeBytes;

std::string cnnTensorFlow() {
    return test::modelPath("cnn_weights_tensorflow.hdf5");
}
std::string rnnTensorFlow() {
    return test::modelPath("rnn_weights_tensorflow.hdf5");
}

NetworkWeights loadNetworkWeights(const std::string& path, NetworkKind kind) {
    return buildNetworkWeights(KerasWeights::load(path), kind);
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

TEST_P(RealWeightFiles, TheIsolatedParseGivesWhatTheInProcessParseGives) {
    const std::string path = test::modelPath(GetParam().name);
    const KerasWeights isolated = KerasWeights::load(path);
    const KerasWeights inProcess = KerasWeights::loadInProcess(path);
    EXPECT_EQ(isolated.path, inProcess.path);
    ASSERT_EQ(isolated.layers.size(), inProcess.layers.size());
    for (std::size_t l = 0; l < isolated.layers.size(); ++l) {
        const KerasLayer& a = isolated.layers[l];
        const KerasLayer& b = inProcess.layers[l];
        EXPECT_EQ(a.name, b.name);
        ASSERT_EQ(a.weights.size(), b.weights.size()) << a.name;
        for (std::size_t w = 0; w < a.weights.size(); ++w) {
            EXPECT_EQ(a.weights[w].name, b.weights[w].name);
            EXPECT_EQ(a.weights[w].shape, b.weights[w].shape) << a.weights[w].name;
            ASSERT_EQ(a.weights[w].values.size(), b.weights[w].values.size());
            EXPECT_EQ(std::memcmp(a.weights[w].values.data(), b.weights[w].values.data(),
                                  a.weights[w].values.size() * sizeof(float)),
                      0)
                << a.weights[w].name;
        }
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
    expectCleanError([&] { KerasWeights::load(path); }, path, {"file not found"});
    expectCleanError([&] { TaggingNetwork::fromFile(path, NetworkKind::ConvNet); }, path,
                     {"file not found"});
}

TEST_F(BadWeightFiles, Directory) {
    const std::string path = dir_.path().string();
    expectCleanError([&] { KerasWeights::load(path); }, path, {"folder"});
}

TEST_F(BadWeightFiles, EmptyFile) {
    const std::string path = dir_.file("empty.hdf5");
    writeBytes(path, "");
    expectCleanError([&] { KerasWeights::load(path); }, path, {"empty"});
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

}  // namespace
}  // namespace tagscope
