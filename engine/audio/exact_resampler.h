#pragma once
// Streaming resampy 'kaiser_best' (spec step 2). Holds only the input the filter still needs
// (about 3 × 240 samples from 44.1 kHz, plus amortised slack); the output equals the one-shot
// computation exactly, whatever the chunking.

#include <cstdint>
#include <vector>

#include "engine/audio/polyphase_filter.h"
#include "engine/audio/resample_phases.h"
#include "engine/audio/resampler.h"

namespace tagscope {

class ExactResampler final : public StreamResampler {
public:
    explicit ExactResampler(int inRate);
    void push(const float* in, std::size_t n, std::vector<float>& out) override;
    void finish(std::vector<float>& out) override;

private:
    // Emits outputs until `limit` were made. While the length is unknown (nIn < 0) it stops
    // at the first output whose centre sample n reaches nLimit.
    void produce(std::vector<float>& out, std::int64_t nLimit, std::int64_t nIn,
                 std::int64_t limit);
    // Computes the outputs described in pending_: those of a tabulated phase grouped by phase,
    // the others (the last ones, whose right wing is cut short; phases past the table's bound)
    // grouped by filter position and interpolated.
    void computePending(std::vector<float>& out);
    void computeTabulated(float* out);
    void computeInterpolated(float* out);
    void dropConsumedInput();

    static constexpr std::size_t kBlock = 1024;  // outputs computed together

    int inRate_;
    PolyphaseFilter filter_;
    ResamplePhases phases_;
    double increment_;  // 1 / ratio, added to the time register as resampy does
    double time_ = 0.0;
    int rationalPhase_ = 0;  // of the next output, for phases_
    std::int64_t produced_ = 0;
    std::int64_t received_ = 0;
    std::vector<float> buffer_;  // input samples [bufferStart_, bufferStart_ + size)
    std::int64_t bufferStart_;

    struct Pending {
        std::int64_t n;  // centre input sample
        int offL, offR;  // filter offsets of the two wings
        float etaL, etaR;
        int rightTaps;  // < 0: the whole right wing; else only that many taps (resampy's bound)
        int phase;      // in phases_, or -1: interpolated
    };
    std::vector<Pending> pending_;
    std::vector<int> order_;   // indices into pending_, grouped by left offset
    std::vector<int> bucket_;  // counting-sort positions, one per left offset
    std::vector<float> masked_;
};

}  // namespace tagscope
