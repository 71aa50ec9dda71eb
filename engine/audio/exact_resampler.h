#pragma once
// Streaming resampy 'kaiser_best' (spec step 2). Holds only the input the filter still needs
// (a block of outputs' worth from 44.1 kHz, plus amortised slack); the output equals the
// one-shot computation exactly, whatever the chunking.

#include <cstdint>
#include <vector>

#include "engine/audio/cache_aligned.h"
#include "engine/audio/polyphase_filter.h"
#include "engine/audio/resample_kernel.h"
#include "engine/audio/resample_phases.h"
#include "engine/audio/resampler.h"

namespace tagscope {

struct PlannedOutput {           // the exact resampler's plan of one output
    std::int32_t first;          // in its buffer, the first input sample read (past tapSkip_)
    std::int32_t offsets;        // offL · 2^16 + offR, or -1: interpolated one by one
    std::uint32_t gridL, gridR;  // etas on the grid (ResamplePhases::gridEta)
};

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
    // first input sample, filter offsets and grid etas (planned_), and for those interpolated
    // one by one (the last ones, whose right wing is cut short; all of a rate without
    // phases) an entry in pending_.
    std::size_t planBlock(std::int64_t nLimit, std::int64_t nIn, std::int64_t limit);
    // The outputs of tabulated phases (planned_), as tiles of kTileColumns periods: each
    // output of the tile's rows uses the taps of its row's middle output (the time register's
    // drift over 32 periods moves eta by about a grid step, resample_phases.h). Rows whose
    // outputs do not advance by whole periods (an integer crossed) are computed one by one.
    void computeTabulated(float* out, std::size_t count);
    // One tile's rows in groups of polyphaseTileRows(), from Z built for the tile.
    void computeTile(float* out, std::size_t firstOutput);
    // Outputs firstOutput, + step, … (outputs of them) without tiles.
    void computeOneByOne(float* out, std::size_t firstOutput, std::size_t step,
                         std::size_t outputs);
    // The pending_ outputs, grouped by filter position and interpolated.
    void computeInterpolated(float* out);
    void append(const float* in, std::size_t n);
    void dropConsumedInput();

    // Input appended and resampled at a time, so that the buffer stays in cache.
    static constexpr std::size_t kSlice = 65536;
    // An output computed on its own reads its inputs from the 8-float (32-byte) boundary at or
    // before its first one, with its taps shifted into their zero padding.
    static constexpr int kLine = 8;

    int inRate_;
    PolyphaseFilter filter_;
    ResamplePhases phases_;
    std::size_t block_;       // outputs computed together: whole tiles
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
    int tapSpan_;  // 2 · (width − tapSkip_): the taps that may be non-zero
    // Tiles: rows are the outputs of superPeriod_ = period · m periods (at least kMinTileRows),
    // zRows_ the input samples they advance over; 0 if too many for a tile.
    std::size_t superPeriod_;
    int zRows_;
    static constexpr std::size_t kPlanChunk = 256;
    struct Plan {  // of the next kPlanChunk outputs, for planBlock
        double time[kPlanChunk];
        double fraction[kPlanChunk];  // time − n
        std::int64_t n[kPlanChunk];
    };
    Plan plan_;

    using Planned = PlannedOutput;
    std::vector<Planned> planned_;

    struct TileRow {
        int row;    // output index in the super period
        int first;  // of its first column
        int phase;  // taps of the middle column
        int columns;
    };
    std::vector<TileRow> tileRows_, otherRows_;
    // The taps of an output's key (made if not in phases_).
    int findPhase(int rationalPhase, const Planned& planned);
    int blockPhase_ = 0;  // rational phase of the block's first output
    CacheAlignedFloats tileZ_;
    float tileOut_[kMaxTileRows * kTileColumns];

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
