#pragma once
// Melgrams as .npy files: (96, 1366) or (1, 1, 96, 1366), float32 or float64. The shape is
// checked before any data is read; every value must be finite and within ±1000 dB (a
// log-mel-spectrogram in dB never leaves that range).

#include <string>

#include "engine/melgram.h"

namespace tagscope {

Melgram readMelgramNpy(const std::string& path);
// Writes (1, 1, 96, frames) float32, atomically.
void writeMelgramNpy(const std::string& path, const Melgram& melgram);

}  // namespace tagscope
