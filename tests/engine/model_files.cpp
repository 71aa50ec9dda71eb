#include "model_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>

#include "engine/error.h"
#include "engine/io/hdf5_util.h"
#include "support/oracle.h"

namespace tagscope::test {
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

void writeStringAttribute(hid_t object, const char* name, const std::string& value) {
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type.get(), value.empty() ? 1 : value.size());
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attr(H5Acreate2(object, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                H5Aclose);
    ASSERT_TRUE(attr.valid()) << name;
    ASSERT_GE(H5Awrite(attr.get(), type.get(), value.c_str()), 0) << name;
}

void writeVector(hid_t group, const char* name, const std::vector<double>& values) {
    const hsize_t dims[1] = {values.size()};
    Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
    Handle dataset(
        H5Dcreate2(group, name, H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
        H5Dclose);
    ASSERT_TRUE(dataset.valid()) << name;
    ASSERT_GE(
        H5Dwrite(dataset.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
        0);
}

std::uint64_t statusField(const std::string& field) {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.starts_with(field + ":")) return std::stoull(line.substr(field.size() + 1)) << 10;
    return 0;
}

void appendLittleEndian(std::string& bytes, std::uint64_t value) {
    for (int k = 0; k < 8; ++k) bytes += char((value >> (8 * k)) & 0xff);
}

}  // namespace

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    ASSERT_TRUE(out.good()) << path;
}

std::string copyOf(const std::string& source, const TempDir& dir, const std::string& name) {
    const std::string target = dir.file(name);
    fs::copy_file(source, target, fs::copy_options::overwrite_existing);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::add);
    return target;
}

std::string truncatedCopy(const std::string& source, double fraction, const TempDir& dir,
                          const std::string& name) {
    std::string bytes = readBytes(source);
    bytes.resize(std::size_t(double(bytes.size()) * fraction));
    const std::string target = dir.file(name);
    writeBytes(target, bytes);
    return target;
}

void editGroup(const std::string& path, const char* group, const std::function<void(hid_t)>& edit) {
    std::lock_guard lock(hdf5::hdf5Mutex());
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
    ASSERT_TRUE(file.valid()) << path;
    Handle g(H5Gopen2(file.get(), group, H5P_DEFAULT), H5Gclose);
    ASSERT_TRUE(g.valid()) << group;
    edit(g.get());
}

void replaceDataset(hid_t group, const char* name, hid_t fileType, hid_t memType,
                    const std::vector<hsize_t>& dims, const void* values, hid_t createProperties) {
    if (H5Lexists(group, name, H5P_DEFAULT) > 0) {
        ASSERT_GE(H5Ldelete(group, name, H5P_DEFAULT), 0) << name;
    }
    Handle space(H5Screate_simple(int(dims.size()), dims.data(), nullptr), H5Sclose);
    Handle dataset(
        H5Dcreate2(group, name, fileType, space.get(), H5P_DEFAULT, createProperties, H5P_DEFAULT),
        H5Dclose);
    ASSERT_TRUE(dataset.valid()) << name;
    if (values) {
        ASSERT_GE(H5Dwrite(dataset.get(), memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, values), 0);
    }
}

void writeStringList(hid_t object, const char* name, const std::vector<std::string>& values,
                     std::size_t size) {
    for (const std::string& v : values) size = std::max(size, v.size());
    if (H5Aexists(object, name) > 0) {
        ASSERT_GE(H5Adelete(object, name), 0);
    }
    std::string buffer(std::max<std::size_t>(size, 1) * values.size(), '\0');
    for (std::size_t k = 0; k < values.size(); ++k)
        buffer.replace(k * std::max<std::size_t>(size, 1), values[k].size(), values[k]);
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type.get(), std::max<std::size_t>(size, 1));
    H5Tset_strpad(type.get(), H5T_STR_NULLPAD);
    const hsize_t dims[1] = {values.size()};
    Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
    Handle attr(H5Acreate2(object, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                H5Aclose);
    ASSERT_TRUE(attr.valid()) << name;
    ASSERT_GE(H5Awrite(attr.get(), type.get(), buffer.data()), 0) << name;
}

