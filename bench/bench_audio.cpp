// Audio front end benchmarks (single thread): decode, resample, mel, whole-track analysis.
// Paths come from TAGSCOPE_BENCH_SAMPLES_DIR and TAGSCOPE_BENCH_FFMPEG; main() is elsewhere.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/audio/audio_decoder.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/resampler.h"
#include "engine/audio/track_stream.h"

namespace {

using namespace tagscope;

std::string sampleMp3() {
    return std::string(TAGSCOPE_BENCH_SAMPLES_DIR) + "/bensound-cute.mp3";
}

// A 5-minute mp3: the 30 s sample looped ten times (stream copy), made once per run.
const std::string& fiveMinuteMp3() {
    static const std::string path = [] {
        const std::string out =
            (std::filesystem::temp_directory_path() / "tagscope-bench-5min.mp3").string();
        const std::string cmd = std::string("\"") + TAGSCOPE_BENCH_FFMPEG +
                                "\" -nostdin -loglevel error -y -stream_loop 9 -i \"" +
                                sampleMp3() + "\" -c copy \"" + out + "\"";
        return std::system(cmd.c_str()) == 0 ? out : std::string();
    }();
    return path;
}

std::vector<float> decodeNative(const std::string& path) {
    AudioDecoder decoder(path);
    std::vector<float> x;
    decoder.decode([&](const float* p, std::size_t n) { x.insert(x.end(), p, p + n); });
    return x;
}

void BM_DecodeMp3_30s(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(decodeNative(sampleMp3()));
}
BENCHMARK(BM_DecodeMp3_30s)->Unit(benchmark::kMillisecond);

void BM_DecodeMp3_5min(benchmark::State& state) {
    if (fiveMinuteMp3().empty()) return state.SkipWithError("could not make the 5-minute mp3");
    for (auto _ : state) benchmark::DoNotOptimize(decodeNative(fiveMinuteMp3()));
}
BENCHMARK(BM_DecodeMp3_5min)->Unit(benchmark::kMillisecond);

void resample(benchmark::State& state, ResamplerKind kind) {
    const std::vector<float> x = decodeNative(sampleMp3());
    for (auto _ : state) benchmark::DoNotOptimize(resampleTo12k(x.data(), x.size(), 44100, kind));
    state.counters["x_realtime"] = benchmark::Counter(
        double(x.size()) / 44100.0 * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_ResampleExact_30s(benchmark::State& state) {
    resample(state, ResamplerKind::Exact);
}
BENCHMARK(BM_ResampleExact_30s)->Unit(benchmark::kMillisecond);

void BM_ResampleFast_30s(benchmark::State& state) {
    resample(state, ResamplerKind::Fast);
}
BENCHMARK(BM_ResampleFast_30s)->Unit(benchmark::kMillisecond);

void BM_MelOneWindow(benchmark::State& state) {
    const std::vector<float> signal = decodeTo12k(sampleMp3());
    for (auto _ : state) benchmark::DoNotOptimize(melgramFromSignal(signal.data(), signal.size()));
}
BENCHMARK(BM_MelOneWindow)->Unit(benchmark::kMillisecond);

// mp3 → the network's 96 × 1366 input, as the tagger needs it.
void BM_Mp3ToCentralMelgram_30s(benchmark::State& state) {
    for (auto _ : state) {
        const std::vector<float> signal = decodeTo12k(sampleMp3());
        benchmark::DoNotOptimize(melgramFromSignal(signal.data(), signal.size()));
    }
}
BENCHMARK(BM_Mp3ToCentralMelgram_30s)->Unit(benchmark::kMillisecond);

// What the app asks of a track: central clip, every window's melgram, the display overview.
StreamedTrack analyseForApp(const std::string& path) {
    StreamOptions options;
    options.windows = true;
    options.overviewColumns = 1 << 15;
    StreamCallbacks callbacks;
    callbacks.onWindow = [](std::size_t, const AnalysisWindow& w) {
        benchmark::DoNotOptimize(w.melgram.values.data());
    };
    return streamTrack(path, options, {}, callbacks);
}

void BM_AnalyseFile_30s(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(analyseForApp(sampleMp3()));
}
BENCHMARK(BM_AnalyseFile_30s)->Unit(benchmark::kMillisecond);

void BM_AnalyseFile_5min(benchmark::State& state) {
    if (fiveMinuteMp3().empty()) return state.SkipWithError("could not make the 5-minute mp3");
    for (auto _ : state) benchmark::DoNotOptimize(analyseForApp(fiveMinuteMp3()));
}
BENCHMARK(BM_AnalyseFile_5min)->Unit(benchmark::kMillisecond);

}  // namespace
