// One-clip inference of the original networks, single-threaded, with the achieved GFLOP/s.
// Run: build/bin/tagscope-bench --benchmark_filter=Network
#include <benchmark/benchmark.h>

#include "engine/io/melgram_npy.h"
#include "engine/networks/tagging_network.h"

namespace tagscope {
namespace {

// Multiply-adds of the convolutions, GRUs and dense layer, counted as 2 FLOPs each.
double inferenceFlops(NetworkKind kind) {
    const Architecture& arch = architecture(kind);
    double flops = 0.0;
    int h = kMelBands, w = arch.frames, in = 1;
    for (std::size_t k = 0; k < arch.channels.size(); ++k) {
        flops += 2.0 * h * w * arch.channels[k] * in * 9;
        h /= arch.pools[k].height;
        w /= arch.pools[k].width;
        in = arch.channels[k];
    }
    if (arch.gruUnits) {
        const double u = arch.gruUnits;
        flops += w * 2.0 * 3 * (in * u + u * u) + w * 2.0 * 3 * (u * u + u * u);
        in = arch.gruUnits;
    }
    return flops + 2.0 * in * arch.outputs;
}

void runNetwork(benchmark::State& state, NetworkKind kind, NormMode mode) {
    const std::string model =
        std::string(TAGSCOPE_BENCH_MODELS_DIR) + "/" + networkId(kind) + "_weights_tensorflow.hdf5";
    const TaggingNetwork network = TaggingNetwork::fromFile(model, kind);
    const Melgram clip =
        readMelgramNpy(std::string(TAGSCOPE_BENCH_REFERENCE_DIR) + "/melgrams/bensound-cute.npy");
    const Calibration calibration = network.calibrate({&clip});
    for (auto _ : state) {
        RowMatrixXf p = network.predict({&clip}, mode, &calibration);
        benchmark::DoNotOptimize(p.data());
    }
    state.counters["GFLOP/s"] = benchmark::Counter(inferenceFlops(kind) * 1e-9,
                                                   benchmark::Counter::kIsIterationInvariantRate);
    state.counters["GFLOP"] = inferenceFlops(kind) * 1e-9;
}

void BM_NetworkCnnOneClip(benchmark::State& state) {
    runNetwork(state, NetworkKind::ConvNet, NormMode::Calibrated);
}
void BM_NetworkRnnOneClip(benchmark::State& state) {
    runNetwork(state, NetworkKind::RecurrentNet, NormMode::Calibrated);
}
BENCHMARK(BM_NetworkCnnOneClip)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_NetworkRnnOneClip)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// --norm track: every layer's statistics are the clip's own.
void BM_NetworkCnnOneClipTrackNorm(benchmark::State& state) {
    runNetwork(state, NetworkKind::ConvNet, NormMode::Track);
}
void BM_NetworkRnnOneClipTrackNorm(benchmark::State& state) {
    runNetwork(state, NetworkKind::RecurrentNet, NormMode::Track);
}
BENCHMARK(BM_NetworkCnnOneClipTrackNorm)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_NetworkRnnOneClipTrackNorm)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace tagscope

BENCHMARK_MAIN();
