#include "engine/io/keras_weights.h"

#include <cmath>

#include "engine/error.h"
#include "engine/io/hdf5_util.h"
#include "engine/io/input_file.h"
#include "engine/io/isolated_call.h"
#include "engine/io/wire_format.h"

namespace tagscope {
namespace {

// Far above what the two networks need (their largest array holds 442,368 values, all arrays
// together under 900,000), far below what could exhaust memory or time.
constexpr std::uint64_t kMaxFileBytes = std::uint64_t(64) << 20;
constexpr hdf5::StringListLimits kNameLimits{1000, 1024};
constexpr hdf5::DatasetLimits kArrayLimits{4, 1'048'576};
constexpr std::uint64_t kMaxTotalValues = 4'194'304;
constexpr std::uint64_t kMaxArrays = 10'000;

// The checks made before HDF5 sees the file; returns its size.
std::uint64_t checkWeightFile(const std::string& path) {
    const std::uint64_t size = checkInputFile(path);
    if (size > kMaxFileBytes)
        fail(path, "is too large for a weight file (" + std::to_string(size >> 20) +
                       " MiB; at most " + std::to_string(kMaxFileBytes >> 20) + " MiB)");
    if (!hdf5::hasSignature(path)) fail(path, "not an HDF5 file");
    return size;
}

void countArray(std::uint64_t& arrays, std::uint64_t& values, std::uint64_t arrayValues,
                const std::string& path) {
    if (++arrays > kMaxArrays)
        fail(path, "holds more than " + std::to_string(kMaxArrays) +
                       " weight arrays (not a weight file of these networks)");
    values += arrayValues;
    if (values > kMaxTotalValues)
        fail(path, "holds more than " + std::to_string(kMaxTotalValues) +
                       " weight values in all (not a weight file of these networks)");
}

KerasWeights parse(const std::string& path, std::uint64_t fileSize) {
    using hdf5::Handle;
    std::lock_guard lock(hdf5::hdf5Mutex());
    hdf5::silenceErrors();
    Handle file = hdf5::openFile(path);
    const auto layerNames =
        hdf5::readStringList(file.get(), "layer_names", kNameLimits, path, "the file");
    if (!layerNames || layerNames->empty())
        fail(path, "not a Keras weight file (no layer_names attribute)");

    KerasWeights weights;
    weights.path = path;
    std::uint64_t arrays = 0, values = 0;
    for (const std::string& layerName : *layerNames) {
        const std::string layerLabel = hdf5::printable(layerName);
        const std::string what = "layer group " + layerLabel;
        Handle group = hdf5::openGroup(file.get(), layerName, path, what);
        const auto weightNames =
            hdf5::readStringList(group.get(), "weight_names", kNameLimits, path, what);
        if (!weightNames)
            fail(path, "layer " + layerLabel + " has no readable weight_names attribute");
        KerasLayer layer{layerName, {}};
        for (const std::string& name : *weightNames) {
            const std::string where = "dataset " + layerLabel + "/" + hdf5::printable(name);
            Handle dataset = hdf5::openDataset(group.get(), name, path, where);
            const hdf5::DatasetShape shape =
                hdf5::checkFloatDataset(dataset.get(), fileSize, kArrayLimits, path, where);
            countArray(arrays, values, shape.values, path);
            layer.weights.push_back(
                {name, shape.dims, hdf5::readFloats(dataset.get(), shape, path, where)});
        }
        weights.layers.push_back(std::move(layer));
    }
    return weights;
}

// What the child hands to the parent (wire_format.h).
std::string encode(const KerasWeights& weights) {
    constexpr std::size_t count = sizeof(std::uint64_t);
    std::size_t size = count;
    for (const KerasLayer& layer : weights.layers) {
        size += 2 * count + layer.name.size();
        for (const WeightArray& array : layer.weights)
            size += (3 + array.shape.size()) * count + array.name.size() +
                    array.values.size() * sizeof(float);
    }
    WireWriter out;
    out.reserve(size);
    out.putCount(weights.layers.size());
    for (const KerasLayer& layer : weights.layers) {
        out.putString(layer.name);
        out.putCount(layer.weights.size());
        for (const WeightArray& array : layer.weights) {
            out.putString(array.name);
            out.putCount(array.shape.size());
            for (std::int64_t d : array.shape) out.putCount(std::uint64_t(d));
            out.putCount(array.values.size());
            out.putFloats(array.values);
        }
    }
    return out.take();
}

// The parent's side: the same limits as the parse, checked before each allocation.
KerasWeights decode(const std::string& path, std::string_view bytes) {
    WireReader in(bytes, path);
    KerasWeights weights;
    weights.path = path;
    std::uint64_t arrays = 0, values = 0;
    weights.layers.resize(in.getCount(kNameLimits.maxCount));
    for (KerasLayer& layer : weights.layers) {
        layer.name = in.getString(kNameLimits.maxLength);
        const std::uint64_t count = in.getCount(kNameLimits.maxCount);
        if (arrays + count > kMaxArrays) in.reject();
        layer.weights.resize(count);
        for (WeightArray& array : layer.weights) {
            array.name = in.getString(kNameLimits.maxLength);
            const std::uint64_t rank = in.getCount(std::uint64_t(kArrayLimits.maxRank));
            std::uint64_t product = 1;
            for (std::uint64_t k = 0; k < rank; ++k) {
                const std::uint64_t d = in.getCount(kArrayLimits.maxValues);
                product = d == 0 || product == 0 ? 0 : product * d;
                if (product > kArrayLimits.maxValues) in.reject();
                array.shape.push_back(std::int64_t(d));
            }
            if (in.getCount(kArrayLimits.maxValues) != product) in.reject();
            countArray(arrays, values, product, path);
            array.values = in.getFloats(product);
            for (float v : array.values)
                if (!std::isfinite(v)) in.reject();
        }
    }
    in.expectEnd();
    return weights;
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
    const std::uint64_t size = checkWeightFile(path);
    const IsolatedReader reader{"the HDF5 library", "corrupt or not a Keras weight file",
                                &hdf5::hdf5Mutex()};
    return decode(path, runIsolated(path, reader, [&] { return encode(parse(path, size)); }));
}

KerasWeights KerasWeights::loadInProcess(const std::string& path) {
    return parse(path, checkWeightFile(path));
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
