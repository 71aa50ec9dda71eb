#pragma once
// Where the programs find the pretrained weights and the default calibrations.
//
// Weights (cnn_weights_tensorflow.hdf5, ...), first match wins:
//   1. $TAGSCOPE_MODELS_DIR
//   2. <executable>/../share/tagscope/models       (an installed prefix)
//   3. the folder configured at build time          (TAGSCOPE_MODELS_DIR, ../shared/models),
//      only for the programs of the build tree itself
// Default calibrations (calibration/<weights-stem>.calibration.json, or the .calibration.h5 of
// Tagscope 0.1.0):
//   1. $TAGSCOPE_DATA_DIR
//   2. <executable>/../share/tagscope               (installed prefix, or the build tree)
//   3. the build tree's share/tagscope               (programs of the build tree only)
// The tag vocabulary (vocabulary.json) is looked up in the same folders as calibrations.

#include <string>
#include <vector>

#include "engine/networks/network_weights.h"

namespace tagscope {

enum class WeightsVariant { TensorFlow, Theano };

std::string weightsVariantId(WeightsVariant variant);  // "tensorflow" / "theano"
std::string defaultWeightsFileName(NetworkKind kind, WeightsVariant variant);

// The folder of the running executable (from /proc/self/exe), or "" if unknown.
std::string executableDir();

std::vector<std::string> modelSearchDirs();
std::vector<std::string> dataSearchDirs();

// Throws Error listing the folders searched if the file is nowhere.
std::string findWeights(NetworkKind kind, WeightsVariant variant);

// The sample tracks' folder: $TAGSCOPE_SAMPLES_DIR, <executable>/../share/tagscope/samples,
// then (build tree only) the configured TAGSCOPE_SAMPLES_DIR; "" if none exists.
std::string findSamplesDir();

// The calibration file name that goes with a weight file: "<stem>.calibration.json".
std::string calibrationFileNameFor(const std::string& weightsPath);
// The default calibration for a weight file, or "" if there is none. In each folder a
// "<stem>.calibration.json" is preferred to the "<stem>.calibration.h5" of Tagscope 0.1.0.
std::string findDefaultCalibration(const std::string& weightsPath);

// The shipped tag vocabulary: the first dataSearchDirs() folder holding "vocabulary.json", or
// "" if there is none.
std::string findVocabulary();

}  // namespace tagscope
