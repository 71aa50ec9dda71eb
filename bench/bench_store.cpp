// The result store's own costs: saving one track's results (one transaction), looking one up
// as a warm run does (stat, then the stored results), and opening a store of thousands of
// tracks (SQLite's quick_check included). Tracks have 16 analysis windows, a four-minute song
// at the default hop, or none (central prediction only).
// Run: build/bin/tagscope-bench --benchmark_filter=Store
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "engine/store/result_store.h"
#include "engine/tags.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

// A folder of its own under the system temp folder, removed afterwards.
class ScratchFolder {
public:
    ScratchFolder() {
        std::random_device random;
        path_ = fs::temp_directory_path() / ("tagscope-bench-store-" + std::to_string(random()));
        fs::create_directories(path_);
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

StoredResult trackResult(int seed, int windows, int dimensions = 0) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<float> probability(0.0f, 1.0f);
    auto fifty = [&] {
        std::vector<float> p(kTagCount);
        for (float& v : p) v = probability(random);
        return p;
    };
    StoredResult r;
    r.central = fifty();
    r.summary = windows > 0 ? fifty() : r.central;
    if (windows > 0) r.hopSeconds = 14.56;
    for (int w = 0; w < windows; ++w) r.segments.push_back({w * 14.56, fifty(), {}});
    if (dimensions == 0) return r;  // as before schema 4: no embeddings, no levels
    std::normal_distribution<float> feature;
    auto embedding = [&] {
        std::vector<float> e(static_cast<std::size_t>(dimensions));
        for (float& v : e) v = feature(random);
        return e;
    };
    r.embedding = embedding();
    r.centralLevel = {0.0, -18.5};
    for (SegmentResult& s : r.segments) {
        s.embedding = embedding();
        s.level = {0.0, -20.25};
    }
    return r;
}

IdentifiedFile pretendFile(int n) {
    IdentifiedFile f;
    f.path = "/music/artist " + std::to_string(n % 100) + "/track " + std::to_string(n) + ".mp3";
    f.content = {{std::uint64_t(4'000'000 + n), 1'700'000'000'000'000'000 + n}, std::uint64_t(n)};
    return f;
}

AudioInfo pretendAudio(int n) {
    return {240.0 + n % 60, 44100,       2, "mp3", "Track " + std::to_string(n),
            "Some Artist",  "Some Album"};
}

void fillStore(ResultStore& store, int tracks, int windows) {
    const std::int64_t config = store.configurationId("bench");
    for (int n = 0; n < tracks; ++n)
        store.saveResults(pretendFile(n), pretendAudio(n), {{config, trackResult(n, windows)}});
}

void BM_StoreSaveTrack(benchmark::State& state) {
    const ScratchFolder folder;
    auto store = ResultStore::open(folder.file("results.db")).store;
    const std::int64_t config = store->configurationId("bench");
    const int windows = int(state.range(0));
    const StoredResult result = trackResult(1, windows, int(state.range(1)));
    int n = 0;
    for (auto _ : state)
        store->saveResults(pretendFile(n), pretendAudio(n), {{config, result}}), ++n;
    store.reset();  // checkpointed into the main file on close
    state.counters["bytes_per_track"] =
        double(fs::file_size(folder.file("results.db"))) / double(std::max(n, 1));
}
// Arguments: windows, embedding dimensions (0: a row without embeddings and levels; 256 CNN,
// 32 RNN).
BENCHMARK(BM_StoreSaveTrack)
    ->Args({0, 0})
    ->Args({16, 0})
    ->Args({0, 256})
    ->Args({16, 256})
    ->Args({16, 32})
    ->Unit(benchmark::kMicrosecond);

void BM_StoreWarmLookup(benchmark::State& state) {
    constexpr int kTracks = 1000;
    const ScratchFolder folder;
    auto store = ResultStore::open(folder.file("results.db")).store;
    const std::int64_t config = store->configurationId("bench");
    std::vector<std::string> files;
    for (int n = 0; n < kTracks; ++n) {
        files.push_back(folder.file("track" + std::to_string(n) + ".mp3"));
        std::ofstream(files.back()) << "audio " << n;
        store->saveResults(store->identify(files.back()), pretendAudio(n),
                           {{config, trackResult(n, 16)}});
    }
    int n = 0;
    for (auto _ : state) {
        const IdentifiedFile file = store->identify(files[n++ % kTracks]);
        benchmark::DoNotOptimize(store->result(*file.id, config));
    }
}
BENCHMARK(BM_StoreWarmLookup)->Unit(benchmark::kMicrosecond);

void BM_StoreOpen(benchmark::State& state) {
    const ScratchFolder folder;
    const std::string path = folder.file("results.db");
    fillStore(*ResultStore::open(path).store, int(state.range(0)), 16);
    for (auto _ : state) benchmark::DoNotOptimize(ResultStore::open(path).store);
    state.counters["store_MB"] = double(fs::file_size(path)) / 1e6;
}
BENCHMARK(BM_StoreOpen)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tagscope
