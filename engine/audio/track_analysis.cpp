#include "engine/audio/track_analysis.h"

#include <cmath>
#include <memory>

#include "engine/audio/audio_decoder.h"
#include "engine/error.h"

namespace tagscope {

std::vector<float> decodeTo12k(const std::string& path, ResamplerKind kind, AudioInfo* info) {
    AudioDecoder decoder(path);
    std::vector<float> signal;
    if (decoder.info().durationSeconds > 0)  // a guess; the vector grows if it is short
        signal.reserve(std::size_t(decoder.info().durationSeconds * kSampleRate * 1.01) + 1024);
    // Made at the first chunk, when the decoder knows the stream's true rate.
    std::unique_ptr<StreamResampler> resampler;
    decoder.decode([&](const float* x, std::size_t n) {
        if (!resampler) resampler = makeResampler(kind, decoder.info().sampleRate);
        resampler->push(x, n, signal);
    });
    resampler->finish(signal);
    if (info) {
        *info = decoder.info();
        info->durationSeconds = double(decoder.samplesDecoded()) / info->sampleRate;
    }
    return signal;
}

std::vector<std::size_t> windowStarts(std::size_t n, std::size_t hopSamples) {
    std::vector<std::size_t> starts{0};
    while (starts.back() + kClipSamples < n) starts.push_back(starts.back() + hopSamples);
    return starts;
}

TrackAnalysis analyseFile(const std::string& path, const AnalysisOptions& options) {
    const double hop = std::round(options.hopSeconds * kSampleRate);
    if (!(hop >= 1.0)) fail(path, "analysis hop must be positive");

    TrackAnalysis a;
    a.signal = decodeTo12k(path, options.resampler, &a.info);
    const float* x = a.signal.data();
    const std::size_t n = a.signal.size();
    a.overview = logMelSpectrogram(x, n);
    const std::size_t centralStart = centralWindowStart(n);
    a.central = melgramOfWindow(x, n, centralStart);
    a.centralStartSeconds = double(centralStart) / kSampleRate;
    for (const std::size_t start : windowStarts(n, std::size_t(hop))) {
        AnalysisWindow w;
        w.startSeconds = double(start) / kSampleRate;
        w.melgram = start == centralStart ? a.central : melgramOfWindow(x, n, start);
        a.windows.push_back(std::move(w));
    }
    return a;
}

}  // namespace tagscope
