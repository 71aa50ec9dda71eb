#pragma once
// The resampler kernels of resample_kernel.h for each instruction set, for the run-time
// choice in resample_kernel.cpp and for the tests that compare them. Call a variant only on a
// CPU that has its instruction set (simd/simd_level.h).

#include "engine/audio/resample_kernel.h"

#define TAGSCOPE_RESAMPLE_KERNELS                                                                 \
    void resampleGroup(const ResampleTaps& taps, int count, const float* const* xl,               \
                       const float* const* xr, const float* etaL, const float* etaR, float* out); \
    void dotGroup(const float* taps, int length, int count, const float* const* x, float* out);

namespace tagscope::resample_avx512 {
TAGSCOPE_RESAMPLE_KERNELS
}
namespace tagscope::resample_avx2 {
TAGSCOPE_RESAMPLE_KERNELS
}
namespace tagscope::resample_scalar {
TAGSCOPE_RESAMPLE_KERNELS
}

#undef TAGSCOPE_RESAMPLE_KERNELS
