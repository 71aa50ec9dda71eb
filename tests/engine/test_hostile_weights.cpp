// Weight files made to exhaust or crash the reader: each is refused with one clear line naming
// the file, fast and without a large allocation, both by the isolated load users get and by the
// in-process parse (so the checks themselves hold, not only the child's limits).
#include <gtest/gtest.h>
#include <hdf5.h>
#include <sys/resource.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "engine/error.h"
#include "engine/io/hdf5_util.h"
#include "engine/io/keras_weights.h"
#include "model_files.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using hdf5::Handle;
using test::editGroup;
using test::expectCleanError;
using test::replaceDataset;
using test::TempDir;
using test::writeStringList;

constexpr std::uint64_t kMiB = std::uint64_t(1) << 20;

void expectRefused(const std::string& path, const std::vector<std::string>& reasons) {
    const auto start = std::chrono::steady_clock::now();
    expectCleanError([&] { KerasWeights::load(path); }, path, reasons);
    expectCleanError([&] { KerasWeights::loadInProcess(path); }, path, reasons);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s) << path;
}

std::string cnnCopy(const TempDir& dir, const std::string& name) {
    return test::copyOf(test::modelPath("cnn_weights_tensorflow.hdf5"), dir, name);
}

// The largest resident memory of any child this process has reaped (which counts the pages it
// shares with this process).
std::uint64_t largestChildMemory() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return std::uint64_t(usage.ru_maxrss) * 1024;
}

// Replaces the CNN's dense_1_b:0 (50 floats) by one made with these creation properties.
std::string cnnWithBias(const TempDir& dir, const std::string& name, hid_t createProperties,
                        hid_t fileType = H5T_IEEE_F32LE) {
    const std::string path = cnnCopy(dir, name);
    const std::vector<float> values(50, 0.5f);
    editGroup(path, "dense_1", [&](hid_t group) {
        replaceDataset(group, "dense_1_b:0", fileType, H5T_NATIVE_FLOAT, {50}, values.data(),
                       createProperties);
    });
    return path;
}

class HostileWeightFiles : public ::testing::Test {
protected:
    TempDir dir_;
};

TEST_F(HostileWeightFiles, AHugeDeclaredDatasetIsRefusedAtOnceWithoutAllocating) {
    const std::string path = test::weightFileDeclaring({1u << 15, 1u << 15}, dir_, "huge.hdf5");
    EXPECT_LT(fs::file_size(path), 8192u);
    const bool peakReset = test::resetPeakMemory();
    const std::uint64_t before = test::residentMemory();
    const auto start = std::chrono::steady_clock::now();
    expectRefused(path, {"dense_1/dense_1_W:0", "too large", "(32768, 32768)", "1048576"});
    EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
    if (peakReset) {
        EXPECT_LT(test::peakMemory() - before, 64 * kMiB);
    }
    EXPECT_LT(largestChildMemory(), test::residentMemory() + 300 * kMiB);
}

TEST_F(HostileWeightFiles, DimensionsWhoseProductOverflowsAreRefused) {
    const hsize_t big = hsize_t(1) << 20;
    expectRefused(test::weightFileDeclaring({big, big, big, big}, dir_, "overflow.hdf5"),
                  {"too large"});
    expectRefused(test::weightFileDeclaring({1, 1, 1, 1, 1}, dir_, "rank5.hdf5"), {"5 dimensions"});
}

TEST_F(HostileWeightFiles, AnEmptyArrayIsNotAnError) {
    const std::string path = test::weightFileDeclaring({0, 5}, dir_, "empty-array.hdf5");
    const KerasWeights weights = KerasWeights::load(path);
    ASSERT_EQ(weights.arrays().size(), 1u);
    EXPECT_EQ(weights.arrays()[0]->shape, (std::vector<std::int64_t>{0, 5}));
    EXPECT_TRUE(weights.arrays()[0]->values.empty());
}