std::string weightFileDeclaring(const std::vector<hsize_t>& dims, const TempDir& dir,
                                const std::string& name) {
    const std::string path = dir.file(name);
    std::lock_guard lock(hdf5::hdf5Mutex());
    Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
    EXPECT_TRUE(file.valid()) << path;
    writeStringList(file.get(), "layer_names", {"dense_1"});
    Handle group(H5Gcreate2(file.get(), "dense_1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                 H5Gclose);
    writeStringList(group.get(), "weight_names", {"dense_1_W:0"});
    replaceDataset(group.get(), "dense_1_W:0", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, dims, nullptr);
    return path;
}

std::string weightFileWithValuesAt(std::uint64_t offset, const TempDir& dir,
                                   const std::string& name) {
    const std::string path = copyOf(modelPath("cnn_weights_tensorflow.hdf5"), dir, name);
    haddr_t address = HADDR_UNDEF;
    hsize_t size = 0;
    {
        std::lock_guard lock(hdf5::hdf5Mutex());
        Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
        Handle dataset(H5Dopen2(file.get(), "/dense_1/dense_1_b:0", H5P_DEFAULT), H5Dclose);
        address = H5Dget_offset(dataset.get());
        size = H5Dget_storage_size(dataset.get());
    }
    // A version 3 layout message of a contiguous dataset: class 1, address, size.
    std::string pattern(1, '\x01');
    appendLittleEndian(pattern, address);
    appendLittleEndian(pattern, size);
    std::string bytes = readBytes(path);
    const std::size_t at = bytes.find(pattern);
    EXPECT_NE(at, std::string::npos) << "no layout message found";
    EXPECT_EQ(bytes.find(pattern, at + 1), std::string::npos) << "layout message not unique";
    std::string patched;
    appendLittleEndian(patched, offset);
    bytes.replace(at + 1, 8, patched);
    writeBytes(path, bytes);
    return path;
}

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

void writeLegacyCalibration(const Calibration& c, const std::string& path) {
    std::lock_guard lock(hdf5::hdf5Mutex());
    Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
    ASSERT_TRUE(file.valid()) << path;
    writeStringAttribute(file.get(), "format", "tagscope-calibration");
    writeStringAttribute(file.get(), "version", "1");
    writeStringAttribute(file.get(), "network", networkId(c.kind));
    writeStringAttribute(file.get(), "weights_fingerprint", fingerprintHex(c.weightsFingerprint));
    writeStringAttribute(file.get(), "clip_count", std::to_string(c.clipCount));
    std::string names;
    for (const auto& n : c.clipNames) names += n + "\n";
    writeStringAttribute(file.get(), "clips", names);
    for (std::size_t k = 0; k < c.layers.size(); ++k) {
        const std::string name = "layer_" + std::to_string(k + 1);
        Handle group(H5Gcreate2(file.get(), name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                     H5Gclose);
        writeVector(group.get(), "mean", c.layers[k].mean);
        writeVector(group.get(), "variance", c.layers[k].variance);
    }
}

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
    EXPECT_TRUE(message.starts_with(path + ": "))
        << "message does not begin with the file: " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << "message is not one line: " << message;
    for (const std::string& reason : reasons)
        EXPECT_NE(message.find(reason), std::string::npos)
            << "message lacks '" << reason << "': " << message;
    EXPECT_EQ(printed, "") << "stderr was not silent";
}

std::uint64_t residentMemory() {
    return statusField("VmRSS");
}

std::uint64_t peakMemory() {
    return statusField("VmHWM");
}

bool resetPeakMemory() {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return clear.good();
}

}  // namespace tagscope::test
