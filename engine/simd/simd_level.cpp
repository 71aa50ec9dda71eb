#include "engine/simd/simd_level.h"

#include "engine/layers/winograd_products.h"

#include <cstdlib>
#include <string_view>

// OpenBLAS names the kernels it chose; absent when another BLAS is linked.
extern "C" char* openblas_get_corename(void) __attribute__((weak));

namespace tagscope {

SimdLevel cpuSimdLevel() {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
        __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
        __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx2") &&
        __builtin_cpu_supports("fma"))
        return SimdLevel::Avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return SimdLevel::Avx2;
#endif
    return SimdLevel::Baseline;
}

SimdLevel simdLevel() {
    SimdLevel level = cpuSimdLevel();
    if (const char* cap = std::getenv("TAGSCOPE_SIMD")) {
        const std::string_view name(cap);
        if (name == "baseline") level = SimdLevel::Baseline;
        if (name == "avx2" && level == SimdLevel::Avx512) level = SimdLevel::Avx2;
    }
    return level;
}

const char* simdLevelName(SimdLevel level) {
    switch (level) {
        case SimdLevel::Avx512:
            return "avx512";
        case SimdLevel::Avx2:
            return "avx2";
        case SimdLevel::Baseline:
            break;
    }
    return "baseline";
}

std::string kernelReport() {
    std::string report = "resampler kernels: ";
    report += simdLevelName(simdLevel());
    report += " (CPU: ";
    report += simdLevelName(cpuSimdLevel());
    report += ")\nWinograd product kernel: ";
    report += winogradProductsKernel().name;
    report += " (panels of " + std::to_string(winogradProductsKernel().panelWidth) + " tiles)";
    report += "\nvectorised loops: ";
#if defined(TAGSCOPE_SIMD_DISPATCH) && defined(__x86_64__) && !defined(__clang__)
    // The loader's choice among the clones follows the same tests.
    if (__builtin_cpu_supports("x86-64-v4"))
        report += "x86-64-v4 clones (AVX-512)";
    else if (__builtin_cpu_supports("x86-64-v3"))
        report += "x86-64-v3 clones (AVX2, FMA)";
    else
        report += "x86-64 baseline clones";
#elif defined(TAGSCOPE_SIMD_DISPATCH) && defined(__x86_64__)
    report += "clones for x86-64-v4, x86-64-v3 and the baseline, chosen by the loader";
#else
    report += "built for the build machine (-march=native)";
#endif
    report += "\nother matrix products (im2col, for convolutions on tiny images): ";
    if (openblas_get_corename)
        report += std::string("OpenBLAS, ") + openblas_get_corename() + " kernels";
    else
        report += "BLAS (not OpenBLAS)";
    report += "\nGRU and dense layers: Eigen";
    return report;
}

}  // namespace tagscope
