#pragma once
// The 12 kHz signal's envelope for display: per column the minimum, maximum and RMS of its
// samples, built while the track streams past in memory bounded by the column count. A column
// starts at one hop (256 samples, one melgram frame); once maxColumns are full, neighbouring
// columns merge pairwise, so a column covers kHopSize × 2^k samples, like the overview's.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tagscope {

struct WaveformEnvelope {
    std::vector<float> minimum, maximum, rms;  // one value per column
    int samplesPerColumn = 256;                // column c covers [c, c + 1) × samplesPerColumn
    std::size_t columns() const { return minimum.size(); }
};

class WaveformEnvelopeBuilder {
public:
    explicit WaveformEnvelopeBuilder(int maxColumns);  // even, ≥ 2

    void push(const float* x, std::size_t n);  // the next 12 kHz samples
    WaveformEnvelope finish();                 // once, after the last push

private:
    void closeColumn();
    void halveColumns();

    std::size_t maxColumns_;
    WaveformEnvelope envelope_;
    std::vector<double> sumSquares_;  // per finished column, to merge RMS exactly
    float partialMin_ = 0.0f, partialMax_ = 0.0f;
    double partialSquares_ = 0.0;
    std::int64_t partialCount_ = 0;
};

}  // namespace tagscope
