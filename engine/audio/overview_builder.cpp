#include "engine/audio/overview_builder.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "engine/audio/mel_spectrogram.h"

namespace tagscope {
namespace {
constexpr std::int64_t kHalfFrame = kFftSize / 2;
// Frames touching the start reflect the signal, which is only well defined once it is longer
// than one frame; until then nothing is emitted (a shorter track is done in one go).
constexpr std::int64_t kStreamingFrom = 2 * kFftSize;
}  // namespace

OverviewBuilder::OverviewBuilder(int maxColumns)
    : maxColumns_(std::size_t(std::max(2, maxColumns & ~1))),
      envelope_(maxColumns),
      partial_(kMelBands, 0.0) {}

void OverviewBuilder::push(const float* x, std::size_t n) {
    buffer_.insert(buffer_.end(), x, x + n);
    envelope_.push(x, n);
    received_ += std::int64_t(n);
    if (received_ >= kStreamingFrom) emitReadyFrames();
}

void OverviewBuilder::emitReadyFrames() {
    std::array<float, kFftSize> padded{};
    std::array<float, kMelBands> mel{};
    for (;; ++nextFrame_) {
        const std::int64_t start = nextFrame_ * kHopSize - kHalfFrame;
        if (start + kFftSize > received_) break;
        const float* frame = padded.data();
        if (start >= 0) {
            frame = buffer_.data() + (start - bufferStart_);
        } else {  // the head: bufferStart_ is still 0
            for (int i = 0; i < kFftSize; ++i)
                padded[i] = buffer_[reflectIndex(start + i, std::size_t(received_))];
        }
        analyser_.analyse(frame, mel.data());
        addFrame(mel.data());
    }
    // Keep what the next frames (and the tail's reflection) need.
    const std::int64_t keepFrom = std::max<std::int64_t>(0, nextFrame_ * kHopSize - kFftSize);
    if (keepFrom > bufferStart_) {
        buffer_.erase(buffer_.begin(), buffer_.begin() + (keepFrom - bufferStart_));
        bufferStart_ = keepFrom;
    }
}

void OverviewBuilder::addFrame(const float* mel) {
    for (int m = 0; m < kMelBands; ++m) partial_[std::size_t(m)] += mel[m];
    if (++partialFrames_ < framesPerColumn_) return;
    if (columns_.size() / kMelBands == maxColumns_) {
        halveColumns();  // the column being filled now takes twice as many frames
        return;
    }
    for (int m = 0; m < kMelBands; ++m) {
        columns_.push_back(float(partial_[std::size_t(m)] / partialFrames_));
        partial_[std::size_t(m)] = 0.0;
    }
    partialFrames_ = 0;
}

void OverviewBuilder::halveColumns() {
    const std::size_t count = columns_.size() / kMelBands;
    for (std::size_t c = 0; c < count / 2; ++c)
        for (std::size_t m = 0; m < std::size_t(kMelBands); ++m)
            columns_[c * kMelBands + m] = float(
                (double(columns_[2 * c * kMelBands + m]) + columns_[(2 * c + 1) * kMelBands + m]) /
                2.0);
    columns_.resize(count / 2 * kMelBands);
    framesPerColumn_ *= 2;
}

Overview OverviewBuilder::finish() {
    Overview overview;
    if (received_ < kStreamingFrom) {
        overview.melgram = melPowerSpectrogram(buffer_.data(), buffer_.size());
    } else {
        // The tail: frames whose window runs past the end reflect the signal there.
        const std::int64_t frames = frameCount(std::size_t(received_));
        std::array<float, kFftSize> padded{};
        std::array<float, kMelBands> mel{};
        for (; nextFrame_ < frames; ++nextFrame_) {
            const std::int64_t start = nextFrame_ * kHopSize - kHalfFrame;
            for (int i = 0; i < kFftSize; ++i)
                padded[i] = buffer_[reflectIndex(start + i, std::size_t(received_)) - bufferStart_];
            analyser_.analyse(padded.data(), mel.data());
            addFrame(mel.data());
        }
        if (partialFrames_ > 0) {
            if (columns_.size() / kMelBands == maxColumns_) halveColumns();
            for (int m = 0; m < kMelBands; ++m)
                columns_.push_back(float(partial_[std::size_t(m)] / partialFrames_));
        }
        const int count = int(columns_.size() / kMelBands);
        overview.melgram = Melgram(kMelBands, count);
        for (int c = 0; c < count; ++c)
            for (int m = 0; m < kMelBands; ++m)
                overview.melgram.at(m, c) = columns_[std::size_t(c) * kMelBands + m];
        overview.framesPerColumn = framesPerColumn_;
    }
    toDecibels(overview.melgram);
    overview.waveform = envelope_.finish();
    buffer_ = {};
    columns_ = {};
    return overview;
}

}  // namespace tagscope
