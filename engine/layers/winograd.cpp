#include "engine/layers/winograd.h"

#include <algorithm>
#include <cstring>

#include "engine/layers/conv2d.h"
#include "engine/layers/winograd_products.h"
#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

// A block's transformed input (α² × inChannels × tiles floats) stays within this budget: most of
// a 1 MB L2, leaving room for the products and the kernels.
constexpr std::size_t kBlockInputFloats = std::size_t(160) << 10;
constexpr int kMaxPanelsPerBlock = 10;

int groupCount(int outChannels) {
    return (outChannels + kWinogradGroup - 1) / kWinogradGroup;
}

// Calls f(ty, x0, x1, j0) for every row ty of tiles that block [t0, t1) touches, with the tile
// columns [x0, x1) in it and the block-local index j0 of tile (ty, x0).
template <typename F>
void forEachTileRow(int t0, int t1, int tilesW, F&& f) {
    for (int ty = t0 / tilesW; ty * tilesW < t1; ++ty) {
        const int x0 = std::max(0, t0 - ty * tilesW), x1 = std::min(tilesW, t1 - ty * tilesW);
        f(ty, x0, x1, ty * tilesW + x0 - t0);
    }
}

// Rows y0 … y0 + count − 1 of one channel, columns c0 … c0 + n − 1, zero outside the image.
void loadRows(const float* src, int height, int width, int y0, int count, int c0, int n,
              float* rows) {
    const int first = std::max(0, c0), last = std::min(width, c0 + n);
    for (int k = 0; k < count; ++k) {
        float* r = rows + std::size_t(k) * n;
        const int y = y0 + k;
        if (y < 0 || y >= height || last <= first) {
            std::fill(r, r + n, 0.0f);
            continue;
        }
        std::fill(r, r + (first - c0), 0.0f);
        std::memcpy(r + (first - c0), src + std::size_t(y) * width + first,
                    sizeof(float) * (last - first));
        std::fill(r + (last - c0), r + n, 0.0f);
    }
}

// Bᵀ applied to α values spaced by step (down a column of rows, or along a row of a tile),
// for count columns or tiles, into α rows. Restrict-qualified parameters (not locals: GCC
// ignores those) let the loops vectorise without run-time overlap checks.
inline void applyBt2(const float* __restrict d, std::size_t step, std::size_t stride,
                     float* __restrict v0, float* __restrict v1, float* __restrict v2,
                     float* __restrict v3, int count) {
    for (int t = 0; t < count; ++t) {
        const float* e = d + t * stride;
        const float d0 = e[0], d1 = e[step], d2 = e[2 * step], d3 = e[3 * step];
        v0[t] = d0 - d2;
        v1[t] = d1 + d2;
        v2[t] = d2 - d1;
        v3[t] = d1 - d3;
    }
}

// F(4×4): interpolation points 0, ±1, ±2, ∞.
inline void applyBt4(const float* __restrict d, std::size_t step, std::size_t stride,
                     float* __restrict v0, float* __restrict v1, float* __restrict v2,
                     float* __restrict v3, float* __restrict v4, float* __restrict v5, int count) {
    for (int t = 0; t < count; ++t) {
        const float* e = d + t * stride;
        const float d0 = e[0], d1 = e[step], d2 = e[2 * step], d3 = e[3 * step], d4 = e[4 * step],
                    d5 = e[5 * step];
        v0[t] = 4.0f * d0 - 5.0f * d2 + d4;
        v1[t] = -4.0f * (d1 + d2) + d3 + d4;
        v2[t] = 4.0f * (d1 - d2) - d3 + d4;
        v3[t] = 2.0f * (d3 - d1) - d2 + d4;
        v4[t] = 2.0f * (d1 - d3) - d2 + d4;
        v5[t] = 4.0f * d1 - 5.0f * d3 + d5;
    }
}

template <int Tile>
inline void applyBt(const float* d, std::size_t step, std::size_t stride, float* const* v,
                    int count) {
    if constexpr (Tile == 2)
        applyBt2(d, step, stride, v[0], v[1], v[2], v[3], count);
    else
        applyBt4(d, step, stride, v[0], v[1], v[2], v[3], v[4], v[5], count);
}

