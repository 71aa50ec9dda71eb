// Plain C++ for any x86-64 (or other) CPU.
// One of the resampler kernels of resample_kernel.h, chosen at run time (resample_kernel.cpp).

#include "engine/audio/polyphase_tile_kernel.h"
#include "engine/audio/resample_kernel_variants.h"

namespace tagscope::resample_scalar {

namespace {

float resampleOne(const ResampleTaps& t, const float* xl, const float* xr, float etaL, float etaR) {
    float a[4] = {}, b[4] = {}, c[4] = {}, d[4] = {};
    for (int i = 0; i < t.width; i += 4)
        for (int k = 0; k < 4; ++k) {
            a[k] += t.lt[i + k] * xl[i + k];
            b[k] += t.ld[i + k] * xl[i + k];
            c[k] += t.rt[i + k] * xr[i + k];
            d[k] += t.rd[i + k] * xr[i + k];
        }
    float sum = 0.0f;
    for (int k = 0; k < 4; ++k) sum += a[k] + etaL * b[k] + c[k] + etaR * d[k];
    return sum;
}

}  // namespace

void resampleGroup(const ResampleTaps& t, int count, const float* const* xl, const float* const* xr,
                   const float* etaL, const float* etaR, float* out) {
    for (int j = 0; j < count; ++j) out[j] = resampleOne(t, xl[j], xr[j], etaL[j], etaR[j]);
}

namespace {

template <int N>
void dotGroupN(const float* taps, int length, const float* const* x, float* out) {
    for (int j = 0; j < N; ++j) {
        float a[4] = {};
        for (int i = 0; i < length; i += 4)
            for (int k = 0; k < 4; ++k) a[k] += taps[i + k] * x[j][i + k];
        out[j] = (a[0] + a[1]) + (a[2] + a[3]);
    }
}

}  // namespace

void dotGroup(const float* taps, int length, int count, const float* const* x, float* out) {
    withGroupSize(count, [&]<int N>() { dotGroupN<N>(taps, length, x, out); });
}

void interpolateTaps(const float* taps, const float* deltas, float eta, int width, float* out) {
    for (int i = 0; i < width; ++i) out[i] = taps[i] + eta * deltas[i];
}

// SSE2 or plain C++: 1 row × 8 vectors of 4.
void polyphaseTile(const PolyphaseTile& tile, float* out) {
    resample_detail::polyphaseTileRows<4, 1, 8>(tile, out);
}

int polyphaseTileRows() {
    return 1;
}

void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,
                  std::size_t ldz) {
    resample_detail::transposeToZ(x, ldx, rows, columns, z, ldz);
}

}  // namespace tagscope::resample_scalar
