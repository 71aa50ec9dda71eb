#include "engine/audio/resample_kernel.h"

#include "engine/audio/resample_kernel_variants.h"
#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

struct ResampleKernels {
    decltype(&resample_scalar::resampleGroup) resampleGroup;
    decltype(&resample_scalar::dotGroup) dotGroup;
    decltype(&resample_scalar::interpolateTaps) interpolateTaps;
    decltype(&resample_scalar::polyphaseTile) polyphaseTile;
    int tileRows;
    decltype(&resample_scalar::transposeToZ) transposeToZ;
};

const ResampleKernels& kernels() {
    static const ResampleKernels chosen = [] {
        switch (simdLevel()) {
            case SimdLevel::Avx512:
                return ResampleKernels{
                    resample_avx512::resampleGroup,       resample_avx512::dotGroup,
                    resample_avx512::interpolateTaps,     resample_avx512::polyphaseTile,
                    resample_avx512::polyphaseTileRows(), resample_avx512::transposeToZ};
            case SimdLevel::Avx2:
                return ResampleKernels{
                    resample_avx2::resampleGroup,       resample_avx2::dotGroup,
                    resample_avx2::interpolateTaps,     resample_avx2::polyphaseTile,
                    resample_avx2::polyphaseTileRows(), resample_avx2::transposeToZ};
            case SimdLevel::Baseline:
                break;
        }
        return ResampleKernels{resample_scalar::resampleGroup,       resample_scalar::dotGroup,
                               resample_scalar::interpolateTaps,     resample_scalar::polyphaseTile,
                               resample_scalar::polyphaseTileRows(), resample_scalar::transposeToZ};
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

void polyphaseTile(const PolyphaseTile& tile, float* out) {
    kernels().polyphaseTile(tile, out);
}

int polyphaseTileRows() {
    return kernels().tileRows;
}

void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,
                  std::size_t ldz) {
    kernels().transposeToZ(x, ldx, rows, columns, z, ldz);
}

}  // namespace tagscope
