#pragma once
// The resampler kernels of resample_kernel.h for each instruction set, for the run-time
// choice in resample_kernel.cpp and for the tests that compare them. Call a variant only on a
// CPU that has its instruction set (simd/simd_level.h).

#include "engine/audio/resample_kernel.h"

namespace tagscope {

// Calls f.template operator()<N>() with N = count (1 … kPhaseGroup) as a compile-time
// constant, so each variant's dotGroup unrolls its group size.
template <typename F>
void withGroupSize(int count, F&& f) {
    switch (count) {
        case 1:
            return f.template operator()<1>();
        case 2:
            return f.template operator()<2>();
        case 3:
            return f.template operator()<3>();
        case 4:
            return f.template operator()<4>();
        case 5:
            return f.template operator()<5>();
        case 6:
            return f.template operator()<6>();
        case 7:
            return f.template operator()<7>();
        default:
            return f.template operator()<kPhaseGroup>();
    }
}

}  // namespace tagscope

#define TAGSCOPE_RESAMPLE_KERNELS                                                                 \
    void resampleGroup(const ResampleTaps& taps, int count, const float* const* xl,               \
                       const float* const* xr, const float* etaL, const float* etaR, float* out); \
    void dotGroup(const float* taps, int length, int count, const float* const* x, float* out);   \
    void interpolateTaps(const float* taps, const float* deltas, float eta, int width,            \
                         float* out);                                                             \
    void polyphaseTile(const PolyphaseTile& tile, float* out);                                    \
    int polyphaseTileRows();                                                                      \
    void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,           \
                      std::size_t ldz);

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