// V = Bᵀ·d·B for the tiles [x0, x1) of tile row ty of one channel, into the packed layout
// (α², panels, inChannels, panelWidth) at block-local tile index j0. rows: 2·α·n floats.
template <int Tile>
inline void transformInputRowFor(const float* src, int height, int width, int ty, int x0, int x1,
                                 int j0, int channel, int inC, int panels, int panelWidth,
                                 float* rows, float* v) {
    constexpr int alpha = Tile + 2;
    const int n = Tile * (x1 - x0) + 2;  // input columns Tile·x0 − 1 … Tile·x1
    loadRows(src, height, width, Tile * ty - 1, alpha, Tile * x0 - 1, n, rows);
    // Down the columns: row i of Bᵀ·d.
    float* transformed = rows + std::size_t(alpha) * n;
    float* r[alpha];
    for (int k = 0; k < alpha; ++k) r[k] = transformed + std::size_t(k) * n;
    applyBt<Tile>(rows, std::size_t(n), 1, r, n);
    // Along each row, tile by tile, straight into the packed layout.
    const std::size_t xiStride = std::size_t(panels) * inC * panelWidth;
    for (int done = 0; done < x1 - x0;) {
        const int j = j0 + done;
        const int lane = j % panelWidth;
        const int run = std::min(x1 - x0 - done, panelWidth - lane);
        float* base = v + (std::size_t(j / panelWidth) * inC + channel) * panelWidth + lane;
        for (int i = 0; i < alpha; ++i) {
            float* w[alpha];
            for (int k = 0; k < alpha; ++k) w[k] = base + std::size_t(i * alpha + k) * xiStride;
            applyBt<Tile>(r[i] + Tile * done, 1, Tile, w, run);
        }
        done += run;
    }
}

// Aᵀ applied to α rows of count values, giving Tile rows. Restrict-qualified parameters (not
// locals: GCC ignores those) let the loops vectorise without run-time overlap checks.
inline void applyAt2(const float* __restrict m0, const float* __restrict m1,
                     const float* __restrict m2, const float* __restrict m3, float* __restrict s0,
                     float* __restrict s1, int count) {
    for (int t = 0; t < count; ++t) {
        s0[t] = m0[t] + m1[t] + m2[t];
        s1[t] = m1[t] - m2[t] - m3[t];
    }
}

inline void applyAt4(const float* __restrict m0, const float* __restrict m1,
                     const float* __restrict m2, const float* __restrict m3,
                     const float* __restrict m4, const float* __restrict m5, float* __restrict s0,
                     float* __restrict s1, float* __restrict s2, float* __restrict s3, int count) {
    for (int t = 0; t < count; ++t) {
        const float p1 = m1[t] + m2[t], n1 = m1[t] - m2[t];
        const float p2 = m3[t] + m4[t], n2 = m3[t] - m4[t];
        s0[t] = m0[t] + p1 + p2;
        s1[t] = n1 + 2.0f * n2;
        s2[t] = p1 + 4.0f * p2;
        s3[t] = n1 + 8.0f * n2 + m5[t];
    }
}

template <int Tile>
inline void applyAt(const float* const* m, float* const* s, int count) {
    if constexpr (Tile == 2)
        applyAt2(m[0], m[1], m[2], m[3], s[0], s[1], count);
    else
        applyAt4(m[0], m[1], m[2], m[3], m[4], m[5], s[0], s[1], s[2], s[3], count);
}

// Y = Aᵀ·M·A for every tile of a block of one output channel, both passes over all the block's
// tiles at once (long loops vectorise): products + ξ·xiStride holds the channel's products for
// position ξ; y(i, k) = output row i, column k of every tile, as rows of count tiles.
template <int Tile>
inline void transformOutputBlockFor(const float* products, std::size_t xiStride, int count,
                                    float* columns, float* y) {
    constexpr int alpha = Tile + 2;
    for (int j = 0; j < alpha; ++j) {
        const float* m[alpha];
        for (int i = 0; i < alpha; ++i) m[i] = products + std::size_t(i * alpha + j) * xiStride;
        float* s[Tile];
        for (int i = 0; i < Tile; ++i) s[i] = columns + std::size_t(i * alpha + j) * count;
        applyAt<Tile>(m, s, count);
    }
    for (int i = 0; i < Tile; ++i) {
        const float* m[alpha];
        for (int j = 0; j < alpha; ++j) m[j] = columns + std::size_t(i * alpha + j) * count;
        float* s[Tile];
        for (int k = 0; k < Tile; ++k) s[k] = y + std::size_t(i * Tile + k) * count;
        applyAt<Tile>(m, s, count);
    }
}

