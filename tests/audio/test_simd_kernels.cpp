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
