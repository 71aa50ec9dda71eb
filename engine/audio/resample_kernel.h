#pragma once
// The inner loop of the exact resampler. Each output sample j is computed from its two filter
// wings as
//   Σ (lt + etaL[j]·ld)·xl[j] + Σ (rt + etaR[j]·rd)·xr[j]   over width taps each,
// for a group of up to kResampleGroup outputs that share one filter position (lt, ld, rt, rd),
// so the tables are loaded once per group. Vectorised with AVX-512 or AVX2/FMA when the CPU has
// them (chosen at the first call: resample_kernel_variants.h), scalar otherwise; every output
// gets the same arithmetic whatever its group.

namespace tagscope {

inline constexpr int kResampleGroup = 4;

struct ResampleTaps {
    const float* lt;  // left wing, stored backwards
    const float* ld;
    const float* rt;  // right wing
    const float* rd;
    int width;  // a multiple of 16
};

// count ≤ kResampleGroup outputs; xl[j] points at the width samples ending at x[n],
// xr[j] at the width samples from x[n + 1].
void resampleGroup(const ResampleTaps& taps, int count, const float* const* xl,
                   const float* const* xr, const float* etaL, const float* etaR, float* out);

// For outputs whose phase is tabulated (resample_phases.h): up to kPhaseGroup outputs sharing
// one phase's taps, out[j] = Σ taps[i]·x[j][i] over length (a multiple of 16) samples. Each
// output's sum is computed the same way whatever count is.
inline constexpr int kPhaseGroup = 8;
void dotGroup(const float* taps, int length, int count, const float* const* x, float* out);

// One wing of a tabulated phase: out[i] = taps[i] + eta·deltas[i] for i < width (a multiple
// of 16).
void interpolateTaps(const float* taps, const float* deltas, float eta, int width, float* out);

}  // namespace tagscope
