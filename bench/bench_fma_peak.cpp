// This core's peak multiply-add rate: the ceiling for the convolutions, to read their GFLOP/s
// against (docs/PERFORMANCE.md). Twelve independent chains of FMAs, enough to hide the latency,
// 16 floats wide (AVX-512) and 8 wide (AVX2). Run: build/bin/tagscope-bench
// --benchmark_filter=FmaPeak
#include <benchmark/benchmark.h>
#include <immintrin.h>

namespace tagscope {
namespace {

constexpr int kChains = 12;
constexpr long kSteps = 1 << 20;

void reportRate(benchmark::State& state, int lanes) {
    state.counters["GFLOP/s"] = benchmark::Counter(2.0 * lanes * kChains * kSteps * 1e-9,
                                                   benchmark::Counter::kIsIterationInvariantRate);
}

__attribute__((target("avx512f"))) void fmaChains512(benchmark::State& state) {
    __m512 acc[kChains];
    for (int i = 0; i < kChains; ++i) acc[i] = _mm512_set1_ps(1.0f + float(i) * 1e-7f);
    const __m512 b = _mm512_set1_ps(0.999999f), c = _mm512_set1_ps(1e-7f);
    for (auto _ : state) {
        for (long k = 0; k < kSteps; ++k)
#pragma GCC unroll 12
            for (int i = 0; i < kChains; ++i) acc[i] = _mm512_fmadd_ps(acc[i], b, c);
        float sum = 0.0f;
        for (int i = 0; i < kChains; ++i) sum += _mm512_reduce_add_ps(acc[i]);
        benchmark::DoNotOptimize(sum);
    }
}

__attribute__((target("avx2,fma"))) void fmaChains256(benchmark::State& state) {
    __m256 acc[kChains];
    for (int i = 0; i < kChains; ++i) acc[i] = _mm256_set1_ps(1.0f + float(i) * 1e-7f);
    const __m256 b = _mm256_set1_ps(0.999999f), c = _mm256_set1_ps(1e-7f);
    for (auto _ : state) {
        for (long k = 0; k < kSteps; ++k)
#pragma GCC unroll 12
            for (int i = 0; i < kChains; ++i) acc[i] = _mm256_fmadd_ps(acc[i], b, c);
        alignas(32) float lanes[8];
        float sum = 0.0f;
        for (int i = 0; i < kChains; ++i) {
            _mm256_store_ps(lanes, acc[i]);
            sum += lanes[0];
        }
        benchmark::DoNotOptimize(sum);
    }
}

void BM_FmaPeakAvx512(benchmark::State& state) {
    if (!__builtin_cpu_supports("avx512f")) return state.SkipWithError("no AVX-512");
    fmaChains512(state);
    reportRate(state, 16);
}
void BM_FmaPeakAvx2(benchmark::State& state) {
    if (!__builtin_cpu_supports("fma")) return state.SkipWithError("no FMA");
    fmaChains256(state);
    reportRate(state, 8);
}
BENCHMARK(BM_FmaPeakAvx512)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FmaPeakAvx2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tagscope
