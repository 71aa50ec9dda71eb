// The run-time choice of SIMD kernels: every variant this CPU can run gives the scalar
// kernel's results, and TAGSCOPE_SIMD lowers (never raises) the level used.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <random>
#include <vector>

#include "engine/audio/resample_kernel_variants.h"
#include "engine/simd/simd_level.h"

namespace tagscope::test {
namespace {

struct KernelInputs {
    std::vector<float> lt, ld, rt, rd, signal;
    std::vector<const float*> xl, xr;
    float etaL[kResampleGroup], etaR[kResampleGroup];
};

KernelInputs randomInputs(int width) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    KernelInputs in;
    for (auto* v : {&in.lt, &in.ld, &in.rt, &in.rd}) {
        v->resize(std::size_t(width));
        for (float& x : *v) x = u(rng);
    }
    in.signal.resize(std::size_t(width) * 16);
    for (float& x : in.signal) x = u(rng);
    for (int j = 0; j < kPhaseGroup; ++j) {
        in.xl.push_back(in.signal.data() + j * 7);
        in.xr.push_back(in.signal.data() + width + j * 5);
    }
    for (int j = 0; j < kResampleGroup; ++j) {
        in.etaL[j] = u(rng);
        in.etaR[j] = u(rng);
    }
    return in;
}

// Relative to the sum of magnitudes: the variants differ only in summation order and FMA.
void expectClose(const std::vector<float>& got, const std::vector<float>& want, float scale) {
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t j = 0; j < got.size(); ++j) EXPECT_NEAR(got[j], want[j], 2e-6f * scale) << j;
}

using ResampleGroupFn = decltype(&resample_scalar::resampleGroup);
using DotGroupFn = decltype(&resample_scalar::dotGroup);
using InterpolateTapsFn = decltype(&resample_scalar::interpolateTaps);

void compareWithScalar(ResampleGroupFn resampleGroup, DotGroupFn dotGroup,
                       InterpolateTapsFn interpolateTaps) {
    const int width = 64;
    const KernelInputs in = randomInputs(width);
    const ResampleTaps taps{in.lt.data(), in.ld.data(), in.rt.data(), in.rd.data(), width};
    for (int count = 1; count <= kResampleGroup; ++count) {
        std::vector<float> got(static_cast<std::size_t>(count)), want(got.size());
        resampleGroup(taps, count, in.xl.data(), in.xr.data(), in.etaL, in.etaR, got.data());
        resample_scalar::resampleGroup(taps, count, in.xl.data(), in.xr.data(), in.etaL, in.etaR,
                                       want.data());
        expectClose(got, want, 4.0f * width);
    }
    for (int count = 1; count <= kPhaseGroup; ++count) {
        std::vector<float> got(static_cast<std::size_t>(count)), want(got.size());
        dotGroup(in.lt.data(), width, count, in.xl.data(), got.data());
        resample_scalar::dotGroup(in.lt.data(), width, count, in.xl.data(), want.data());
        expectClose(got, want, float(width));
    }
    // An output's sum is the same bit for bit whatever its group (streaming relies on it).
    std::vector<float> all(kPhaseGroup);
    dotGroup(in.lt.data(), width, kPhaseGroup, in.xl.data(), all.data());
    for (int j = 0; j < kPhaseGroup; ++j) {
        float alone = 0.0f;
        dotGroup(in.lt.data(), width, 1, in.xl.data() + j, &alone);
        EXPECT_EQ(alone, all[std::size_t(j)]) << j;
    }
    std::vector<float> got(static_cast<std::size_t>(width)), want(got.size());
    interpolateTaps(in.lt.data(), in.ld.data(), in.etaL[0], width, got.data());
    resample_scalar::interpolateTaps(in.lt.data(), in.ld.data(), in.etaL[0], width, want.data());
    expectClose(got, want, 1.0f);
    EXPECT_NE(got[0], in.lt[0]);  // the deltas were applied
}

TEST(SimdKernels, Avx2ResamplerMatchesScalar) {
    if (cpuSimdLevel() < SimdLevel::Avx2) GTEST_SKIP() << "this CPU has no AVX2 with FMA";
    compareWithScalar(resample_avx2::resampleGroup, resample_avx2::dotGroup,
                      resample_avx2::interpolateTaps);
}

TEST(SimdKernels, Avx512ResamplerMatchesScalar) {
    if (cpuSimdLevel() < SimdLevel::Avx512) GTEST_SKIP() << "this CPU has no AVX-512";
    compareWithScalar(resample_avx512::resampleGroup, resample_avx512::dotGroup,
                      resample_avx512::interpolateTaps);
}

