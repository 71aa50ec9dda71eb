#include "engine/audio/resample_kernel.h"

#include "engine/audio/resample_kernel_variants.h"
#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

struct ResampleKernels {
    decltype(&resample_scalar::resampleGroup) resampleGroup;
    decltype(&resample_scalar::dotGroup) dotGroup;
    decltype(&resample_scalar::interpolateTaps) interpolateTaps;
};

const ResampleKernels& kernels() {
    static const ResampleKernels chosen = [] {
        switch (simdLevel()) {
            case SimdLevel::Avx512:
                return ResampleKernels{resample_avx512::resampleGroup, resample_avx512::dotGroup,
                                       resample_avx512::interpolateTaps};
            case SimdLevel::Avx2:
                return ResampleKernels{resample_avx2::resampleGroup, resample_avx2::dotGroup,
                                       resample_avx2::interpolateTaps};
            case SimdLevel::Baseline:
                break;
        }
        return ResampleKernels{resample_scalar::resampleGroup, resample_scalar::dotGroup,
                               resample_scalar::interpolateTaps};
    }();
    return chosen;
}

}  // namespace

void resampleGroup(const ResampleTaps& taps, int count, const float* const* xl,
                   const float* const* xr, const float* etaL, const float* etaR, float* out) {
    kernels().resampleGroup(taps, count, xl, xr, etaL, etaR, out);
}

void dotGroup(const float* taps, int length, int count, const float* const* x, float* out) {
    kernels().dotGroup(taps, length, count, x, out);
}

void interpolateTaps(const float* taps, const float* deltas, float eta, int width, float* out) {
    kernels().interpolateTaps(taps, deltas, eta, width, out);
}

}  // namespace tagscope
