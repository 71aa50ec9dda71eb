#include "engine/audio/window_cutter.h"

#include <algorithm>
#include <cmath>

#include "engine/audio/mel_spectrogram.h"
#include "engine/error.h"

namespace tagscope {

WindowCutter::WindowCutter(std::size_t hopSamples, Callback onWindow)
    : hop_(std::max<std::size_t>(1, hopSamples)), onWindow_(std::move(onWindow)) {}

void WindowCutter::push(const float* x, std::size_t n) {
    if (buffer_.empty()) bufferStart_ = received_;
    buffer_.insert(buffer_.end(), x, x + n);
    received_ += std::int64_t(n);
    while (startOf(next_) + kClipSamples <= received_) {
        emitWindow(buffer_.data() + (startOf(next_) - bufferStart_), startOf(next_), kClipSamples);
        lastEnd_ = startOf(next_) + kClipSamples;
        ++next_;
    }
    // Kept: from the next window's start, and the last window's worth (the tail window ends
    // where the track does, which only finish() knows).
    const std::int64_t keepFrom = std::clamp<std::int64_t>(
        std::min(startOf(next_), received_ - kClipSamples), bufferStart_, received_);
    buffer_.erase(buffer_.begin(), buffer_.begin() + (keepFrom - bufferStart_));
    bufferStart_ = keepFrom;
}

void WindowCutter::finish() {
    if (next_ == 0) {  // a track no longer than a window: one, zero-padded
        std::vector<float> padded(kClipSamples, 0.0f);
        std::copy(buffer_.begin(), buffer_.end(), padded.begin());
        emitWindow(padded.data(), 0, buffer_.size());
        ++next_;
    } else if (lastEnd_ < received_) {  // the end not yet covered: a window ending there
        const std::int64_t start = received_ - kClipSamples;
        emitWindow(buffer_.data() + (start - bufferStart_), start, kClipSamples);
        ++next_;
    }
    buffer_ = {};
}

void WindowCutter::emitWindow(const float* samples, std::int64_t start, std::size_t musicSamples) {
    AnalysisWindow window;
    window.startSeconds = double(start) / kSampleRate;
    window.level = measureWindow(samples, musicSamples);
    window.melgram = logMelSpectrogram(samples, kClipSamples);
    onWindow_(next_, window);
}

std::vector<std::size_t> windowStarts(std::size_t n, std::size_t hopSamples) {
    std::vector<std::size_t> starts{0};
    while (starts.back() + hopSamples + kClipSamples <= n)
        starts.push_back(starts.back() + hopSamples);
    if (starts.back() + kClipSamples < n) starts.push_back(n - kClipSamples);
    return starts;
}

std::size_t hopSamplesFor(double hopSeconds) {
    const double hop = std::round(hopSeconds * kSampleRate);
    if (!(hop >= 1.0) || hop > 1e12) fail("analysis", "window hop must be positive");
    return std::size_t(hop);
}

}  // namespace tagscope
