#pragma once
// Frozen statistics for the mode-2 BatchNormalization layers: per layer, per channel, the mean
// and variance that batch normalisation would compute over a calibration set. Saved as a small
// HDF5 file tied to one network and one weight file (by fingerprint).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/layers/batch_norm.h"
#include "engine/networks/network_weights.h"

namespace tagscope {

struct Calibration {
    NetworkKind kind = NetworkKind::ConvNet;
    std::uint64_t weightsFingerprint = 0;
    int clipCount = 0;
    std::vector<std::string> clipNames;  // what it was computed from, for the record
    std::vector<ChannelStats> layers;    // one per conv block

    // Throws Error naming `source` if this calibration was not made for these weights.
    void checkFits(const NetworkWeights& weights, const std::string& source) const;

    void save(const std::string& path) const;  // written to a temporary file, then renamed
    static Calibration load(const std::string& path);
};

}  // namespace tagscope
