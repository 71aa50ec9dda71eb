#pragma once
// Which SIMD instruction set the engine's kernels use. One binary runs on any x86-64 CPU and
// uses the widest set the CPU has:
// - hand-vectorised kernels (the resampler's) exist per level and are chosen once, at the
//   first call, from simdLevel();
// - loops left to the compiler's vectoriser are built as function clones for x86-64-v4
//   (AVX-512), x86-64-v3 (AVX2, FMA) and the baseline (TAGSCOPE_SIMD_CLONES), and the dynamic
//   loader picks one by CPU when the program starts;
// - BLAS (OpenBLAS) and FFTW choose their own kernels at run time.
// A build with TAGSCOPE_NATIVE (-march=native) compiles everything for the build machine.

#include <string>

namespace tagscope {

enum class SimdLevel { Baseline, Avx2, Avx512 };

// What this CPU supports: AVX-512 means F, DQ, BW, VL and CD; AVX2 means AVX2 with FMA.
SimdLevel cpuSimdLevel();
// What the hand-vectorised kernels use: cpuSimdLevel(), lowered (never raised) by the
// environment variable TAGSCOPE_SIMD=baseline|avx2 — for tests and comparisons.
SimdLevel simdLevel();
const char* simdLevelName(SimdLevel level);

// One line per kernel family and what it runs on this machine, for --self-check.
std::string kernelReport();

}  // namespace tagscope

#if defined(TAGSCOPE_SIMD_DISPATCH) && defined(__x86_64__)
#define TAGSCOPE_SIMD_CLONES \
    __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define TAGSCOPE_SIMD_CLONES
#endif
