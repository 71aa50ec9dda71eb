#include "engine/audio/window_cutter.h"

#include <algorithm>
#include <cmath>

#include "engine/audio/mel_spectrogram.h"
#include "engine/error.h"

namespace tagscope {

WindowCutter::WindowCutter(std::size_t hopSamples, Callback onWindow)
    : hop_(std::max<std::size_t>(1, hopSamples)), onWindow_(std::move(onWindow)) {}

void WindowCutter::push(const float* x, std::size_t n) {
    const std::int64_t end = received_ + std::int64_t(n);
    // Samples before the next window (when the hop exceeds a window) are never needed.
    const std::int64_t skip = std::clamp<std::int64_t>(startOf(next_) - received_, 0, n);
    if (buffer_.empty()) bufferStart_ = received_ + skip;
    buffer_.insert(buffer_.end(), x + skip, x + n);
    received_ = end;
    while (startOf(next_) + kClipSamples <= received_) {
        emitWindow(buffer_.data() + (startOf(next_) - bufferStart_));
        ++next_;
        const std::int64_t keepFrom = std::min(startOf(next_), received_);
        buffer_.erase(buffer_.begin(), buffer_.begin() + (keepFrom - bufferStart_));
        bufferStart_ = keepFrom;
    }
}

void WindowCutter::finish() {
    // Window k exists if it is the first or its predecessor ended before the track did.
    while (next_ == 0 || startOf(next_ - 1) + kClipSamples < received_) {
        std::vector<float> padded(kClipSamples, 0.0f);
        const std::int64_t start = startOf(next_);
        if (start < received_)
            std::copy(buffer_.begin() + (start - bufferStart_), buffer_.end(), padded.begin());
        emitWindow(padded.data());
        ++next_;
    }
    buffer_ = {};
}

void WindowCutter::emitWindow(const float* samples) {
    AnalysisWindow window;
    window.startSeconds = double(startOf(next_)) / kSampleRate;
    window.melgram = logMelSpectrogram(samples, kClipSamples);
    onWindow_(next_, window);
}

std::vector<std::size_t> windowStarts(std::size_t n, std::size_t hopSamples) {
    std::vector<std::size_t> starts{0};
    while (starts.back() + kClipSamples < n) starts.push_back(starts.back() + hopSamples);
    return starts;
}

std::size_t hopSamplesFor(double hopSeconds) {
    const double hop = std::round(hopSeconds * kSampleRate);
    if (!(hop >= 1.0) || hop > 1e12) fail("analysis", "window hop must be positive");
    return std::size_t(hop);
}

}  // namespace tagscope
