#include "engine/audio/resample_kernel.h"

#include "engine/audio/resample_kernel_variants.h"
#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

struct ResampleKernels {
    decltype(&resample_scalar::resampleGroup) resampleGroup;
    decltype(&resample_scalar::dotGroup) dotGroup;
};

const ResampleKernels& kernels() {
    static const ResampleKernels chosen = [] {
        switch (simdLevel()) {
            case SimdLevel::Avx512:
                return ResampleKernels{resample_avx512::resampleGroup, resample_avx512::dotGroup};
            case SimdLevel::Avx2:
                return ResampleKernels{resample_avx2::resampleGroup, resample_avx2::dotGroup};
            case SimdLevel::Baseline:
                break;
        }
        return ResampleKernels{resample_scalar::resampleGroup, resample_scalar::dotGroup};
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

}  // namespace tagscope
