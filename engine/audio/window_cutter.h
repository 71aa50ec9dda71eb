#pragma once
// Cuts the analysis windows out of a track as it streams past and hands each one's melgram on
// as soon as its samples are in; holds about one window of samples. Windows of kClipSamples
// start at 0, hop, 2·hop, … as long as they fit in the track; if the last of them ends before
// the track does, one more ends exactly at the track's end (overlapping its predecessor more
// than the hop does), so every window is all music and the end is covered. A track of at most
// 29.12 s has one window, zero-padded after its end.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "engine/audio/window_level.h"
#include "engine/melgram.h"

namespace tagscope {

struct AnalysisWindow {
    double startSeconds = 0.0;
    Melgram melgram;    // 96 × 1366, its own 80 dB floor
    WindowLevel level;  // padding share and loudness of its samples
};

class WindowCutter {
public:
    // onWindow(index, window): the window is only valid during the call.
    using Callback = std::function<void(std::size_t, const AnalysisWindow&)>;

    WindowCutter(std::size_t hopSamples, Callback onWindow);

    void push(const float* x, std::size_t n);
    void finish();  // emits the window ending at the track's end, or the padded only one

    std::size_t windowsEmitted() const { return next_; }

private:
    std::int64_t startOf(std::size_t index) const { return std::int64_t(index * hop_); }
    void emitWindow(const float* samples, std::int64_t start, std::size_t musicSamples);

    std::size_t hop_;
    Callback onWindow_;
    std::vector<float> buffer_;  // samples [bufferStart_, bufferStart_ + size)
    std::int64_t bufferStart_ = 0;
    std::int64_t received_ = 0;
    std::int64_t lastEnd_ = 0;  // of the windows emitted
    std::size_t next_ = 0;
};

// Start samples of the analysis windows of an n-sample track (the rule WindowCutter follows).
std::vector<std::size_t> windowStarts(std::size_t n, std::size_t hopSamples);

// The hop in samples for a hop in seconds; throws Error unless it is at least one sample.
std::size_t hopSamplesFor(double hopSeconds);

}  // namespace tagscope
