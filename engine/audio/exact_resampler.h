#pragma once
// Streaming resampy 'kaiser_best' (spec step 2). Holds only the input the filter still needs
// (a block of outputs' worth from 44.1 kHz, plus amortised slack); the output equals the
// one-shot computation exactly, whatever the chunking.

#include <cstdint>
#include <vector>

#include "engine/audio/cache_aligned.h"
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
    // Emits outputs until `limit` were made. While the length is unknown (nIn < 0) it makes
    // only whole blocks whose centre samples n stay below nLimit.
    void produce(std::vector<float>& out, std::int64_t nLimit, std::int64_t nIn,
                 std::int64_t limit);
    // Runs resampy's time register over the next outputs (at most block_): each output's
    // first input sample and tabulated phase (planned_), or for the others (the last ones,
    // whose right wing is cut short; phases past the table's bound) an entry in pending_.
    std::size_t planBlock(std::int64_t nLimit, std::int64_t nIn, std::int64_t limit);
    // The outputs of a tabulated phase, grouped by phase and by their first input sample's
    // offset in its kLine-float line, so that a group shares its tap loads (taps − offset) and
    // reads whole lines of input.
    void computeTabulated(float* out, std::size_t count);
    // The pending_ outputs, grouped by filter position and interpolated.
    void computeInterpolated(float* out);
    void append(const float* in, std::size_t n);
    void dropConsumedInput();

    // Input appended and resampled at a time, so that the buffer stays in cache.
    static constexpr std::size_t kSlice = 65536;
    // An output's inputs are read from the 8-float (32-byte) boundary at or before its first one:
    // no 32-byte half of a load crosses a cache line. (16-float lines measured slower: a phase's
    // outputs then spread over twice as many groups.)
    static constexpr int kLine = 8;

    int inRate_;
    PolyphaseFilter filter_;
    ResamplePhases phases_;
    std::size_t block_;       // outputs computed together: whole periods of the phases
    std::int64_t blockSpan_;  // input samples one block advances over, rounded up
    double increment_;        // 1 / ratio, added to the time register as resampy does
    double time_ = 0.0;
    int rationalPhase_ = 0;  // of the next output, for phases_
    std::int64_t produced_ = 0;
    std::int64_t received_ = 0;
    // Input samples [bufferStart_, bufferStart_ + bufferSize_); the storage only grows.
    CacheAlignedFloats buffer_;
    std::size_t bufferSize_;
    std::int64_t bufferStart_;  // a multiple of kLine

    // A phase's taps start and end with width − ⌊table size / step⌋ zeros (no table entry
    // reaches them): its dot product skips those at the start (tapSkip_) and reads tapLength_
    // taps from the aligned line at or before the first input sample, a multiple of 16
    // (30 × 16 = 480 at 44.1 kHz, not 31 × 16).
    int tapSkip_;
    int tapLength_;
    static constexpr std::size_t kPlanChunk = 256;
    struct Plan {  // of the next kPlanChunk outputs, for planBlock
        double time[kPlanChunk];
        double fraction[kPlanChunk];  // time − n
        std::int64_t n[kPlanChunk];
        int offL[kPlanChunk], offR[kPlanChunk];
        int gridL[kPlanChunk], gridR[kPlanChunk];  // etas on the grid (ResamplePhases::gridEta)
    };
    Plan plan_;

    struct Planned {         // per output of the block
        std::int32_t first;  // in buffer_, its first input sample read (past tapSkip_)
        std::int32_t phase;  // in phases_, or -1: in pending_
    };
    std::vector<Planned> planned_;

    struct Pending {
        std::int64_t n;  // centre input sample
        int offL, offR;  // filter offsets of the two wings
        float etaL, etaR;
        int rightTaps;  // < 0: the whole right wing; else only that many taps (resampy's bound)
        int index;      // in the block
    };
    std::vector<Pending> pending_;
    std::vector<int> order_;   // indices into pending_, grouped by left offset
    std::vector<int> bucket_;  // counting-sort positions, one per left offset
    std::vector<float> masked_;
};

}  // namespace tagscope
