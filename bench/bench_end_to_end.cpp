// End to end, single-threaded: an audio file to the original-style tag prediction (decode,
// resample, mel, network), as `tagscope-cli tag FILE` does per file.
// Run: build/bin/tagscope-bench --benchmark_filter=EndToEnd
#include <benchmark/benchmark.h>

#include "engine/session/track_tagging.h"
#include "engine/tagger.h"

namespace tagscope {
namespace {

void runEndToEnd(benchmark::State& state, NetworkKind kind, bool withSegments) {
    TaggerConfig config;
    config.kind = kind;
    config.weightsPath =
        std::string(TAGSCOPE_BENCH_MODELS_DIR) + "/" + networkId(kind) + "_weights_tensorflow.hdf5";
    const Tagger tagger(config);
    const std::string file = std::string(TAGSCOPE_BENCH_SAMPLES_DIR) + "/bensound-cute.mp3";
    TrackTaggingOptions options;
    options.windows = withSegments;
    for (auto _ : state) {
        const TaggedTrack track = tagTrack(file, {&tagger}, options, {});
        benchmark::DoNotOptimize(track.models.front().central.data());
    }
}

void BM_EndToEndMp3ToTagsCnn(benchmark::State& state) {
    runEndToEnd(state, NetworkKind::ConvNet, false);
}
void BM_EndToEndMp3ToTagsRnn(benchmark::State& state) {
    runEndToEnd(state, NetworkKind::RecurrentNet, false);
}
void BM_EndToEndMp3ToTaggramCnn(benchmark::State& state) {
    runEndToEnd(state, NetworkKind::ConvNet, true);
}
BENCHMARK(BM_EndToEndMp3ToTagsCnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_EndToEndMp3ToTagsRnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_EndToEndMp3ToTaggramCnn)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace tagscope
