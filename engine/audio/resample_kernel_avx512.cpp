// AVX-512 (F, DQ) with FMA: built with those instruction sets enabled for this file only.
// One of the resampler kernels of resample_kernel.h, chosen at run time (resample_kernel.cpp).
#include <immintrin.h>

#include "engine/audio/polyphase_tile_kernel.h"
#include "engine/audio/resample_kernel_variants.h"

namespace tagscope::resample_avx512 {

namespace {

float horizontalSum(__m512 v) {
    // The masked extract names its pass-through operand (GCC 12 warns about the unmasked one).
    const __m256 high = _mm256_castpd_ps(
        _mm512_mask_extractf64x4_pd(_mm256_setzero_pd(), 0xf, _mm512_castps_pd(v), 1));
    const __m256 s8 = _mm256_add_ps(_mm512_castps512_ps256(v), high);
    const __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
    const __m128 s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
    return _mm_cvtss_f32(_mm_add_ss(s2, _mm_shuffle_ps(s2, s2, 1)));
}

}  // namespace

void resampleGroup(const ResampleTaps& t, int count, const float* const* xl, const float* const* xr,
                   const float* etaL, const float* etaR, float* out) {
    // Always four lanes of work (repeating the last output) so that every output sees the
    // same instruction sequence.
    const float* l[4];
    const float* r[4];
    for (int j = 0; j < 4; ++j) {
        l[j] = xl[j < count ? j : count - 1];
        r[j] = xr[j < count ? j : count - 1];
    }
    __m512 a[4], b[4], c[4], d[4];
    for (int j = 0; j < 4; ++j) a[j] = b[j] = c[j] = d[j] = _mm512_setzero_ps();
    for (int i = 0; i < t.width; i += 16) {
        const __m512 lt = _mm512_loadu_ps(t.lt + i), ld = _mm512_loadu_ps(t.ld + i);
        const __m512 rt = _mm512_loadu_ps(t.rt + i), rd = _mm512_loadu_ps(t.rd + i);
        for (int j = 0; j < 4; ++j) {
            const __m512 x = _mm512_loadu_ps(l[j] + i), y = _mm512_loadu_ps(r[j] + i);
            a[j] = _mm512_fmadd_ps(lt, x, a[j]);
            b[j] = _mm512_fmadd_ps(ld, x, b[j]);
            c[j] = _mm512_fmadd_ps(rt, y, c[j]);
            d[j] = _mm512_fmadd_ps(rd, y, d[j]);
        }
    }
    for (int j = 0; j < count; ++j) {
        __m512 acc = _mm512_add_ps(a[j], c[j]);
        acc = _mm512_fmadd_ps(_mm512_set1_ps(etaL[j]), b[j], acc);
        acc = _mm512_fmadd_ps(_mm512_set1_ps(etaR[j]), d[j], acc);
        out[j] = horizontalSum(acc);
    }
}

namespace {

// The sums of four 8-lane vectors as one 4-lane vector; each sum is formed the same way
// whatever the other three are, so an output's result does not depend on its group.
__m128 sumEach(__m256 a, __m256 b, __m256 c, __m256 d) {
    const __m256 abcd = _mm256_hadd_ps(_mm256_hadd_ps(a, b), _mm256_hadd_ps(c, d));
    return _mm_add_ps(_mm256_castps256_ps128(abcd), _mm256_extractf128_ps(abcd, 1));
}

__m256 foldHalves(__m512 v) {
    const __m256 high = _mm256_castpd_ps(
        _mm512_mask_extractf64x4_pd(_mm256_setzero_pd(), 0xf, _mm512_castps_pd(v), 1));
    return _mm256_add_ps(_mm512_castps512_ps256(v), high);
}

template <int N>
void dotGroupN(const float* taps, int length, const float* const* x, float* out) {
    constexpr int kPadded = (N + 3) / 4 * 4;  // reduced four at a time; the rest stay zero
    __m512 acc[kPadded];
    for (int j = 0; j < kPadded; ++j) acc[j] = _mm512_setzero_ps();
    for (int i = 0; i < length; i += 16) {
        const __m512 t = _mm512_loadu_ps(taps + i);
        for (int j = 0; j < N; ++j) acc[j] = _mm512_fmadd_ps(t, _mm512_loadu_ps(x[j] + i), acc[j]);
    }
    for (int j = 0; j < N; j += 4) {
        alignas(16) float sums[4];
        _mm_store_ps(sums, sumEach(foldHalves(acc[j]), foldHalves(acc[j + 1]),
                                   foldHalves(acc[j + 2]), foldHalves(acc[j + 3])));
        for (int k = 0; k < 4 && j + k < N; ++k) out[j + k] = sums[k];
    }
}

}  // namespace

void dotGroup(const float* taps, int length, int count, const float* const* x, float* out) {
    withGroupSize(count, [&]<int N>() { dotGroupN<N>(taps, length, x, out); });
}

void interpolateTaps(const float* taps, const float* deltas, float eta, int width, float* out) {
    const __m512 e = _mm512_set1_ps(eta);
    for (int i = 0; i < width; i += 16)
        _mm512_storeu_ps(
            out + i, _mm512_fmadd_ps(e, _mm512_loadu_ps(deltas + i), _mm512_loadu_ps(taps + i)));
}

// AVX-512: 6 rows × 2 vectors of 16 (12 accumulators and 12 totals of the 32 registers).
void polyphaseTile(const PolyphaseTile& tile, float* out) {
    resample_detail::polyphaseTileRows<16, 6, 2>(tile, out);
}

int polyphaseTileRows() {
    return 6;
}

void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,
                  std::size_t ldz) {
    resample_detail::transposeToZ(x, ldx, rows, columns, z, ldz);
}

}  // namespace tagscope::resample_avx512
