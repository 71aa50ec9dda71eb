#pragma once
// The matrix products of the Winograd domain, M_ξ = U_ξ · V_ξ, for one group of 8 output
// channels: a register-blocked kernel over operands packed for it (U: K × 8 per group, V: panels
// of K × panelWidth tiles), so that nothing is packed at run time. Built per instruction set
// (AVX-512, AVX2 + FMA, baseline) and chosen once from simdLevel().

#include <cstddef>

namespace tagscope {

// Output channels per group: the packed kernels' row count.
inline constexpr int kWinogradGroup = 8;

struct WinogradProductsKernel {
    // Tiles per panel of V (a multiple of the kernel's vector width).
    int panelWidth;
    // m[r][p·panelWidth + t] = Σ_k u[k·8 + r] · v[(p·k_ + k)·panelWidth + t] for r < 8, every
    // panel p < panels and tile t < panelWidth; row r of m starts at m + r·ldm.
    void (*run)(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm);
    const char* name;
};

const WinogradProductsKernel& winogradProductsKernel();

}  // namespace tagscope
