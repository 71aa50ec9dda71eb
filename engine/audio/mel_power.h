#pragma once
// The mel power spectrogram M = filterbank · |STFT|² of a 12 kHz signal (spec steps 4–5):
// frames centred by reflecting the signal at its own edges, periodic Hann 512, hop 256,
// giving 1 + n/256 frames. FFTW single precision; the plan is made once and shared.

#include <cstddef>

#include "engine/melgram.h"

namespace tagscope {

// Returns kMelBands × (1 + n/256) mel powers (not dB) in a Melgram's layout.
Melgram melPowerSpectrogram(const float* x, std::size_t n);

// Frames of an n-sample signal: 1 + n/256.
inline int frameCount(std::size_t n) {
    return int(1 + n / kHopSize);
}

}  // namespace tagscope
