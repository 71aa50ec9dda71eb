#pragma once
// Whole-track analysis in one streaming pass: decode → resample to 12 kHz → (a) the central
// clip the original fed the network, (b) the analysis windows, each handed on as soon as its
// samples are in, (c) optionally the overview for display. Memory stays bounded whatever the
// track's length: no stage keeps the whole signal (see CentralClipCapture for the one case
// that decodes a long file a second time).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/audio/overview_builder.h"
#include "engine/audio/resampler.h"
#include "engine/audio/window_cutter.h"
#include "engine/melgram.h"
#include "engine/run_context.h"

namespace tagscope {

struct StreamOptions {
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;  // between the starts of consecutive windows
    bool windows = false;       // cut the analysis windows (handed to the callback)
    int overviewColumns = 0;    // > 0: build the display overview with at most this many columns
};

struct StreamedTrack {
    AudioInfo info;                    // durationSeconds is the decoded length
    Melgram central;                   // the original's network input (spec step 3)
    double centralStartSeconds = 0.0;  // where it starts in the track
    WindowLevel centralLevel;          // its padding share and loudness
    std::vector<double> windowStarts;  // seconds, of the windows handed on
    Overview overview;                 // empty unless asked for
    int decodePasses = 1;              // 2 when the central clip needed a second pass
};

struct StreamCallbacks {
    std::function<void(const AudioInfo&)> onOpen;  // the file is open (duration: an estimate)
    WindowCutter::Callback onWindow;               // each window, in order
};

// Throws Error("PATH: problem") for unreadable or implausible files, Cancelled when the
// context is stopped. The callbacks run on the calling thread.
StreamedTrack streamTrack(const std::string& path, const StreamOptions& options,
                          const RunContext& context, const StreamCallbacks& callbacks = {});

// Spec steps 1–2 on the whole file, held in memory: for tests, benchmarks and short clips.
std::vector<float> decodeTo12k(const std::string& path, ResamplerKind kind = ResamplerKind::Exact,
                               AudioInfo* info = nullptr, const RunContext& context = {});

// The kClipSamples 12 kHz samples of one window, [startSample, startSample + kClipSamples),
// zero-padded past the track's end: what the window's melgram was computed from (a window
// starting at t seconds starts at sample round(t · 12000)). Decoding stops once they are in,
// so an early window costs little more than its own length.
std::vector<float> decodeWindowTo12k(const std::string& path, std::int64_t startSample,
                                     ResamplerKind kind = ResamplerKind::Exact,
                                     const RunContext& context = {});

// The original's central window (spec step 3) as samples, and where it starts (in samples);
// decodes the whole track, since the centre is known only once its length is.
struct WindowSamples {
    std::vector<float> samples;  // kClipSamples
    std::int64_t startSample = 0;
};
WindowSamples decodeCentralWindowTo12k(const std::string& path,
                                       ResamplerKind kind = ResamplerKind::Exact,
                                       const RunContext& context = {});

}  // namespace tagscope
