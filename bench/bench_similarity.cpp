// Similar tracks (issue 12): what the embeddings cost the tagging pass, and a nearest-neighbour
// query over a large library. Single-threaded.
// Run: build/bin/tagscope-bench --benchmark_filter='Embedding|Neighbour'
#include <benchmark/benchmark.h>

#include <chrono>
#include <random>

#include "engine/io/melgram_npy.h"
#include "engine/networks/tagging_network.h"
#include "engine/session/track_tagging.h"
#include "engine/similarity/neighbour_index.h"
#include "engine/store/result_rows.h"

namespace tagscope {
namespace {

// One clip through the network with and without keeping its embedding, interleaved so that
// both see the same machine load; "extra_%" is the difference in percent of the plain pass.
void runEmbeddingCost(benchmark::State& state, NetworkKind kind) {
    const std::string model =
        std::string(TAGSCOPE_BENCH_MODELS_DIR) + "/" + networkId(kind) + "_weights_tensorflow.hdf5";
    const TaggingNetwork network = TaggingNetwork::fromFile(model, kind);
    const Melgram clip =
        readMelgramNpy(std::string(TAGSCOPE_BENCH_REFERENCE_DIR) + "/melgrams/bensound-cute.npy");
    const Calibration calibration = network.calibrate({&clip});
    using Clock = std::chrono::steady_clock;
    Clock::duration plain{}, embedded{};
    for (auto _ : state) {
        const auto t0 = Clock::now();
        RowMatrixXf p = network.predict({&clip}, NormMode::Calibrated, &calibration);
        const auto t1 = Clock::now();
        NetworkOutputs o =
            network.predictWithEmbeddings({&clip}, NormMode::Calibrated, &calibration);
        const auto t2 = Clock::now();
        benchmark::DoNotOptimize(p.data());
        benchmark::DoNotOptimize(o.embeddings.data());
        plain += t1 - t0;
        embedded += t2 - t1;
    }
    const double a = std::chrono::duration<double>(plain).count();
    const double b = std::chrono::duration<double>(embedded).count();
    state.counters["plain_ms"] = 1e3 * a / double(state.iterations());
    state.counters["embedded_ms"] = 1e3 * b / double(state.iterations());
    state.counters["extra_%"] = 100.0 * (b - a) / a;
}

void BM_EmbeddingCostCnn(benchmark::State& state) {
    runEmbeddingCost(state, NetworkKind::ConvNet);
}
void BM_EmbeddingCostRnn(benchmark::State& state) {
    runEmbeddingCost(state, NetworkKind::RecurrentNet);
}
BENCHMARK(BM_EmbeddingCostCnn)->Unit(benchmark::kMillisecond)->MinTime(10.0);
BENCHMARK(BM_EmbeddingCostRnn)->Unit(benchmark::kMillisecond)->MinTime(10.0);

// What a track's embeddings add after the network: the mean over its windows and encoding the
// store row (float32 track embedding, float16 windows, levels) — for a four-minute song's 16
// windows of the CNN's 256 values, against the same row without embeddings.
void BM_EmbeddingTrackBookkeeping(benchmark::State& state) {
    const bool withEmbeddings = state.range(0) != 0;
    std::mt19937 random(1);
    std::uniform_real_distribution<float> value(-1.0f, 4.0f);
    StoredResult result;
    result.central.assign(50, 0.5f);
    result.summary = result.central;
    result.hopSeconds = 14.56;
    result.centralLevel = {0.0, -20.0};
    for (int w = 0; w < 16; ++w) {
        SegmentResult s{w * 14.56, std::vector<float>(50, 0.25f), {0.0, -20.0}};
        if (withEmbeddings) {
            s.embedding.resize(256);
            for (float& v : s.embedding) v = value(random);
        }
        result.segments.push_back(std::move(s));
    }
    for (auto _ : state) {
        if (withEmbeddings) result.embedding = meanEmbedding(result.segments);
        const ResultRow row = encodeResultRow(result);
        benchmark::DoNotOptimize(row.central.data());
    }
}
BENCHMARK(BM_EmbeddingTrackBookkeeping)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// The k = 10 most similar of N tracks × 256 dimensions (random embeddings).
void BM_NeighbourQuery(benchmark::State& state) {
    constexpr int kDimensions = 256;
    const auto tracks = std::size_t(state.range(0));
    std::mt19937 random(7);
    std::normal_distribution<float> value;
    NeighbourIndex index(kDimensions);
    std::vector<float> row(kDimensions);
    for (std::size_t t = 0; t < tracks; ++t) {
        for (float& v : row) v = value(random);
        index.add(row);
    }
    for (float& v : row) v = value(random);
    for (auto _ : state) {
        const std::vector<Neighbour> found = index.nearest(row, 10, 0);
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["tracks"] = double(tracks);
}
BENCHMARK(BM_NeighbourQuery)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tagscope
