#pragma once
// The register-blocked kernel of polyphaseTile (resample_kernel.h), written once with GCC vector
// extensions and instantiated per instruction set by the resample_kernel_*.cpp files (each
// compiled with its own -m flags; -ffp-contract=fast where the CPU has FMA).

#include <cstddef>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

#include "engine/audio/resample_kernel.h"

namespace tagscope::resample_detail {

// Rows × (Lanes · Vectors = kTileColumns) outputs. The column vectors of Z are shared by the
// rows, each row's tap is broadcast: Vectors loads and Rows broadcasts per Rows × Vectors FMAs.
// Sums run over segments of kTileSegment taps, each added to the row's total: the rounding of
// a short sum of sums, not of one 500-term chain.
template <int Lanes, int Rows, int Vectors>
void polyphaseTile(const PolyphaseTile& tile, float* out) {
    // typedef, not using: GCC 12 drops the attribute of a dependent alias declaration.
    typedef float Vec __attribute__((vector_size(Lanes * sizeof(float))));
    typedef float LooseVec __attribute__((vector_size(Lanes * sizeof(float)), aligned(4)));
    static_assert(Lanes * Vectors == kTileColumns);
    const float* taps[Rows];
#pragma GCC unroll 16
    for (int r = 0; r < Rows; ++r) taps[r] = tile.taps[r];
    Vec total[Rows][Vectors];
#pragma GCC unroll 16
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 8
        for (int v = 0; v < Vectors; ++v) total[r][v] = Vec{};
    // Z row i % zRows, shifted by i / zRows columns, holds tap index i of every column.
    int row = tile.begin % tile.zRows;
    const float* z = tile.z + std::size_t(row) * tile.ldz + std::size_t(tile.begin / tile.zRows);
    for (int start = tile.begin; start < tile.end; start += kTileSegment) {
        const int stop = start + kTileSegment < tile.end ? start + kTileSegment : tile.end;
        Vec acc[Rows][Vectors];
#pragma GCC unroll 16
        for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 8
            for (int v = 0; v < Vectors; ++v) acc[r][v] = Vec{};
        for (int i = start; i < stop; ++i) {
            Vec x[Vectors];
#pragma GCC unroll 8
            for (int v = 0; v < Vectors; ++v)
                x[v] = *reinterpret_cast<const LooseVec*>(z + v * Lanes);
#pragma GCC unroll 16
            for (int r = 0; r < Rows; ++r) {
                const float t = taps[r][i];  // vector × scalar: an FMA with a memory broadcast
#pragma GCC unroll 8
                for (int v = 0; v < Vectors; ++v) acc[r][v] += x[v] * t;
            }
            z += tile.ldz;
            if (++row == tile.zRows) {
                row = 0;
                z -= std::size_t(tile.zRows) * tile.ldz - 1;
            }
        }
#pragma GCC unroll 16
        for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 8
            for (int v = 0; v < Vectors; ++v) total[r][v] += acc[r][v];
    }
#pragma GCC unroll 16
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 8
        for (int v = 0; v < Vectors; ++v)
            *reinterpret_cast<LooseVec*>(out + r * kTileColumns + v * Lanes) = total[r][v];
}

// Calls polyphaseTile with the row count as a compile-time constant (1 … MaxRows).
template <int Lanes, int MaxRows, int Vectors>
void polyphaseTileRows(const PolyphaseTile& tile, float* out) {
    if constexpr (MaxRows > 1) {
        if (tile.rows < MaxRows) return polyphaseTileRows<Lanes, MaxRows - 1, Vectors>(tile, out);
    }
    polyphaseTile<Lanes, MaxRows, Vectors>(tile, out);
}

// transposeToZ: by 8 × 8 blocks in registers where the CPU has AVX, element by element around them.
inline void transposeToZ(const float* x, std::size_t ldx, int rows, int columns, float* z,
                         std::size_t ldz) {
    int c0 = 0;
#if defined(__AVX2__)
    for (; c0 + 8 <= columns; c0 += 8) {
        int i0 = 0;
        for (; i0 + 8 <= rows; i0 += 8) {
            __m256 r[8], t[8], u[8];
            for (int k = 0; k < 8; ++k) r[k] = _mm256_loadu_ps(x + std::size_t(c0 + k) * ldx + i0);
            for (int k = 0; k < 8; k += 2) {
                t[k] = _mm256_unpacklo_ps(r[k], r[k + 1]);
                t[k + 1] = _mm256_unpackhi_ps(r[k], r[k + 1]);
            }
            for (int k = 0; k < 8; k += 4) {
                u[k] = _mm256_shuffle_ps(t[k], t[k + 2], _MM_SHUFFLE(1, 0, 1, 0));
                u[k + 1] = _mm256_shuffle_ps(t[k], t[k + 2], _MM_SHUFFLE(3, 2, 3, 2));
                u[k + 2] = _mm256_shuffle_ps(t[k + 1], t[k + 3], _MM_SHUFFLE(1, 0, 1, 0));
                u[k + 3] = _mm256_shuffle_ps(t[k + 1], t[k + 3], _MM_SHUFFLE(3, 2, 3, 2));
            }
            for (int k = 0; k < 4; ++k) {
                _mm256_storeu_ps(z + std::size_t(i0 + k) * ldz + c0,
                                 _mm256_permute2f128_ps(u[k], u[k + 4], 0x20));
                _mm256_storeu_ps(z + std::size_t(i0 + k + 4) * ldz + c0,
                                 _mm256_permute2f128_ps(u[k], u[k + 4], 0x31));
            }
        }
        for (; i0 < rows; ++i0)
            for (int c = c0; c < c0 + 8; ++c)
                z[std::size_t(i0) * ldz + c] = x[std::size_t(c) * ldx + i0];
    }
#endif
    for (; c0 < columns; ++c0)
        for (int i = 0; i < rows; ++i) z[std::size_t(i) * ldz + c0] = x[std::size_t(c0) * ldx + i];
}

}  // namespace tagscope::resample_detail
