#include "engine/io/keras_weights.h"

#include <cmath>
#include <filesystem>

#include "engine/error.h"
#include "engine/io/hdf5_util.h"

namespace tagscope {
namespace {

WeightArray readDataset(hid_t group, const std::string& layer, const std::string& name,
                        const std::string& path) {
    using hdf5::Handle;
    const std::string where = "dataset " + layer + "/" + name;
    Handle dataset(H5Dopen2(group, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid()) fail(path, "missing " + where);
    Handle type(H5Dget_type(dataset.get()), H5Tclose);
    if (!type.valid() || H5Tget_class(type.get()) != H5T_FLOAT)
        fail(path, where + " does not hold floating-point values");
    Handle space(H5Dget_space(dataset.get()), H5Sclose);
    const int rank = space.valid() ? H5Sget_simple_extent_ndims(space.get()) : -1;
    if (rank < 0 || rank > 8) fail(path, "unreadable shape of " + where);
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);

    WeightArray array;
    array.name = name;
    std::size_t count = 1;
    for (hsize_t d : dims) {
        array.shape.push_back(std::int64_t(d));
        count *= std::size_t(d);
    }
    if (count > (std::size_t(1) << 28)) fail(path, where + " is implausibly large");
    array.values.resize(count);
    if (count > 0 && H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                             array.values.data()) < 0)
        fail(path, "cannot read " + where + " (truncated or corrupt file?)");
    for (float v : array.values)
        if (!std::isfinite(v)) fail(path, where + " holds NaN or infinite values");
    return array;
}

}  // namespace

bool KerasWeights::savedByTensorFlow() const {
    for (const auto& layer : layers)
        for (const auto& w : layer.weights)
            if (w.name.size() > 2 && w.name.ends_with(":0")) return true;
    return false;
}

std::vector<const WeightArray*> KerasWeights::arrays() const {
    std::vector<const WeightArray*> all;
    for (const auto& layer : layers)
        for (const auto& w : layer.weights) all.push_back(&w);
    return all;
}

KerasWeights KerasWeights::load(const std::string& path) {
    using hdf5::Handle;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) fail(path, "no such file");
    if (std::filesystem::is_directory(path, ec)) fail(path, "is a directory, not a weight file");

    std::lock_guard lock(hdf5::hdf5Mutex());
    hdf5::silenceErrors();
    if (H5Fis_hdf5(path.c_str()) <= 0) fail(path, "not an HDF5 file");
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid()) fail(path, "cannot open HDF5 file (truncated or corrupt?)");

    KerasWeights weights;
    weights.path = path;
    std::vector<std::string> layerNames;
    if (!hdf5::readStringListAttribute(file.get(), "layer_names", layerNames) || layerNames.empty())
        fail(path, "not a Keras weight file (no layer_names attribute)");
    for (const auto& layerName : layerNames) {
        Handle group(H5Gopen2(file.get(), layerName.c_str(), H5P_DEFAULT), H5Gclose);
        if (!group.valid()) fail(path, "missing layer group " + layerName);
        KerasLayer layer;
        layer.name = layerName;
        std::vector<std::string> weightNames;
        if (!hdf5::readStringListAttribute(group.get(), "weight_names", weightNames))
            fail(path, "layer " + layerName + " has no readable weight_names attribute");
        for (const auto& name : weightNames)
            layer.weights.push_back(readDataset(group.get(), layerName, name, path));
        weights.layers.push_back(std::move(layer));
    }
    return weights;
}

std::string shapeToString(const std::vector<std::int64_t>& shape) {
    std::string s = "(";
    for (std::size_t k = 0; k < shape.size(); ++k) {
        if (k) s += ", ";
        s += std::to_string(shape[k]);
    }
    if (shape.size() == 1) s += ",";
    return s + ")";
}

}  // namespace tagscope
