#pragma once
// How the mode-2 BatchNormalization layers get their statistics.

#include <string>

namespace tagscope {

enum class NormMode {
    Batch,       // statistics of the clips run together: what the original did
    Track,       // each clip alone (a batch of one)
    Calibrated,  // frozen per-layer statistics from a calibration set (the default)
};

std::string normModeId(NormMode mode);          // "batch", "track", "calibrated"
NormMode parseNormMode(const std::string& id);  // throws Error on anything else

}  // namespace tagscope
