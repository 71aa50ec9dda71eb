// Tag decisions over a library of 10,000 tracks: filtering by a tag query (the issue asks for
// at most 100 ms), the thresholds dialog's per-label counts, deciding every track's tags, and
// parsing a query. Run: build/bin/tagscope-bench --benchmark_filter=Decisions
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/tag_query.h"
#include "engine/decisions/vocabulary.h"

namespace tagscope {
namespace {

constexpr std::size_t kLibraryTracks = 10'000;

// Probabilities shaped like the networks' (most tags near 0, a few strong): uniform^4.
const std::vector<std::vector<float>>& library() {
    static const std::vector<std::vector<float>> tracks = [] {
        std::mt19937 random(2016);
        std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
        std::vector<std::vector<float>> t(kLibraryTracks, std::vector<float>(kTagCount));
        for (auto& track : t)
            for (float& p : track) p = std::pow(uniform(random), 4.0f);
        return t;
    }();
    return tracks;
}

const Vocabulary& vocabulary() {
    static const Vocabulary v = Vocabulary::loadDefault();
    return v;
}

// A few overrides and a top-5 cap: with these probabilities about 22 labels pass 0.1, so the cap
// sorts on nearly every track (the worst case).
Thresholds dialogThresholds(int topN = 5) {
    Thresholds t;
    t.perLabel = {{"jazz", 0.3}, {"female vocalists", 0.2}, {"rock", 0.15}};
    t.topN = topN;
    return t;
}

void filterLibrary(benchmark::State& state, const char* text) {
    const TagQuery query = TagQuery::parse(text, vocabulary());
    const TagDecider decider(vocabulary(), dialogThresholds());
    std::size_t found = 0;
    for (auto _ : state) {
        const std::vector<std::size_t> matching = matchingTracks(query, library(), decider);
        found = matching.size();
        benchmark::DoNotOptimize(matching.data());
    }
    state.counters["tracks"] = double(kLibraryTracks);
    state.counters["matching"] = double(found);
}

void BM_DecisionsQuerySimple10k(benchmark::State& state) {
    filterLibrary(state, "jazz > 0.5 and not rock");
}
void BM_DecisionsQueryComplex10k(benchmark::State& state) {
    filterLibrary(state,
                  "(jazz or blues or soul) and not (rock > 0.2 or metal) and "
                  "(female vocalists or instrumental >= 0.1) and not (80s or 90s or 00s)");
}

// Argument: the top-N cap (0: none).
void BM_DecisionsCountPerLabel10k(benchmark::State& state) {
    const TagDecider decider(vocabulary(), dialogThresholds(int(state.range(0))));
    for (auto _ : state) {
        const std::vector<std::size_t> counts = countPerLabel(library(), decider);
        benchmark::DoNotOptimize(counts.data());
    }
    state.counters["tracks"] = double(kLibraryTracks);
}

void BM_DecisionsDecideAll10k(benchmark::State& state) {
    const TagDecider decider(vocabulary(), dialogThresholds());
    for (auto _ : state)
        for (const std::vector<float>& track : library()) {
            const std::vector<DecidedTag> tags = decider.decide(track);
            benchmark::DoNotOptimize(tags.data());
        }
    state.counters["tracks"] = double(kLibraryTracks);
}

void BM_DecisionsParseQuery(benchmark::State& state) {
    for (auto _ : state) {
        const TagQuery query = TagQuery::parse(
            "(jazz or blues) and not \"female vocalists\" and mellow > 0.2 or hip-hop",
            vocabulary());
        benchmark::DoNotOptimize(&query);
    }
}

BENCHMARK(BM_DecisionsQuerySimple10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecisionsQueryComplex10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecisionsCountPerLabel10k)->Arg(0)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecisionsDecideAll10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecisionsParseQuery)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace tagscope
