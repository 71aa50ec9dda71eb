#pragma once
// Cuts the analysis windows out of a track as it streams past and hands each one's melgram on
// as soon as its samples are in; holds at most one window of samples. Windows of kClipSamples
// start at 0, hop, 2·hop, … up to the first that reaches the end (zero-padded there), so a
// track of at most 29.12 s has one window.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "engine/melgram.h"

namespace tagscope {

struct AnalysisWindow {
    double startSeconds = 0.0;
    Melgram melgram;  // 96 × 1366, its own 80 dB floor
};

class WindowCutter {
public:
    // onWindow(index, window): the window is only valid during the call.
    using Callback = std::function<void(std::size_t, const AnalysisWindow&)>;

    WindowCutter(std::size_t hopSamples, Callback onWindow);

    void push(const float* x, std::size_t n);
    void finish();  // emits the last, zero-padded window(s)

    std::size_t windowsEmitted() const { return next_; }

private:
    std::int64_t startOf(std::size_t index) const { return std::int64_t(index * hop_); }
    void emitWindow(const float* samples);

    std::size_t hop_;
    Callback onWindow_;
    std::vector<float> buffer_;  // samples [bufferStart_, bufferStart_ + size)
    std::int64_t bufferStart_ = 0;
    std::int64_t received_ = 0;
    std::size_t next_ = 0;
};

// Start samples of the analysis windows of an n-sample track (the rule WindowCutter follows).
std::vector<std::size_t> windowStarts(std::size_t n, std::size_t hopSamples);

// The hop in samples for a hop in seconds; throws Error unless it is at least one sample.
std::size_t hopSamplesFor(double hopSeconds);

}  // namespace tagscope
