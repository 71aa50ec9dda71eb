#include "engine/audio/track_stream.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

#include "engine/audio/audio_decoder.h"
#include "engine/audio/central_clip_capture.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/error.h"

namespace tagscope {
namespace {

// Progress reports at most this often: enough for a progress bar, never a flood of events.
constexpr auto kProgressInterval = std::chrono::milliseconds(100);

// Decodes path to mono 12 kHz: onOpen(info) once the file is open (info.durationSeconds is
// the container's estimate), then sink(x, n) chunk by chunk; sink returns false to stop
// early. Returns the stream's info with the decoded duration.
template <typename OnOpen, typename Sink>
AudioInfo decodeTo12kChunks(const std::string& path, ResamplerKind kind, const RunContext& context,
                            OnOpen&& onOpen, Sink&& sink) {
    AudioDecoder decoder(path, context);
    const double declared = decoder.info().durationSeconds;
    onOpen(decoder.info());
    std::unique_ptr<StreamResampler> resampler;  // made once the first frame settles the rate
    std::vector<float> chunk, out;
    auto lastReport = std::chrono::steady_clock::now();
    bool wanted = true;
    try {
        while (wanted && decoder.read(chunk)) {
            if (!resampler) resampler = makeResampler(kind, decoder.info().sampleRate);
            out.clear();
            resampler->push(chunk.data(), chunk.size(), out);
            wanted = sink(out.data(), out.size());
            const auto now = std::chrono::steady_clock::now();
            if (now - lastReport >= kProgressInterval) {
                lastReport = now;
                context.reportProgress(
                    {double(decoder.samplesDecoded()) / decoder.info().sampleRate, declared});
            }
        }
        if (wanted) {
            out.clear();
            resampler->finish(out);
            sink(out.data(), out.size());
        }
    } catch (const Error& e) {
        const std::string message = e.what();
        if (message.starts_with(path + ": ")) throw;
        fail(path, message);  // the resampler's errors do not know the file
    }
    AudioInfo info = decoder.info();
    info.durationSeconds = double(decoder.samplesDecoded()) / info.sampleRate;
    context.reportProgress({info.durationSeconds, info.durationSeconds});
    return info;
}

}  // namespace

StreamedTrack streamTrack(const std::string& path, const StreamOptions& options,
                          const RunContext& context, const StreamCallbacks& callbacks) {
    const std::size_t hop = hopSamplesFor(options.hopSeconds);
    StreamedTrack track;

    std::optional<CentralClipCapture> capture;  // made once the declared duration is known
    std::optional<WindowCutter> cutter;
    if (options.windows)
        cutter.emplace(hop, [&](std::size_t index, const AnalysisWindow& window) {
            track.windowStarts.push_back(window.startSeconds);
            if (callbacks.onWindow) callbacks.onWindow(index, window);
        });
    std::optional<OverviewBuilder> overview;
    if (options.overviewColumns > 0) overview.emplace(options.overviewColumns);

    track.info = decodeTo12kChunks(
        path, options.resampler, context,
        [&](const AudioInfo& info) {
            // A header may declare anything; beyond the duration limit it is no estimate.
            const double declared = info.durationSeconds;
            const bool plausible =
                declared > 0.0 && declared <= context.limits().maxDurationSeconds;
            capture.emplace(plausible ? std::int64_t(declared * kSampleRate) : 0);
            if (callbacks.onOpen) callbacks.onOpen(info);
        },
        [&](const float* x, std::size_t n) {
            capture->push(x, n);
            if (cutter) cutter->push(x, n);
            if (overview) overview->push(x, n);
            return true;
        });
    if (cutter) {
        context.throwIfStopped();
        cutter->finish();
    }
    if (overview) track.overview = overview->finish();

    const std::int64_t total = capture->received();
    const auto start = std::int64_t(centralWindowStart(std::size_t(total)));
    std::optional<Melgram> central = capture->finish();
    track.centralLevel = capture->level();
    if (!central) {
        // The container's duration was missing or wrong for a long file: decode again, keeping
        // exactly the central window this time.
        CentralClipCapture exact = CentralClipCapture::exactly(start);
        decodeTo12kChunks(
            path, options.resampler, context.withProgress({}), [](const AudioInfo&) {},
            [&](const float* x, std::size_t n) {
                exact.push(x, n);
                return !exact.complete();
            });
        central = exact.finish();
        track.centralLevel = exact.level();
        track.decodePasses = 2;
        if (!central) fail(path, "decodes differently the second time (damaged file?)");
    }
    track.central = std::move(*central);
    track.centralStartSeconds = double(start) / kSampleRate;
    return track;
}

std::vector<float> decodeTo12k(const std::string& path, ResamplerKind kind, AudioInfo* info,
                               const RunContext& context) {
    std::vector<float> signal;
    const AudioInfo decoded = decodeTo12kChunks(
        path, kind, context, [](const AudioInfo&) {},
        [&](const float* x, std::size_t n) {
            signal.insert(signal.end(), x, x + n);
            return true;
        });
    if (info) *info = decoded;
    return signal;
}

std::vector<float> decodeWindowTo12k(const std::string& path, std::int64_t startSample,
                                     ResamplerKind kind, const RunContext& context) {
    if (startSample < 0) fail(path, "a window cannot start before the track");
    std::vector<float> window;
    window.reserve(kClipSamples);
    std::int64_t received = 0;
    decodeTo12kChunks(
        path, kind, context, [](const AudioInfo&) {},
        [&](const float* x, std::size_t n) {
            const std::int64_t begin = received;
            received += std::int64_t(n);
            const std::int64_t from = std::max(begin, startSample);
            const std::int64_t to = std::min(received, startSample + kClipSamples);
            if (from < to) window.insert(window.end(), x + (from - begin), x + (to - begin));
            return received < startSample + kClipSamples;
        });
    window.resize(kClipSamples, 0.0f);
    return window;
}

WindowSamples decodeCentralWindowTo12k(const std::string& path, ResamplerKind kind,
                                       const RunContext& context) {
    std::vector<float> signal = decodeTo12k(path, kind, nullptr, context);
    WindowSamples central;
    const std::size_t start = centralWindowStart(signal.size());
    central.startSample = std::int64_t(start);
    central.samples.assign(kClipSamples, 0.0f);
    const std::size_t count =
        std::min<std::size_t>(kClipSamples, signal.size() - std::min(start, signal.size()));
    std::copy_n(signal.begin() + std::ptrdiff_t(start), count, central.samples.begin());
    return central;
}

}  // namespace tagscope
