#pragma once
// The inner loop of the exact resampler. Each output sample j is computed from its two filter
// wings as
//   Σ (lt + etaL[j]·ld)·xl[j] + Σ (rt + etaR[j]·rd)·xr[j]   over width taps each,
// for a group of up to kResampleGroup outputs that share one filter position (lt, ld, rt, rd),
// so the tables are loaded once per group. Vectorised with AVX-512 or AVX2/FMA when the CPU has
// them (chosen at the first call: resample_kernel_variants.h), scalar otherwise; every output
// gets the same arithmetic whatever its group.

#include <cstddef>

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

// Outputs of several tabulated phases over kTileColumns periods at once (exact_resampler.cpp):
// a small matrix product of the phases' taps with Z, the input in polyphase layout (Z[i][c] is
// the input sample i of period c, i < zRows: the input samples one period advances over). Row
// r's output of column c is
//   out[r·kTileColumns + c] = Σ taps[r][i] · Z[i mod zRows][c + ⌊i / zRows⌋]  over begin ≤ i < end,
// so Z holds every input sample once and each row reads the taps of its own phase.
inline constexpr int kTileColumns = 32;
inline constexpr int kTileSegment = 64;  // taps summed before adding to the total
inline constexpr int kMaxTileRows = 8;

struct PolyphaseTile {
    const float* z;
    std::size_t ldz;  // floats per Z row: at least kTileColumns + ⌊(end − 1) / zRows⌋
    int zRows;
    const float* taps[kMaxTileRows];
    int rows;  // 1 … polyphaseTileRows()
    int begin, end;
};
void polyphaseTile(const PolyphaseTile& tile, float* out);
// The most rows the chosen kernel computes at once (its register file's share).
int polyphaseTileRows();
// Z for a tile: z[i·ldz + c] = x[c·ldx + i] for i < rows, c < columns (a transposition).
void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,
                  std::size_t ldz);

// For outputs whose phase is tabulated (resample_phases.h): up to kPhaseGroup outputs sharing
// one phase's taps, out[j] = Σ taps[i]·x[j][i] over length (a multiple of 16) samples. Each
// output's sum is computed the same way whatever count is.
inline constexpr int kPhaseGroup = 8;
void dotGroup(const float* taps, int length, int count, const float* const* x, float* out);

// One wing of a tabulated phase: out[i] = taps[i] + eta·deltas[i] for i < width (a multiple
// of 16).
void interpolateTaps(const float* taps, const float* deltas, float eta, int width, float* out);

}  // namespace tagscope