TEST_F(HostileWeightFiles, TooManyValuesInAllAreRefused) {
    // One array of the largest size allowed, listed five times.
    const std::string path = test::weightFileDeclaring({1}, dir_, "many-values.hdf5");
    const std::vector<float> values(1u << 20, 0.25f);
    editGroup(path, "dense_1", [&](hid_t group) {
        replaceDataset(group, "dense_1_W:0", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, {1u << 20},
                       values.data());
        writeStringList(group, "weight_names", std::vector<std::string>(5, "dense_1_W:0"));
    });
    expectRefused(path, {"more than 4194304 weight values in all"});
}

TEST_F(HostileWeightFiles, TooManyArraysAreRefused) {
    const std::string path = test::weightFileDeclaring({1}, dir_, "many-arrays.hdf5");
    const float one = 1.0f;
    editGroup(path, "dense_1", [&](hid_t group) {
        replaceDataset(group, "dense_1_W:0", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, {1}, &one);
        writeStringList(group, "weight_names", std::vector<std::string>(1000, "dense_1_W:0"));
    });
    {
        std::lock_guard lock(hdf5::hdf5Mutex());
        Handle file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
        writeStringList(file.get(), "layer_names", std::vector<std::string>(11, "dense_1"));
    }
    expectRefused(path, {"more than 10000 weight arrays"});
}

TEST_F(HostileWeightFiles, ValuesOutsideTheFileAreRefusedBeforeReading) {
    const std::uint64_t size = fs::file_size(test::modelPath("cnn_weights_tensorflow.hdf5"));
    for (const std::uint64_t offset :
         {size + 4096, size - 100, std::uint64_t(1) << 62, ~std::uint64_t(0) - 2}) {
        const std::string path =
            test::weightFileWithValuesAt(offset, dir_, "outside-" + std::to_string(offset));
        expectRefused(path, {"dense_1/dense_1_b:0", "outside the file"});
    }
}

