#pragma once
// The whole-track log-mel-spectrogram for display, built while the track streams past, in
// memory that does not grow with the track: up to maxColumns columns of one hop frame each
// (logMelSpectrogram's frames exactly); beyond that, neighbouring columns are merged pairwise
// (mean mel power), so a column covers a power-of-two number of frames. The same pass builds
// the signal's waveform envelope (min/max/RMS per column, same column budget).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/audio/mel_power.h"
#include "engine/audio/waveform_envelope.h"
#include "engine/melgram.h"

namespace tagscope {

struct Overview {
    Melgram melgram;            // kMelBands × columns, dB, one 80 dB floor below the maximum
    int framesPerColumn = 1;    // hop frames (256 samples at 12 kHz) per column
    WaveformEnvelope waveform;  // the 12 kHz signal, min/max/RMS per column
};

class OverviewBuilder {
public:
    explicit OverviewBuilder(int maxColumns);  // even, ≥ 2

    void push(const float* x, std::size_t n);  // the next 12 kHz samples
    Overview finish();                         // once, after the last push

private:
    void addFrame(const float* mel);
    void emitReadyFrames();
    void halveColumns();

    std::size_t maxColumns_;
    MelFrameAnalyser analyser_;
    WaveformEnvelopeBuilder envelope_;
    std::vector<float> buffer_;  // samples [bufferStart_, bufferStart_ + size)
    std::int64_t bufferStart_ = 0;
    std::int64_t received_ = 0;
    std::int64_t nextFrame_ = 0;
    std::vector<float> columns_;   // column-major: kMelBands means per finished column
    std::vector<double> partial_;  // sums of the column being filled
    int partialFrames_ = 0;
    int framesPerColumn_ = 1;
};

}  // namespace tagscope