using PolyphaseTileFn = decltype(&resample_scalar::polyphaseTile);
using TransposeToZFn = decltype(&resample_scalar::transposeToZ);

// A tile of every row count the kernel takes against the definition in resample_kernel.h,
// summed in double, and transposeToZ against its definition, at sizes that are no multiple of
// the register blocks.
void checkTiles(PolyphaseTileFn polyphaseTile, int maxRows, TransposeToZFn transposeToZ) {
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    const int zRows = 147, columns = kTileColumns + 5, span = 470;
    std::vector<float> signal(std::size_t(zRows) * columns);
    for (float& v : signal) v = u(rng);
    const std::size_t ldz = 48;
    std::vector<float> z(std::size_t(zRows) * ldz, 0.0f);
    transposeToZ(signal.data(), std::size_t(zRows), zRows, columns, z.data(), ldz);
    for (int i = 0; i < zRows; ++i)
        for (int c = 0; c < columns; ++c)
            ASSERT_EQ(z[std::size_t(i) * ldz + std::size_t(c)],
                      signal[std::size_t(c) * zRows + std::size_t(i)])
                << i << ", " << c;

    // Row r's taps are non-zero on [offset_r, offset_r + span) of the union index.
    const int begin = 3, end = begin + 3 * (maxRows - 1) + span;
    std::vector<std::vector<float>> taps(static_cast<std::size_t>(maxRows),
                                         std::vector<float>(static_cast<std::size_t>(end), 0.0f));
    for (int r = 0; r < maxRows; ++r)
        for (int i = begin + 3 * r; i < begin + 3 * r + span; ++i)
            taps[std::size_t(r)][std::size_t(i)] = u(rng);
    for (int rows = 1; rows <= maxRows; ++rows) {
        PolyphaseTile tile{z.data(), ldz, zRows, {}, rows, begin, end};
        for (int r = 0; r < rows; ++r) tile.taps[r] = taps[std::size_t(r)].data();
        std::vector<float> out(std::size_t(rows) * kTileColumns, 0.0f);
        polyphaseTile(tile, out.data());
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < kTileColumns; ++c) {
                double want = 0.0;
                for (int i = begin; i < end; ++i)
                    want += double(taps[std::size_t(r)][std::size_t(i)]) *
                            signal[std::size_t(c + i / zRows) * zRows + std::size_t(i % zRows)];
                // Float sums of 470 products of magnitude < 1, in segments of 64.
                EXPECT_NEAR(out[std::size_t(r) * kTileColumns + std::size_t(c)], want, 2e-5)
                    << rows << " rows: " << r << ", " << c;
            }
    }
}

TEST(SimdKernels, PolyphaseTilesMatchTheirDefinition) {
    checkTiles(resample_scalar::polyphaseTile, resample_scalar::polyphaseTileRows(),
               resample_scalar::transposeToZ);
    if (cpuSimdLevel() >= SimdLevel::Avx2)
        checkTiles(resample_avx2::polyphaseTile, resample_avx2::polyphaseTileRows(),
                   resample_avx2::transposeToZ);
    if (cpuSimdLevel() >= SimdLevel::Avx512)
        checkTiles(resample_avx512::polyphaseTile, resample_avx512::polyphaseTileRows(),
                   resample_avx512::transposeToZ);
}

TEST(SimdKernels, EnvironmentLowersTheLevelOnly) {
    const SimdLevel cpu = cpuSimdLevel();
    ASSERT_EQ(setenv("TAGSCOPE_SIMD", "baseline", 1), 0);
    EXPECT_EQ(simdLevel(), SimdLevel::Baseline);
    ASSERT_EQ(setenv("TAGSCOPE_SIMD", "avx2", 1), 0);
    EXPECT_EQ(simdLevel(), cpu == SimdLevel::Avx512 ? SimdLevel::Avx2 : cpu);
    ASSERT_EQ(setenv("TAGSCOPE_SIMD", "avx512", 1), 0);  // never raised above the CPU's
    EXPECT_EQ(simdLevel(), cpu);
    ASSERT_EQ(unsetenv("TAGSCOPE_SIMD"), 0);
    EXPECT_EQ(simdLevel(), cpu);
}

TEST(SimdKernels, ReportNamesTheChoice) {
    const std::string report = kernelReport();
    EXPECT_NE(report.find(std::string("resampler kernels: ") + simdLevelName(simdLevel())),
              std::string::npos)
        << report;
    EXPECT_NE(report.find(std::string("Winograd product kernel: ") + simdLevelName(simdLevel())),
              std::string::npos)
        << report;
    EXPECT_NE(report.find("matrix products "), std::string::npos) << report;
}

}  // namespace
}  // namespace tagscope::test