// The tiles [x0, x1) of tile row ty (block-local index j0) into the channel's image, plus bias;
// the last tile column may be cut by the image's right edge, the last tile row by the bottom.
template <int Tile>
inline void storeOutputRowFor(const float* y, int count, int ty, int x0, int x1, int j0, int height,
                              int width, float bias, float* dst) {
    const int n = x1 - x0;
    const int full = std::min(n, width / Tile - x0);
    for (int i = 0; i < Tile; ++i) {
        const int row = Tile * ty + i;
        if (row >= height) break;
        const float* s[Tile];
        for (int k = 0; k < Tile; ++k) s[k] = y + std::size_t(i * Tile + k) * count + j0;
        float* __restrict out = dst + std::size_t(row) * width + Tile * x0;
        for (int tx = 0; tx < full; ++tx)
            for (int k = 0; k < Tile; ++k) out[Tile * tx + k] = s[k][tx] + bias;
        for (int k = 0; Tile * (x0 + full) + k < width && full < n; ++k)
            out[Tile * full + k] = s[k][full] + bias;
    }
}

// Non-template entry points, one per tile size: GCC builds their instruction-set clones
// (target_clones does not take function templates; clang rejects it there).
TAGSCOPE_SIMD_CLONES void transformInputRow2(const float* src, int height, int width, int ty,
                                             int x0, int x1, int j0, int channel, int inC,
                                             int panels, int panelWidth, float* rows, float* v) {
    transformInputRowFor<2>(src, height, width, ty, x0, x1, j0, channel, inC, panels, panelWidth,
                            rows, v);
}
TAGSCOPE_SIMD_CLONES void transformInputRow4(const float* src, int height, int width, int ty,
                                             int x0, int x1, int j0, int channel, int inC,
                                             int panels, int panelWidth, float* rows, float* v) {
    transformInputRowFor<4>(src, height, width, ty, x0, x1, j0, channel, inC, panels, panelWidth,
                            rows, v);
}
TAGSCOPE_SIMD_CLONES void transformOutputBlock2(const float* products, std::size_t xiStride,
                                                int count, float* columns, float* y) {
    transformOutputBlockFor<2>(products, xiStride, count, columns, y);
}
TAGSCOPE_SIMD_CLONES void transformOutputBlock4(const float* products, std::size_t xiStride,
                                                int count, float* columns, float* y) {
    transformOutputBlockFor<4>(products, xiStride, count, columns, y);
}
TAGSCOPE_SIMD_CLONES void storeOutputRow2(const float* y, int count, int ty, int x0, int x1, int j0,
                                          int height, int width, float bias, float* dst) {
    storeOutputRowFor<2>(y, count, ty, x0, x1, j0, height, width, bias, dst);
}
TAGSCOPE_SIMD_CLONES void storeOutputRow4(const float* y, int count, int ty, int x0, int x1, int j0,
                                          int height, int width, float bias, float* dst) {
    storeOutputRowFor<4>(y, count, ty, x0, x1, j0, height, width, bias, dst);
}

