#pragma once
// Log-mel-spectrograms as the original computed them (spec steps 3–6).

#include <cstddef>

#include "engine/melgram.h"

namespace tagscope {

// Steps 5–6 in place on mel powers: the extra square, dB, and one 80 dB floor below the
// maximum over the whole array.
void toDecibels(Melgram& melPowers);

// Steps 4–6 on x[0..n) as one array: 1 + n/256 frames (reflect padding at x's own edges), the
// extra square, dB, and one 80 dB floor below the maximum over the whole array.
Melgram logMelSpectrogram(const float* x, std::size_t n);

// Where the central 29.12 s window of an n-sample signal starts (0 if n is shorter).
std::size_t centralWindowStart(std::size_t n);

// Steps 3–6: the 96 × 1366 network input for any 12 kHz signal (centre crop or zero padding).
Melgram melgramFromSignal(const float* signal12k, std::size_t n);

// The 96 × 1366 melgram of the kClipSamples starting at `start`, zero-padded past n.
Melgram melgramOfWindow(const float* signal12k, std::size_t n, std::size_t start);

}  // namespace tagscope
