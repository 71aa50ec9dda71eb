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
    // file (missing, not HDF5, truncated, no layer_names, non-float or non-finite data).
    static KerasWeights load(const std::string& path);
};

std::string shapeToString(const std::vector<std::int64_t>& shape);

}  // namespace tagscope
