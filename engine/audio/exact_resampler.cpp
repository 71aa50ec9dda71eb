#include "engine/audio/exact_resampler.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

#include "engine/audio/kaiser_table.h"
#include "engine/audio/resample_kernel.h"
#include "engine/audio/time_register.h"
#include "engine/melgram.h"
#include "engine/simd/simd_level.h"

namespace tagscope {

namespace {

// Phases kept before the table is emptied (2 KiB each at 44.1 kHz): a block of 44.1 kHz makes
// ~120 as the time register drifts (resample_phases.h).
constexpr std::size_t kPhaseCapacity = 256;
// Outputs per block, about: enough that each phase and input offset gets a group.
constexpr std::size_t kBlockOutputs = 5120;

// Rows of a tile at least (whole periods of the phases): enough for full groups of tile rows.
constexpr std::size_t kMinTileRows = 24;
// Input samples per super period beyond which tiles are not used (Z would leave the cache).
constexpr int kMaxTileZRows = 2048;

// Outputs of whole periods of the phases, at least kMinTileRows: a tile's rows.
std::size_t superPeriodOf(int inRate) {
    const auto period = std::size_t(kSampleRate / std::gcd(inRate, kSampleRate));
    return period * ((kMinTileRows + period - 1) / period);
}

// The plans of m outputs from their times (independent per output: vectorised).
TAGSCOPE_SIMD_CLONES void planOutputs(const double* time, std::size_t m, double scale, int step,
                                      std::int64_t firstTap, std::int64_t* n, double* fraction,
                                      PlannedOutput* planned) {
    const double precision = kKaiserPrecision;
    for (std::size_t i = 0; i < m; ++i) {
        const auto centre = std::int64_t(time[i]);
        n[i] = centre;
        fraction[i] = time[i] - double(centre);
        const double frac = scale * fraction[i];
        const double indexL = frac * precision, indexR = (scale - frac) * precision;
        const int offL = std::min(int(indexL), step), offR = std::min(int(indexR), step);
        // int, not gridEta's uint32 (the same for eta ∈ [0, 1)), so that this vectorises.
        planned[i] = {std::int32_t(centre + firstTap), offL << 16 | offR,
                      std::uint32_t(int((indexL - offL) * ResamplePhases::kEtaGrid + 0.5)),
                      std::uint32_t(int((indexR - offR) * ResamplePhases::kEtaGrid + 0.5))};
    }
}

// Whole tiles, about kBlockOutputs.
std::size_t blockOutputsOf(int inRate) {
    const std::size_t tile = superPeriodOf(inRate) * kTileColumns;
    return tile * std::max<std::size_t>(1, (kBlockOutputs + tile / 2) / tile);
}

constexpr int roundUp16(int n) {
    return (n + 15) / 16 * 16;
}

}  // namespace

ExactResampler::ExactResampler(int inRate)
    : inRate_(inRate),
      filter_(makePolyphaseFilter(inRate, kSampleRate)),
      phases_(filter_, inRate, kSampleRate, std::max(kPhaseCapacity, 2 * superPeriodOf(inRate))),
      block_(blockOutputsOf(inRate)),
      blockSpan_(std::int64_t(double(block_) / filter_.ratio) + 2),
      increment_(1.0 / filter_.ratio),
      buffer_(std::size_t(filter_.width), 0.0f),  // zeros before the first sample
      bufferSize_(buffer_.size()),
      bufferStart_(-filter_.width),
      tapSkip_(filter_.width - kKaiserTableSize / filter_.step),
      tapLength_(roundUp16(2 * (filter_.width - tapSkip_) + kLine - 1)),
      planned_(block_) {
    const std::int64_t inPerPeriod = inRate / std::gcd(inRate, kSampleRate);
    // The dot product reads taps − offset … + tapLength_ − offset past the skipped zeros: it must
    // stay within the phase's zero padding.
    if (tapSkip_ + tapLength_ > 2 * filter_.width + ResamplePhases::kTapPadding) {
        tapSkip_ = 0;
        tapLength_ = roundUp16(2 * filter_.width + kLine - 1);
    }
    tapSpan_ = 2 * (filter_.width - tapSkip_);
    superPeriod_ = superPeriodOf(inRate);
    const auto m = std::int64_t(superPeriod_ / std::size_t(phases_.period()));
    zRows_ = phases_.enabled() && inPerPeriod * m <= kMaxTileZRows ? inPerPeriod * int(m) : 0;
}

void ExactResampler::push(const float* in, std::size_t n, std::vector<float>& out) {
    while (n > 0) {
        const std::size_t slice = std::min(n, kSlice);
        append(in, slice);
        received_ += std::int64_t(slice);
        in += slice;
        n -= slice;
        // Outputs within 2·width of the end wait for finish(): resampy's right-wing bound
        // there depends on the total length.
        produce(out, received_ - 2 * std::int64_t(filter_.width) - 2, -1,
                std::numeric_limits<std::int64_t>::max());
        dropConsumedInput();
    }
}

void ExactResampler::finish(std::vector<float>& out) {
    // Zeros past the end keep every read inside the buffer; the bound below masks them anyway.
    const std::vector<float> zeros(std::size_t(filter_.width) + 1, 0.0f);
    append(zeros.data(), zeros.size());
    const auto computed = std::int64_t(double(received_) * filter_.ratio);
    produce(out, received_, received_, computed);
    const std::int64_t total = resampledLength(received_, inRate_);
    if (produced_ < total) out.insert(out.end(), std::size_t(total - produced_), 0.0f);
    produced_ = std::max(produced_, total);
    bufferSize_ = 0;
}

void ExactResampler::append(const float* in, std::size_t n) {
    if (bufferSize_ + n > buffer_.size())
        buffer_.resize(std::max(bufferSize_ + n, 2 * buffer_.size()));
    std::memcpy(buffer_.data() + bufferSize_, in, n * sizeof(float));
    bufferSize_ += n;
}

void ExactResampler::produce(std::vector<float>& out, std::int64_t nLimit, std::int64_t nIn,
                             std::int64_t limit) {
    for (;;) {
        // While streaming, wait for a whole block: its groups are what makes it fast.
        if (nIn < 0 && nLimit - std::int64_t(time_) < blockSpan_) return;
        const std::size_t count = planBlock(nLimit, nIn, limit);
        if (count == 0) return;
        const std::size_t base = out.size();
        out.resize(base + count);
        computeTabulated(out.data() + base, count);
        computeInterpolated(out.data() + base);
        produced_ += std::int64_t(count);
    }
}

std::size_t ExactResampler::planBlock(std::int64_t nLimit, std::int64_t nIn, std::int64_t limit) {
    const PolyphaseFilter& f = filter_;
    const double precision = kKaiserPrecision, scale = f.scale;
    const int step = f.step;
    const bool tabulated = phases_.enabled();
    double time = time_;
    blockPhase_ = rationalPhase_;
    const std::int64_t firstTap = 1 - f.width + tapSkip_ - bufferStart_;
    pending_.clear();
    std::size_t count = 0;
    bool more = true;
    while (more && count < block_) {
        // A few outputs at a time: their times, then their plans (vectorised), then the few
        // that are interpolated one by one (pending_).
        Plan& p = plan_;
        std::size_t m = std::min(kPlanChunk, block_ - count);
        if (limit - produced_ - std::int64_t(count) < std::int64_t(m))
            m = std::size_t(std::max<std::int64_t>(0, limit - produced_ - std::int64_t(count)));
        const double next = advanceTimeRegister(time, increment_, m, p.time);
        if (nIn < 0) {  // streaming: only outputs whose centre sample has arrived
            std::size_t arrived = 0;
            while (arrived < m && std::int64_t(p.time[arrived]) < nLimit) ++arrived;
            time = arrived < m ? p.time[arrived] : next;
            more = arrived == kPlanChunk;
            m = arrived;
        } else {
            time = next;
            more = m == kPlanChunk;
        }
        Planned* planned = planned_.data() + count;
        planOutputs(p.time, m, scale, step, firstTap, p.n, p.fraction, planned);
        // At the end resampy bounds the right wing (below); those outputs and all of a rate
        // without phases are interpolated one by one.
        for (std::size_t i = 0; i < m && (nIn >= 0 || !tabulated); ++i) {
            const std::int64_t n = p.n[i];
            const int offL = planned[i].offsets >> 16, offR = planned[i].offsets & 0xffff;
            int rightTaps = -1;
            if (nIn >= 0) {
                // resampy 0.1.x (interp.pyx) bounds the right wing by n_orig − i − n + 1, with
                // i left over from the left-wing loop: near the end it drops ~232 input samples.
                const std::int64_t iLast =
                    std::min<std::int64_t>(n + 1, (kKaiserTableSize - offL) / step) - 1;
                const std::int64_t taps = std::clamp<std::int64_t>(
                    std::min(nIn - iLast - n + 1, nIn - n - 1), 0, f.width);
                if (taps < (kKaiserTableSize - offR) / step) rightTaps = int(taps);
            }
            if (rightTaps >= 0 || !tabulated) {
                const double frac = scale * p.fraction[i];
                const double etaL = frac * precision - offL;
                const double etaR = (scale - frac) * precision - offR;
                pending_.push_back(
                    {n, offL, offR, float(etaL), float(etaR), rightTaps, int(count + i)});
                planned[i].offsets = -1;
            }
        }
        count += m;
    }
    time_ = time;
    rationalPhase_ = phases_.phaseAfter(blockPhase_, count);
    return count;
}

void ExactResampler::computeTabulated(float* out, std::size_t count) {
    if (zRows_ == 0) return computeOneByOne(out, 0, 1, count);
    const std::size_t tile = superPeriod_ * kTileColumns;
    for (std::size_t first = 0; first < count; first += tile) {
        // The taps of every tile row stay valid until the tile is computed.
        phases_.makeRoom(superPeriod_);
        tileRows_.clear();
        otherRows_.clear();
        int rationalPhase = phases_.phaseAfter(blockPhase_, first);
        for (std::size_t row = 0; row < superPeriod_ && first + row < count;
             ++row, rationalPhase = phases_.nextPhase(rationalPhase)) {
            const int columns = int(std::min<std::size_t>(
                kTileColumns, (count - first - row + superPeriod_ - 1) / superPeriod_));
            const Planned* planned = planned_.data() + first + row;  // columns superPeriod_ apart
            const Planned* reference = planned + std::size_t(columns / 2) * superPeriod_;
            for (int c = 0; reference->offsets < 0 && c < columns; ++c)
                reference = planned + std::size_t(c) * superPeriod_;
            if (reference->offsets < 0) continue;  // all pending
            bool uniform = true;
            for (int c = 0; c < columns && uniform; ++c) {
                const Planned& p = planned[std::size_t(c) * superPeriod_];
                uniform = p.first == planned->first + c * zRows_ &&
                          (p.offsets < 0 || p.offsets == reference->offsets);
            }
            if (uniform)
                tileRows_.push_back(
                    {int(row), planned->first, findPhase(rationalPhase, *reference), columns});
            else
                otherRows_.push_back({int(row), 0, -1, columns});
        }
        if (!tileRows_.empty()) computeTile(out, first);
        for (const TileRow& r : otherRows_)
            computeOneByOne(out, first + std::size_t(r.row), superPeriod_, std::size_t(r.columns));
    }
}

int ExactResampler::findPhase(int rationalPhase, const Planned& p) {
    return phases_.find(rationalPhase, p.offsets >> 16, p.offsets & 0xffff, p.gridL, p.gridR);
}

void ExactResampler::computeTile(float* out, std::size_t firstOutput) {
    int base = tileRows_.front().first, lastOffset = 0;
    for (const TileRow& r : tileRows_) base = std::min(base, r.first);
    for (const TileRow& r : tileRows_) lastOffset = std::max(lastOffset, r.first - base);
    // Z: zRows_ rows, column c holding the input samples from base + c · zRows_.
    const int columns = kTileColumns + (lastOffset + tapSpan_ - 1) / zRows_;
    const std::size_t ldz = std::size_t(roundUp16(columns));
    if (tileZ_.size() < std::size_t(zRows_) * ldz) tileZ_.resize(std::size_t(zRows_) * ldz);
    // Columns wholly in the buffer are transposed at once; those past its end read zeros there.
    const int whole =
        int(std::clamp<std::int64_t>((std::int64_t(bufferSize_) - base) / zRows_, 0, columns));
    transposeToZ(buffer_.data() + base, std::size_t(zRows_), zRows_, whole, tileZ_.data(), ldz);
    for (int c = whole; c < columns; ++c) {
        const std::int64_t from = std::int64_t(base) + std::int64_t(c) * zRows_;
        const auto available =
            int(std::clamp<std::int64_t>(std::int64_t(bufferSize_) - from, 0, zRows_));
        for (int i = 0; i < zRows_; ++i)
            tileZ_[std::size_t(i) * ldz + std::size_t(c)] =
                i < available ? buffer_[std::size_t(from) + std::size_t(i)] : 0.0f;
    }
    // Rows in groups whose offsets differ by no more than the taps' zero padding, so that each
    // row's taps can be read over the whole group's span.
    const int padding = tapSkip_ + ResamplePhases::kTapPadding;
    const int maxRows = polyphaseTileRows();
    for (std::size_t g = 0; g < tileRows_.size();) {
        PolyphaseTile t{tileZ_.data(), ldz, zRows_, {}, 0, 0, 0};
        int low = tileRows_[g].first - base, high = low;
        std::size_t n = 0;
        for (; n < std::size_t(maxRows) && g + n < tileRows_.size(); ++n) {
            const TileRow& r = tileRows_[g + n];
            const int offset = r.first - base;
            if (std::max(high, offset) - std::min(low, offset) > padding) break;
            low = std::min(low, offset);
            high = std::max(high, offset);
            t.taps[n] = phases_.taps(r.phase) + tapSkip_ - offset;
        }
        t.rows = int(n);
        t.begin = low;
        t.end = high + tapSpan_;
        polyphaseTile(t, tileOut_);
        for (std::size_t k = 0; k < n; ++k) {
            const TileRow& r = tileRows_[g + k];
            for (int c = 0; c < r.columns; ++c)
                out[firstOutput + std::size_t(r.row) + std::size_t(c) * superPeriod_] =
                    tileOut_[k * kTileColumns + std::size_t(c)];
        }
        g += n;
    }
}

void ExactResampler::computeOneByOne(float* out, std::size_t firstOutput, std::size_t step,
                                     std::size_t outputs) {
    for (std::size_t k = 0; k < outputs; ++k) {
        const std::size_t o = firstOutput + k * step;
        const Planned& p = planned_[o];
        if (p.offsets < 0) continue;
        phases_.makeRoom(1);
        const int phase = findPhase(phases_.phaseAfter(blockPhase_, o), p);
        const int offset = int(p.first & (kLine - 1));
        const float* x = buffer_.data() + (p.first - offset);
        dotGroup(phases_.taps(phase) + tapSkip_ - offset, tapLength_, 1, &x, out + o);
    }
}

void ExactResampler::computeInterpolated(float* out) {
    const PolyphaseFilter& f = filter_;
    const int width = f.width;

    // Counting sort by left offset (which mostly fixes the right one too).
    bucket_.assign(std::size_t(f.step) + 2, 0);
    if (pending_.empty()) return;
    std::size_t maskedCount = 0;
    for (const Pending& p : pending_) {
        ++bucket_[std::size_t(p.offL) + 1];
        if (p.rightTaps >= 0) ++maskedCount;
    }
    for (std::size_t b = 1; b < bucket_.size(); ++b) bucket_[b] += bucket_[b - 1];
    order_.resize(pending_.size());
    for (std::size_t i = 0; i < pending_.size(); ++i)
        order_[std::size_t(bucket_[std::size_t(pending_[i].offL)]++)] = int(i);
    masked_.assign(maskedCount * width, 0.0f);
    float* nextMasked = masked_.data();

    const float* xl[kResampleGroup];
    const float* xr[kResampleGroup];
    float etaL[kResampleGroup], etaR[kResampleGroup], y[kResampleGroup];
    int index[kResampleGroup];
    for (std::size_t g = 0; g < order_.size();) {
        const Pending& first = pending_[std::size_t(order_[g])];
        const ResampleTaps taps{f.left(first.offL), f.leftDelta(first.offL), f.right(first.offR),
                                f.rightDelta(first.offR), width};
        int n = 0;
        while (n < kResampleGroup && g < order_.size()) {
            const Pending& p = pending_[std::size_t(order_[g])];
            if (p.offL != first.offL || p.offR != first.offR) break;
            const float* x = buffer_.data() + (p.n - bufferStart_);
            xl[n] = x - width + 1;
            xr[n] = x + 1;
            if (p.rightTaps >= 0) {
                std::copy(x + 1, x + 1 + p.rightTaps, nextMasked);
                xr[n] = nextMasked;
                nextMasked += width;
            }
            etaL[n] = p.etaL;
            etaR[n] = p.etaR;
            index[n] = p.index;
            ++n;
            ++g;
        }
        resampleGroup(taps, n, xl, xr, etaL, etaR, y);
        for (int j = 0; j < n; ++j) out[index[j]] = y[j];
    }
}

void ExactResampler::dropConsumedInput() {
    // Kept from a multiple of kLine, so that a sample's offset in its line is its index's.
    const std::int64_t firstNeeded =
        (std::int64_t(time_) - filter_.width + 1) & ~std::int64_t(kLine - 1);
    const std::int64_t unused = firstNeeded - bufferStart_;
    if (unused < std::int64_t(kSlice / 2)) return;  // erase in large steps: amortised cost
    bufferSize_ -= std::size_t(unused);
    std::memmove(buffer_.data(), buffer_.data() + unused, bufferSize_ * sizeof(float));
    bufferStart_ = firstNeeded;
}

}  // namespace tagscope
