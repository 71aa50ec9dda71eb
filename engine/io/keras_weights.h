#pragma once
// Reads a Keras 1.x HDF5 weight file (model.save_weights): the root attribute `layer_names`
// orders the layers, each layer group's `weight_names` orders its arrays. Both the Theano-saved
// files (plain names) and the TensorFlow-saved ones (names ending in ":0") are read; the order
// comes from the attributes, never from the names.

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct WeightArray {
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

struct KerasLayer {
    std::string name;
    std::vector<WeightArray> weights;
};

struct KerasWeights {
    std::string path;
    std::vector<KerasLayer> layers;

    // True when saved by the TensorFlow backend (dataset names end in ":0").
    bool savedByTensorFlow() const;
    // Every array in load order (layer by layer, weight by weight).
    std::vector<const WeightArray*> arrays() const;

    // Throws tagscope::Error naming the file for anything that is not a readable Keras 1 weight
    // file: missing, not HDF5, over 64 MiB, truncated, no layer_names, arrays beyond the size
    // limits, non-float, chunked, compressed or external data, values outside the file, NaN.
    // The file is parsed in a child process (isolated_call.h), so that even a crash of libhdf5
    // on a crafted file becomes such an Error.
    static KerasWeights load(const std::string& path);
    // The same checks and parse in this process: for tests, which build the hostile files.
    static KerasWeights loadInProcess(const std::string& path);
};

std::string shapeToString(const std::vector<std::int64_t>& shape);

}  // namespace tagscope
