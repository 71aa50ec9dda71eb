#pragma once
// Calibration files as Tagscope 0.1.0 saved them: HDF5, with root string attributes format
// ("tagscope-calibration"), version ("1"), network, weights_fingerprint (16 hex digits),
// clip_count (decimal) and clips (each name followed by "\n"), and groups layer_1, layer_2, ...
// each holding float64 datasets mean and variance.

#include <cstdint>
#include <string>

#include "engine/networks/calibration.h"

namespace tagscope {

// Parses one (under the HDF5 lock), checking every attribute's type and size and every
// dataset's shape and storage before reading it; the caller validates the statistics
// (Calibration::fromJson). libhdf5 may still crash on a crafted file, so Calibration::load calls
// this only in a child process.
Calibration readLegacyCalibration(const std::string& path, std::uint64_t fileSize);

}  // namespace tagscope
