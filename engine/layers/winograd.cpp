#include "engine/layers/winograd.h"

#include <cblas.h>

#include <algorithm>
#include <cstring>

#include "engine/layers/conv2d.h"
#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

constexpr int kTargetTilesPerBlock = 512;

}  // namespace

std::vector<float> winogradKernels(const Conv2dWeights& weights) {
    const int outC = weights.outChannels, inC = weights.inChannels;
    std::vector<float> u(std::size_t(16) * outC * inC);
    static constexpr double G[4][3] = {{1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}};
    for (int o = 0; o < outC; ++o)
        for (int c = 0; c < inC; ++c) {
            const float* g = &weights.kernel[(std::size_t(o) * inC + c) * 9];
            double gg[4][3];  // G·g
            for (int i = 0; i < 4; ++i)
                for (int j = 0; j < 3; ++j)
                    gg[i][j] = G[i][0] * g[j] + G[i][1] * g[3 + j] + G[i][2] * g[6 + j];
            for (int i = 0; i < 4; ++i)
                for (int j = 0; j < 4; ++j) {
                    const double v = gg[i][0] * G[j][0] + gg[i][1] * G[j][1] + gg[i][2] * G[j][2];
                    u[(std::size_t(i * 4 + j) * outC + o) * inC + c] = float(v);
                }
        }
    return u;
}

TAGSCOPE_SIMD_CLONES void conv2d3x3Winograd(const float* in, int height, int width,
                                            const Conv2dWeights& weights, float* out,
                                            WinogradScratch& s) {
    const int inC = weights.inChannels, outC = weights.outChannels;
    const int tilesH = (height + 1) / 2, tilesW = (width + 1) / 2;
    const int blockRows = std::clamp(kTargetTilesPerBlock / tilesW, 1, tilesH);
    const int maxTiles = blockRows * tilesW;
    const int padded = 2 * tilesW + 2;  // input columns −1 … 2·tilesW
    const std::size_t plane = std::size_t(height) * width;
    s.rows.assign(std::size_t(4) * padded, 0.0f);
    s.transformedInput.resize(std::size_t(16) * inC * maxTiles);
    s.products.resize(std::size_t(16) * outC * maxTiles);
    s.outputRows.resize(std::size_t(8) * tilesW);

    for (int ty0 = 0; ty0 < tilesH; ty0 += blockRows) {
        const int ty1 = std::min(tilesH, ty0 + blockRows);
        const int tiles = (ty1 - ty0) * tilesW;

        // V = Bᵀ·d·B for every 4×4 input patch, rows first, then columns.
        for (int c = 0; c < inC; ++c) {
            const float* src = in + c * plane;
            for (int ty = ty0; ty < ty1; ++ty) {
                float* r[4];
                for (int k = 0; k < 4; ++k) {
                    r[k] = &s.rows[std::size_t(k) * padded];
                    const int y = 2 * ty - 1 + k;
                    if (y < 0 || y >= height) {
                        std::fill(r[k], r[k] + padded, 0.0f);
                        continue;
                    }
                    r[k][0] = 0.0f;
                    std::memcpy(r[k] + 1, src + std::size_t(y) * width, sizeof(float) * width);
                    std::fill(r[k] + 1 + width, r[k] + padded, 0.0f);
                }
                for (int x = 0; x < padded; ++x) {
                    const float d0 = r[0][x], d1 = r[1][x], d2 = r[2][x], d3 = r[3][x];
                    r[0][x] = d0 - d2;
                    r[3][x] = d1 - d3;
                    r[1][x] = d1 + d2;
                    r[2][x] = d2 - d1;
                }
                const std::size_t t0 = std::size_t(ty - ty0) * tilesW;
                for (int i = 0; i < 4; ++i) {
                    const float* t = r[i];
                    float* v0 =
                        &s.transformedInput[(std::size_t(i * 4 + 0) * inC + c) * maxTiles + t0];
                    float* v1 = v0 + std::size_t(inC) * maxTiles;
                    float* v2 = v1 + std::size_t(inC) * maxTiles;
                    float* v3 = v2 + std::size_t(inC) * maxTiles;
                    for (int tx = 0; tx < tilesW; ++tx) {
                        const float a = t[2 * tx], b = t[2 * tx + 1], e = t[2 * tx + 2],
                                    f = t[2 * tx + 3];
                        v0[tx] = a - e;
                        v1[tx] = b + e;
                        v2[tx] = e - b;
                        v3[tx] = b - f;
                    }
                }
            }
        }

        // M_ξ = U_ξ · V_ξ for the 16 positions ξ of the transformed tile.
        for (int xi = 0; xi < 16; ++xi)
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, outC, tiles, inC, 1.0f,
                        &weights.winograd[std::size_t(xi) * outC * inC], inC,
                        &s.transformedInput[std::size_t(xi) * inC * maxTiles], maxTiles, 0.0f,
                        &s.products[std::size_t(xi) * outC * maxTiles], maxTiles);

        // Y = Aᵀ·M·A, plus bias, cropped to the image.
        for (int o = 0; o < outC; ++o) {
            float* dst = out + o * plane;
            for (int ty = ty0; ty < ty1; ++ty) {
                const std::size_t t0 = std::size_t(ty - ty0) * tilesW;
                auto m = [&](int xi) {
                    return &s.products[(std::size_t(xi) * outC + o) * maxTiles + t0];
                };
                float* y0 = &s.outputRows[0];
                float* y1 = &s.outputRows[std::size_t(4) * tilesW];
                for (int j = 0; j < 4; ++j) {
                    const float *m0 = m(j), *m1 = m(4 + j), *m2 = m(8 + j), *m3 = m(12 + j);
                    float* s0 = y0 + std::size_t(j) * tilesW;
                    float* s1 = y1 + std::size_t(j) * tilesW;
                    for (int tx = 0; tx < tilesW; ++tx) {
                        s0[tx] = m0[tx] + m1[tx] + m2[tx];
                        s1[tx] = m1[tx] - m2[tx] - m3[tx];
                    }
                }
                const float bias = weights.bias[o];
                for (int i = 0; i < 2; ++i) {
                    const int y = 2 * ty + i;
                    if (y >= height) break;
                    const float* q = i == 0 ? y0 : y1;
                    const float *q0 = q, *q1 = q + tilesW, *q2 = q + 2 * tilesW,
                                *q3 = q + 3 * tilesW;
                    float* row = dst + std::size_t(y) * width;
                    const int fullTiles = width / 2;
                    for (int tx = 0; tx < fullTiles; ++tx) {
                        row[2 * tx] = q0[tx] + q1[tx] + q2[tx] + bias;
                        row[2 * tx + 1] = q1[tx] - q2[tx] - q3[tx] + bias;
                    }
                    if (width % 2)
                        row[width - 1] = q0[fullTiles] + q1[fullTiles] + q2[fullTiles] + bias;
                }
            }
        }
    }
}

}  // namespace tagscope
