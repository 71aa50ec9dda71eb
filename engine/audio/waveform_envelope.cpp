#include "engine/audio/waveform_envelope.h"

#include <algorithm>
#include <cmath>

#include "engine/melgram.h"

namespace tagscope {

WaveformEnvelopeBuilder::WaveformEnvelopeBuilder(int maxColumns)
    : maxColumns_(std::size_t(std::max(2, maxColumns & ~1))) {
    envelope_.samplesPerColumn = kHopSize;
}

void WaveformEnvelopeBuilder::push(const float* x, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const float v = x[i];
        if (partialCount_ == 0) {
            partialMin_ = partialMax_ = v;
        } else {
            partialMin_ = std::min(partialMin_, v);
            partialMax_ = std::max(partialMax_, v);
        }
        partialSquares_ += double(v) * v;
        if (++partialCount_ == envelope_.samplesPerColumn) closeColumn();
    }
}

void WaveformEnvelopeBuilder::closeColumn() {
    if (envelope_.columns() == maxColumns_) {
        halveColumns();  // the column being filled now takes twice as many samples
        if (partialCount_ < envelope_.samplesPerColumn) return;
    }
    envelope_.minimum.push_back(partialMin_);
    envelope_.maximum.push_back(partialMax_);
    sumSquares_.push_back(partialSquares_);
    envelope_.rms.push_back(float(std::sqrt(partialSquares_ / double(partialCount_))));
    partialSquares_ = 0.0;
    partialCount_ = 0;
}

void WaveformEnvelopeBuilder::halveColumns() {
    WaveformEnvelope& e = envelope_;
    const std::size_t count = e.columns() / 2;
    for (std::size_t c = 0; c < count; ++c) {
        e.minimum[c] = std::min(e.minimum[2 * c], e.minimum[2 * c + 1]);
        e.maximum[c] = std::max(e.maximum[2 * c], e.maximum[2 * c + 1]);
        sumSquares_[c] = sumSquares_[2 * c] + sumSquares_[2 * c + 1];
        e.rms[c] = float(std::sqrt(sumSquares_[c] / (2.0 * e.samplesPerColumn)));
    }
    e.minimum.resize(count);
    e.maximum.resize(count);
    e.rms.resize(count);
    sumSquares_.resize(count);
    e.samplesPerColumn *= 2;
}

WaveformEnvelope WaveformEnvelopeBuilder::finish() {
    if (partialCount_ > 0) {
        if (envelope_.columns() == maxColumns_) halveColumns();
        envelope_.minimum.push_back(partialMin_);
        envelope_.maximum.push_back(partialMax_);
        envelope_.rms.push_back(float(std::sqrt(partialSquares_ / double(partialCount_))));
        partialCount_ = 0;
    }
    sumSquares_ = {};
    return std::move(envelope_);
}

}  // namespace tagscope
