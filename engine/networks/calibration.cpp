#include "engine/networks/calibration.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/hdf5_util.h"

namespace tagscope {
namespace {
using hdf5::Handle;

constexpr const char* kFormat = "tagscope-calibration";
constexpr int kFormatVersion = 1;

void writeStringAttribute(hid_t object, const char* name, const std::string& value) {
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type.get(), value.empty() ? 1 : value.size());
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attr(H5Acreate2(object, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                H5Aclose);
    if (!attr.valid() || H5Awrite(attr.get(), type.get(), value.c_str()) < 0)
        throw Error(std::string("cannot write attribute ") + name);
}

std::string readStringAttribute(hid_t object, const char* name, const std::string& path) {
    if (H5Aexists(object, name) <= 0)
        fail(path, std::string("not a calibration file (no ") + name + ")");
    Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    Handle type(H5Aget_type(attr.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING || H5Tis_variable_str(type.get()) > 0)
        fail(path, std::string("malformed attribute ") + name);
    std::string value(H5Tget_size(type.get()), '\0');
    if (H5Aread(attr.get(), type.get(), value.data()) < 0)
        fail(path, std::string("cannot read attribute ") + name);
    value.erase(value.find_last_not_of('\0') + 1);
    return value;
}

void writeVector(hid_t group, const char* name, const std::vector<double>& values) {
    const hsize_t dims[1] = {values.size()};
    Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
    Handle dataset(
        H5Dcreate2(group, name, H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
        H5Dclose);
    if (!dataset.valid() || H5Dwrite(dataset.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL,
                                     H5P_DEFAULT, values.data()) < 0)
        throw Error(std::string("cannot write dataset ") + name);
}

std::vector<double> readVector(hid_t group, const std::string& groupName,
                               const std::string& datasetName, std::size_t expected,
                               const std::string& path) {
    const std::string name = groupName + "/" + datasetName;
    Handle dataset(H5Dopen2(group, datasetName.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid()) fail(path, "missing dataset " + name);
    Handle space(H5Dget_space(dataset.get()), H5Sclose);
    if (H5Sget_simple_extent_ndims(space.get()) != 1 ||
        std::size_t(H5Sget_simple_extent_npoints(space.get())) != expected)
        fail(path, "dataset " + name + " has the wrong size");
    std::vector<double> values(expected);
    if (H5Dread(dataset.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
        fail(path, "cannot read dataset " + name + " (truncated or corrupt file?)");
    for (double v : values)
        if (!std::isfinite(v)) fail(path, "dataset " + name + " holds NaN or infinite values");
    return values;
}

std::string hex(std::uint64_t v) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
    return buffer;
}

}  // namespace

void Calibration::checkFits(const NetworkWeights& weights, const std::string& source) const {
    if (kind != weights.kind)
        fail(source, "was made for the " + networkDisplayName(kind) + ", not the " +
                         networkDisplayName(weights.kind));
    if (weightsFingerprint != weights.fingerprint)
        fail(source, "was made for other weights than " + weights.source +
                         " (recompute it with 'tagscope-cli calibrate')");
    if (layers.size() != weights.blocks.size()) fail(source, "has the wrong number of layers");
    for (std::size_t k = 0; k < layers.size(); ++k)
        if (layers[k].mean.size() != std::size_t(weights.blocks[k].conv.outChannels))
            fail(source, "layer " + std::to_string(k + 1) + " has the wrong channel count");
}

void Calibration::save(const std::string& path) const {
    writeFileAtomically(path, [&](const std::string& temporary) {
        std::lock_guard lock(hdf5::hdf5Mutex());
        hdf5::silenceErrors();
        Handle file(H5Fcreate(temporary.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT),
                    H5Fclose);
        if (!file.valid()) fail(path, "cannot create file");
        writeStringAttribute(file.get(), "format", kFormat);
        writeStringAttribute(file.get(), "version", std::to_string(kFormatVersion));
        writeStringAttribute(file.get(), "network", networkId(kind));
        writeStringAttribute(file.get(), "weights_fingerprint", hex(weightsFingerprint));
        writeStringAttribute(file.get(), "clip_count", std::to_string(clipCount));
        std::string names;
        for (const auto& n : clipNames) names += n + "\n";
        writeStringAttribute(file.get(), "clips", names);
        for (std::size_t k = 0; k < layers.size(); ++k) {
            const std::string name = "layer_" + std::to_string(k + 1);
            Handle group(
                H5Gcreate2(file.get(), name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                H5Gclose);
            writeVector(group.get(), "mean", layers[k].mean);
            writeVector(group.get(), "variance", layers[k].variance);
        }
    });
}

Calibration Calibration::load(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) fail(path, "no such calibration file");
    std::lock_guard lock(hdf5::hdf5Mutex());
    hdf5::silenceErrors();
    if (H5Fis_hdf5(path.c_str()) <= 0) fail(path, "not an HDF5 file");
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid()) fail(path, "cannot open HDF5 file (truncated or corrupt?)");
    if (readStringAttribute(file.get(), "format", path) != kFormat)
        fail(path, "not a Tagscope calibration file");
    if (readStringAttribute(file.get(), "version", path) != std::to_string(kFormatVersion))
        fail(path, "unsupported calibration file version");

    Calibration c;
    try {
        c.kind = parseNetworkId(readStringAttribute(file.get(), "network", path));
        c.weightsFingerprint =
            std::stoull(readStringAttribute(file.get(), "weights_fingerprint", path), nullptr, 16);
        c.clipCount = std::stoi(readStringAttribute(file.get(), "clip_count", path));
    } catch (const std::logic_error&) {
        fail(path, "malformed calibration attributes");
    }
    std::string names = readStringAttribute(file.get(), "clips", path);
    for (std::size_t start = 0, end; (end = names.find('\n', start)) != std::string::npos;
         start = end + 1)
        c.clipNames.push_back(names.substr(start, end - start));
    const Architecture& arch = architecture(c.kind);
    for (std::size_t k = 0; k < arch.channels.size(); ++k) {
        const std::string name = "layer_" + std::to_string(k + 1);
        Handle group(H5Gopen2(file.get(), name.c_str(), H5P_DEFAULT), H5Gclose);
        if (!group.valid()) fail(path, "missing group " + name);
        ChannelStats stats;
        stats.mean = readVector(group.get(), name, "mean", std::size_t(arch.channels[k]), path);
        stats.variance =
            readVector(group.get(), name, "variance", std::size_t(arch.channels[k]), path);
        c.layers.push_back(std::move(stats));
    }
    return c;
}

}  // namespace tagscope