TEST_F(HostileWeightFiles, ChunkedAndCompressedDatasetsAreRefused) {
    const hsize_t chunk[1] = {10};
    Handle chunked(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    H5Pset_chunk(chunked.get(), 1, chunk);
    expectRefused(cnnWithBias(dir_, "chunked.hdf5", chunked.get()), {"dense_1_b:0", "chunks"});

    Handle compressed(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    H5Pset_chunk(compressed.get(), 1, chunk);
    H5Pset_deflate(compressed.get(), 6);
    expectRefused(cnnWithBias(dir_, "compressed.hdf5", compressed.get()),
                  {"dense_1_b:0", "compressed"});
}

TEST_F(HostileWeightFiles, ExternalStorageIsRefused) {
    Handle external(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    H5Pset_external(external.get(), dir_.file("elsewhere.bin").c_str(), 0, 50 * sizeof(float));
    expectRefused(cnnWithBias(dir_, "external.hdf5", external.get()),
                  {"dense_1_b:0", "external file"});
}

TEST_F(HostileWeightFiles, CompactStorageIsRead) {
    Handle compact(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    H5Pset_layout(compact.get(), H5D_COMPACT);
    const KerasWeights weights =
        KerasWeights::load(cnnWithBias(dir_, "compact.hdf5", compact.get()));
    EXPECT_EQ(weights.layers.back().weights.back().values, std::vector<float>(50, 0.5f));
}

TEST_F(HostileWeightFiles, DatasetsWithoutStoredValuesAreRefused) {
    const std::string path = cnnCopy(dir_, "unwritten.hdf5");
    editGroup(path, "dense_1", [&](hid_t group) {
        replaceDataset(group, "dense_1_b:0", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, {50}, nullptr);
    });
    expectRefused(path, {"dense_1_b:0", "stores 0 bytes where its shape needs 200"});
}

TEST_F(HostileWeightFiles, OnlyIeeeFloatsAreRead) {
    expectRefused(cnnWithBias(dir_, "long-double.hdf5", H5P_DEFAULT, H5T_NATIVE_LDOUBLE),
                  {"dense_1_b:0", "unsupported kind"});
    const std::string path = cnnCopy(dir_, "strings.hdf5");
    editGroup(path, "dense_1", [&](hid_t group) {
        Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(type.get(), 4);
        replaceDataset(group, "dense_1_b:0", type.get(), type.get(), {50},
                       std::string(200, 'x').c_str());
    });
    expectRefused(path, {"dense_1_b:0", "floating-point"});
}

TEST_F(HostileWeightFiles, MalformedNameListsAreRefused) {
    const std::string path = cnnCopy(dir_, "names.hdf5");
    const auto withLayerNames = [&](const std::function<void(hid_t)>& write) {
        std::lock_guard lock(hdf5::hdf5Mutex());
        Handle file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
        H5Adelete(file.get(), "layer_names");
        write(file.get());
    };

    withLayerNames([](hid_t file) {
        const int numbers[3] = {1, 2, 3};
        const hsize_t dims[1] = {3};
        Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
        Handle attr(
            H5Acreate2(file, "layer_names", H5T_STD_I32LE, space.get(), H5P_DEFAULT, H5P_DEFAULT),
            H5Aclose);
        H5Awrite(attr.get(), H5T_NATIVE_INT, numbers);
    });
    expectRefused(path, {"attribute layer_names", "does not hold strings"});

    withLayerNames([](hid_t file) {
        writeStringList(file, "layer_names", std::vector<std::string>(1001, "dense_1"));
    });
    expectRefused(path, {"attribute layer_names", "1001 strings", "at most 1000"});

    withLayerNames([](hid_t file) { writeStringList(file, "layer_names", {"dense_1"}, 2000); });
    expectRefused(path, {"attribute layer_names", "2000 bytes"});

    withLayerNames([](hid_t file) {
        const hsize_t dims[2] = {2, 2};
        Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(type.get(), 8);
        Handle space(H5Screate_simple(2, dims, nullptr), H5Sclose);
        Handle attr(
            H5Acreate2(file, "layer_names", type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
            H5Aclose);
        H5Awrite(attr.get(), type.get(), std::string(32, 'a').c_str());
    });
    expectRefused(path, {"attribute layer_names", "2 dimensions"});

    withLayerNames([](hid_t file) { writeStringList(file, "layer_names", {"dense_1", ""}); });
    expectRefused(path, {"invalid name"});

    withLayerNames([](hid_t file) { writeStringList(file, "layer_names", {"dense_1/x"}); });
    expectRefused(path, {"dense_1/x", "invalid name"});

    withLayerNames([](hid_t file) { writeStringList(file, "layer_names", {"line\nbreak"}); });
    expectRefused(path, {"missing layer group line?break"});
}

TEST_F(HostileWeightFiles, LinksToElsewhereAreRefused) {
    const std::string path = cnnCopy(dir_, "links.hdf5");
    {
        std::lock_guard lock(hdf5::hdf5Mutex());
        Handle file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
        ASSERT_GE(H5Lcreate_soft("/dense_1", file.get(), "soft", H5P_DEFAULT, H5P_DEFAULT), 0);
        ASSERT_GE(
            H5Lcreate_external("/dev/zero", "/", file.get(), "external", H5P_DEFAULT, H5P_DEFAULT),
            0);
        writeStringList(file.get(), "layer_names", {"soft"});
    }
    expectRefused(path, {"layer group soft", "link to elsewhere"});
    editGroup(path, "/", [](hid_t root) { writeStringList(root, "layer_names", {"external"}); });
    expectRefused(path, {"layer group external", "link to elsewhere"});
}

TEST_F(HostileWeightFiles, OversizedFilesAreRefusedUnread) {
    const std::string path = dir_.file("big.hdf5");
    {
        std::ofstream out(path, std::ios::binary);
        out << hdf5::kSignature;
    }
    fs::resize_file(path, 65 * kMiB);
    expectRefused(path, {"too large for a weight file", "at most 64 MiB"});
}

}  // namespace
}  // namespace tagscope
