// One relevance map (explainTag: traced forward + backward) against one forward pass of the
// same network on the same clip, single-threaded, calibrated statistics (the default).
// Run: build/bin/tagscope-bench --benchmark_filter=Relevance
#include <benchmark/benchmark.h>

#include "engine/io/melgram_npy.h"
#include "engine/relevance/relevance_map.h"

namespace tagscope {
namespace {

Tagger benchTagger(NetworkKind kind) {
    TaggerConfig config;
    config.kind = kind;
    config.weightsPath =
        std::string(TAGSCOPE_BENCH_MODELS_DIR) + "/" + networkId(kind) + "_weights_tensorflow.hdf5";
    return Tagger(config);
}

Melgram benchClip() {
    return readMelgramNpy(std::string(TAGSCOPE_BENCH_REFERENCE_DIR) +
                          "/melgrams/bensound-thejazzpiano.npy");
}

void runForward(benchmark::State& state, NetworkKind kind) {
    const Tagger tagger = benchTagger(kind);
    const Melgram clip = benchClip();
    for (auto _ : state) {
        std::vector<float> p = tagger.predictClip(clip);
        benchmark::DoNotOptimize(p.data());
    }
}

void runMap(benchmark::State& state, NetworkKind kind) {
    const Tagger tagger = benchTagger(kind);
    const Melgram clip = benchClip();
    for (auto _ : state) {
        RelevanceMap map = explainTag(tagger, clip, 9);  // jazz
        benchmark::DoNotOptimize(map.values.data());
    }
}

void BM_RelevanceForwardCnn(benchmark::State& state) {
    runForward(state, NetworkKind::ConvNet);
}
void BM_RelevanceMapCnn(benchmark::State& state) {
    runMap(state, NetworkKind::ConvNet);
}
void BM_RelevanceForwardRnn(benchmark::State& state) {
    runForward(state, NetworkKind::RecurrentNet);
}
void BM_RelevanceMapRnn(benchmark::State& state) {
    runMap(state, NetworkKind::RecurrentNet);
}
BENCHMARK(BM_RelevanceForwardCnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RelevanceMapCnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RelevanceForwardRnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RelevanceMapRnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace tagscope