template <int Tile>
void convolve(const float* in, int height, int width, const Conv2dWeights& weights, float* out,
              WinogradScratch& s) {
    constexpr int alpha = Tile + 2, positions = alpha * alpha;
    // This tile size's entry points (both sizes' have the same signatures).
    constexpr auto transformInputRow = Tile == 2 ? transformInputRow2 : transformInputRow4;
    constexpr auto transformOutputBlock = Tile == 2 ? transformOutputBlock2 : transformOutputBlock4;
    constexpr auto storeOutputRow = Tile == 2 ? storeOutputRow2 : storeOutputRow4;
    const WinogradProductsKernel& kernel = winogradProductsKernel();
    const int inC = weights.inChannels, outC = weights.outChannels;
    const int groups = groupCount(outC);
    const int pw = kernel.panelWidth;
    const int tilesH = (height + Tile - 1) / Tile, tilesW = (width + Tile - 1) / Tile;
    const int totalTiles = tilesH * tilesW;
    const int panelsNeeded = (totalTiles + pw - 1) / pw;
    const int budgetPanels = int(kBlockInputFloats / (std::size_t(positions) * inC * pw));
    const int panels = std::clamp(budgetPanels, 1, std::min(kMaxPanelsPerBlock, panelsNeeded));
    const int blockTiles = panels * pw;
    const std::size_t plane = std::size_t(height) * width;
    const std::size_t inputXiStride = std::size_t(panels) * inC * pw;
    const std::size_t productXiStride = std::size_t(kWinogradGroup) * blockTiles;

    s.rows.resize(std::size_t(2) * alpha * (Tile * tilesW + 2));
    s.outputColumns.resize(std::size_t(Tile) * alpha * blockTiles);
    s.outputRows.resize(std::size_t(Tile) * Tile * blockTiles);
    s.transformedInput.resize(std::size_t(positions) * inputXiStride);
    s.products.resize(std::size_t(positions) * productXiStride);

    for (int t0 = 0; t0 < totalTiles; t0 += blockTiles) {
        const int t1 = std::min(totalTiles, t0 + blockTiles);
        if (t1 - t0 < blockTiles) {
            // The last block's unused lanes: zeros, so the products stay finite (never stored).
            const int used = t1 - t0;
            for (int xi = 0; xi < positions; ++xi)
                for (int p = used / pw; p < panels; ++p)
                    for (int c = 0; c < inC; ++c) {
                        float* lanes = &s.transformedInput[xi * inputXiStride +
                                                           (std::size_t(p) * inC + c) * pw];
                        const int from = p == used / pw ? used % pw : 0;
                        std::fill(lanes + from, lanes + pw, 0.0f);
                    }
        }
        for (int c = 0; c < inC; ++c)
            forEachTileRow(t0, t1, tilesW, [&](int ty, int x0, int x1, int j0) {
                transformInputRow(in + c * plane, height, width, ty, x0, x1, j0, c, inC, panels, pw,
                                  s.rows.data(), s.transformedInput.data());
            });

        for (int g = 0; g < groups; ++g) {
            for (int xi = 0; xi < positions; ++xi)
                kernel.run(&weights.winograd[(std::size_t(xi) * groups + g) * inC * kWinogradGroup],
                           &s.transformedInput[xi * inputXiStride], inC, panels,
                           &s.products[xi * productXiStride], std::size_t(blockTiles));
            const int rowsInGroup = std::min(kWinogradGroup, outC - g * kWinogradGroup);
            for (int r = 0; r < rowsInGroup; ++r) {
                const int o = g * kWinogradGroup + r;
                transformOutputBlock(&s.products[std::size_t(r) * blockTiles], productXiStride,
                                     t1 - t0, s.outputColumns.data(), s.outputRows.data());
                forEachTileRow(t0, t1, tilesW, [&](int ty, int x0, int x1, int j0) {
                    storeOutputRow(s.outputRows.data(), t1 - t0, ty, x0, x1, j0, height, width,
                                   weights.bias[o], out + o * plane);
                });
            }
        }
    }
}

}  // namespace

std::vector<float> winogradKernels(const Conv2dWeights& weights, int tile) {
    // G for F(2×2, 3×3) and F(4×4, 3×3) (points 0, ±1, ±2, ∞), rows of 3.
    static constexpr double G2[4][3] = {{1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}};
    static constexpr double G4[6][3] = {{1.0 / 4, 0, 0},
                                        {-1.0 / 6, -1.0 / 6, -1.0 / 6},
                                        {-1.0 / 6, 1.0 / 6, -1.0 / 6},
                                        {1.0 / 24, 1.0 / 12, 1.0 / 6},
                                        {1.0 / 24, -1.0 / 12, 1.0 / 6},
                                        {0, 0, 1}};
    const int alpha = tile + 2;
    const auto G = [&](int i, int j) { return tile == kWinogradSmallTile ? G2[i][j] : G4[i][j]; };
    const int outC = weights.outChannels, inC = weights.inChannels;
    const int groups = groupCount(outC);
    std::vector<float> u(std::size_t(alpha) * alpha * groups * inC * kWinogradGroup, 0.0f);
    for (int o = 0; o < outC; ++o)
        for (int c = 0; c < inC; ++c) {
            const float* g = &weights.kernel[(std::size_t(o) * inC + c) * 9];
            double gg[6][3];  // G·g
            for (int i = 0; i < alpha; ++i)
                for (int j = 0; j < 3; ++j)
                    gg[i][j] = G(i, 0) * g[j] + G(i, 1) * g[3 + j] + G(i, 2) * g[6 + j];
            for (int i = 0; i < alpha; ++i)
                for (int j = 0; j < alpha; ++j) {
                    const double value =
                        gg[i][0] * G(j, 0) + gg[i][1] * G(j, 1) + gg[i][2] * G(j, 2);
                    const std::size_t group =
                        std::size_t(i * alpha + j) * groups + o / kWinogradGroup;
                    u[(group * inC + c) * kWinogradGroup + o % kWinogradGroup] = float(value);
                }
        }
    return u;
}

void conv2d3x3Winograd(const float* in, int height, int width, const Conv2dWeights& weights,
                       float* out, WinogradScratch& scratch) {
    if (weights.winogradTile == kWinogradLargeTile)
        convolve<kWinogradLargeTile>(in, height, width, weights, out, scratch);
    else
        convolve<kWinogradSmallTile>(in, height, width, weights, out, scratch);
}

}  // namespace tagscope
