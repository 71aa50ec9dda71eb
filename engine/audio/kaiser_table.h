#pragma once
// The half-window of resampy 0.1.x's 'kaiser_best' filter (spec step 2): a Kaiser-windowed sinc
// sampled at kKaiserPrecision points per zero crossing over kKaiserZeroCrossings crossings.

#include <vector>

namespace tagscope {

inline constexpr int kKaiserPrecision = 512;
inline constexpr int kKaiserZeroCrossings = 64;
inline constexpr int kKaiserTableSize = kKaiserPrecision * kKaiserZeroCrossings + 1;

// h[0 .. kKaiserTableSize), computed once (thread-safe) in double precision.
const std::vector<double>& kaiserBestTable();

}  // namespace tagscope
