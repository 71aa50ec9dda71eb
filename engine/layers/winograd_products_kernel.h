#pragma once
// The register-blocked product kernel of winograd_products.h, written once with GCC vector
// extensions and instantiated per instruction set by the files that include it (each compiled
// with its own -m flags and -ffp-contract=fast, so that a·b + c becomes one FMA).

#include <cstddef>

#include "engine/layers/winograd_products.h"

namespace tagscope::winograd_detail {

// Lanes: floats per vector register; Rows: output channels per pass (Rows × Vectors
// accumulators must fit the register file); Vectors: vectors per panel row.
template <int Lanes, int Rows, int Vectors>
void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm) {
    // typedef, not using: GCC 12 drops the attribute of a dependent alias declaration.
    typedef float Vec __attribute__((vector_size(Lanes * sizeof(float))));
    typedef float LooseVec __attribute__((vector_size(Lanes * sizeof(float)), aligned(4)));
    static_assert(sizeof(Vec) == Lanes * sizeof(float));
    constexpr int width = Lanes * Vectors;
    static_assert(kWinogradGroup % Rows == 0);
    for (int p = 0; p < panels; ++p) {
        const float* b = v + std::size_t(p) * k * width;
        for (int r0 = 0; r0 < kWinogradGroup; r0 += Rows) {
            Vec acc[Rows][Vectors];
#pragma GCC unroll 16
            for (int i = 0; i < Rows; ++i)
#pragma GCC unroll 4
                for (int j = 0; j < Vectors; ++j) acc[i][j] = Vec{};
            const float* a = u + r0;
            for (int kk = 0; kk < k; ++kk) {
                Vec bv[Vectors];
#pragma GCC unroll 4
                for (int j = 0; j < Vectors; ++j)
                    bv[j] =
                        *reinterpret_cast<const LooseVec*>(b + std::size_t(kk) * width + j * Lanes);
#pragma GCC unroll 16
                for (int i = 0; i < Rows; ++i) {
                    // vector × scalar broadcasts the scalar (an FMA with a memory broadcast).
                    const float ai = a[std::size_t(kk) * kWinogradGroup + i];
#pragma GCC unroll 4
                    for (int j = 0; j < Vectors; ++j) acc[i][j] += bv[j] * ai;
                }
            }
#pragma GCC unroll 16
            for (int i = 0; i < Rows; ++i)
#pragma GCC unroll 4
                for (int j = 0; j < Vectors; ++j)
                    *reinterpret_cast<LooseVec*>(m + std::size_t(r0 + i) * ldm +
                                                 std::size_t(p) * width + j * Lanes) = acc[i][j];
        }
    }
}

}  // namespace tagscope::winograd_detail
