// AVX2 with FMA: built with those instruction sets enabled for this file only.
// One of the resampler kernels of resample_kernel.h, chosen at run time (resample_kernel.cpp).
#include <immintrin.h>

#include "engine/audio/polyphase_tile_kernel.h"
#include "engine/audio/resample_kernel_variants.h"

namespace tagscope::resample_avx2 {

namespace {

float resampleOne(const ResampleTaps& t, const float* xl, const float* xr, float etaL, float etaR) {
    __m256 a = _mm256_setzero_ps(), b = a, c = a, d = a;
    for (int i = 0; i < t.width; i += 8) {
        const __m256 x = _mm256_loadu_ps(xl + i), y = _mm256_loadu_ps(xr + i);
        a = _mm256_fmadd_ps(_mm256_loadu_ps(t.lt + i), x, a);
        b = _mm256_fmadd_ps(_mm256_loadu_ps(t.ld + i), x, b);
        c = _mm256_fmadd_ps(_mm256_loadu_ps(t.rt + i), y, c);
        d = _mm256_fmadd_ps(_mm256_loadu_ps(t.rd + i), y, d);
    }
    __m256 acc = _mm256_add_ps(a, c);
    acc = _mm256_fmadd_ps(_mm256_set1_ps(etaL), b, acc);
    acc = _mm256_fmadd_ps(_mm256_set1_ps(etaR), d, acc);
    const __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));
    const __m128 s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
    return _mm_cvtss_f32(_mm_add_ss(s2, _mm_shuffle_ps(s2, s2, 1)));
}

}  // namespace

void resampleGroup(const ResampleTaps& t, int count, const float* const* xl, const float* const* xr,
                   const float* etaL, const float* etaR, float* out) {
    for (int j = 0; j < count; ++j) out[j] = resampleOne(t, xl[j], xr[j], etaL[j], etaR[j]);
}

namespace {

// The sums of four vectors as one 4-lane vector; each sum is formed the same way whatever the
// other three are, so an output's result does not depend on its group.
__m128 sumEach(__m256 a, __m256 b, __m256 c, __m256 d) {
    const __m256 abcd = _mm256_hadd_ps(_mm256_hadd_ps(a, b), _mm256_hadd_ps(c, d));
    return _mm_add_ps(_mm256_castps256_ps128(abcd), _mm256_extractf128_ps(abcd, 1));
}

template <int N>
void dotGroupN(const float* taps, int length, const float* const* x, float* out) {
    constexpr int kPadded = (N + 3) / 4 * 4;  // reduced four at a time; the rest stay zero
    __m256 acc[kPadded];
    for (int j = 0; j < kPadded; ++j) acc[j] = _mm256_setzero_ps();
    for (int i = 0; i < length; i += 8) {
        const __m256 t = _mm256_loadu_ps(taps + i);
        for (int j = 0; j < N; ++j) acc[j] = _mm256_fmadd_ps(t, _mm256_loadu_ps(x[j] + i), acc[j]);
    }
    for (int j = 0; j < N; j += 4) {
        alignas(16) float sums[4];
        _mm_store_ps(sums, sumEach(acc[j], acc[j + 1], acc[j + 2], acc[j + 3]));
        for (int k = 0; k < 4 && j + k < N; ++k) out[j + k] = sums[k];
    }
}

}  // namespace

void dotGroup(const float* taps, int length, int count, const float* const* x, float* out) {
    withGroupSize(count, [&]<int N>() { dotGroupN<N>(taps, length, x, out); });
}

void interpolateTaps(const float* taps, const float* deltas, float eta, int width, float* out) {
    const __m256 e = _mm256_set1_ps(eta);
    for (int i = 0; i < width; i += 8)
        _mm256_storeu_ps(
            out + i, _mm256_fmadd_ps(e, _mm256_loadu_ps(deltas + i), _mm256_loadu_ps(taps + i)));
}

// AVX2: 2 rows × 4 vectors of 8 (8 accumulators and 8 totals of the 16 registers).
void polyphaseTile(const PolyphaseTile& tile, float* out) {
    resample_detail::polyphaseTileRows<8, 2, 4>(tile, out);
}

int polyphaseTileRows() {
    return 2;
}

void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,
                  std::size_t ldz) {
    resample_detail::transposeToZ(x, ldx, rows, columns, z, ldz);
}

}  // namespace tagscope::resample_avx2
