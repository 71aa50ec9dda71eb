#include "engine/audio/exact_resampler.h"

#include <algorithm>
#include <limits>

#include "engine/audio/kaiser_table.h"
#include "engine/audio/resample_kernel.h"
#include "engine/melgram.h"

namespace tagscope {

ExactResampler::ExactResampler(int inRate)
    : inRate_(inRate),
      filter_(makePolyphaseFilter(inRate, kSampleRate)),
      phases_(filter_, inRate, kSampleRate, 2 * kBlock),
      increment_(1.0 / filter_.ratio),
      buffer_(std::size_t(filter_.width), 0.0f),  // zeros before the first sample
      bufferStart_(-filter_.width) {}

void ExactResampler::push(const float* in, std::size_t n, std::vector<float>& out) {
    buffer_.insert(buffer_.end(), in, in + n);
    received_ += std::int64_t(n);
    // Outputs within 2·width of the end wait for finish(): resampy's right-wing bound there
    // depends on the total length.
    produce(out, received_ - 2 * std::int64_t(filter_.width) - 2, -1,
            std::numeric_limits<std::int64_t>::max());
    dropConsumedInput();
}

void ExactResampler::finish(std::vector<float>& out) {
    // Zeros past the end keep every read inside the buffer; the bound below masks them anyway.
    buffer_.insert(buffer_.end(), std::size_t(filter_.width) + 1, 0.0f);
    const auto computed = std::int64_t(double(received_) * filter_.ratio);
    produce(out, received_, received_, computed);
    const std::int64_t total = resampledLength(received_, inRate_);
    if (produced_ < total) out.insert(out.end(), std::size_t(total - produced_), 0.0f);
    produced_ = std::max(produced_, total);
    buffer_.clear();
}

void ExactResampler::produce(std::vector<float>& out, std::int64_t nLimit, std::int64_t nIn,
                             std::int64_t limit) {
    const PolyphaseFilter& f = filter_;
    const double precision = kKaiserPrecision;
    for (;;) {
        pending_.clear();
        phases_.makeRoom(kBlock);
        while (pending_.size() < kBlock && produced_ + std::int64_t(pending_.size()) < limit) {
            const auto n = std::int64_t(time_);
            if (nIn < 0 && n >= nLimit) break;
            const double frac = f.scale * (time_ - double(n));
            const double indexL = frac * precision;
            const int offL = std::min(int(indexL), f.step);
            const double indexR = (f.scale - frac) * precision;
            const int offR = std::min(int(indexR), f.step);
            int rightTaps = -1;
            if (nIn >= 0) {
                // resampy 0.1.x (interp.pyx) bounds the right wing by n_orig − i − n + 1, with i
                // left over from the left-wing loop: near the end it drops ~232 input samples.
                const std::int64_t iLast =
                    std::min<std::int64_t>(n + 1, (kKaiserTableSize - offL) / f.step) - 1;
                const std::int64_t taps = std::clamp<std::int64_t>(
                    std::min(nIn - iLast - n + 1, nIn - n - 1), 0, f.width);
                if (taps < (kKaiserTableSize - offR) / f.step) rightTaps = int(taps);
            }
            const double etaL = indexL - offL, etaR = indexR - offR;
            const int phase = rightTaps < 0 && phases_.enabled()
                                  ? phases_.find(rationalPhase_, offL, offR, etaL, etaR)
                                  : -1;
            rationalPhase_ = phases_.nextPhase(rationalPhase_);
            pending_.push_back({n, offL, offR, float(etaL), float(etaR), rightTaps, phase});
            time_ += increment_;
        }
        if (pending_.empty()) return;
        computePending(out);
        produced_ += std::int64_t(pending_.size());
    }
}

void ExactResampler::computePending(std::vector<float>& out) {
    const std::size_t base = out.size();
    out.resize(base + pending_.size());
    computeTabulated(out.data() + base);
    computeInterpolated(out.data() + base);
}

void ExactResampler::computeTabulated(float* out) {
    // Counting sort by phase (bucket 0: not tabulated), then groups sharing a phase's taps.
    bucket_.assign(phases_.size() + 2, 0);
    for (const Pending& p : pending_) ++bucket_[std::size_t(p.phase + 1) + 1];
    for (std::size_t b = 1; b < bucket_.size(); ++b) bucket_[b] += bucket_[b - 1];
    order_.resize(pending_.size());
    for (std::size_t i = 0; i < pending_.size(); ++i)
        order_[std::size_t(bucket_[std::size_t(pending_[i].phase + 1)]++)] = int(i);

    const int width = filter_.width;
    const float* x[kPhaseGroup];
    float y[kPhaseGroup];
    int index[kPhaseGroup];
    std::size_t g = 0;
    while (g < order_.size() && pending_[std::size_t(order_[g])].phase < 0) ++g;
    while (g < order_.size()) {
        const int phase = pending_[std::size_t(order_[g])].phase;
        int count = 0;
        while (count < kPhaseGroup && g < order_.size() &&
               pending_[std::size_t(order_[g])].phase == phase) {
            const Pending& p = pending_[std::size_t(order_[g])];
            x[count] = buffer_.data() + (p.n - bufferStart_) - width + 1;
            index[count++] = order_[g++];
        }
        dotGroup(phases_.taps(phase), 2 * width, count, x, y);
        for (int j = 0; j < count; ++j) out[index[j]] = y[j];
    }
}

void ExactResampler::computeInterpolated(float* out) {
    const PolyphaseFilter& f = filter_;
    const int width = f.width;

    // Counting sort by left offset (which mostly fixes the right one too).
    bucket_.assign(std::size_t(f.step) + 2, 0);
    std::size_t count = 0, maskedCount = 0;
    for (const Pending& p : pending_) {
        if (p.phase >= 0) continue;
        ++bucket_[std::size_t(p.offL) + 1];
        ++count;
        if (p.rightTaps >= 0) ++maskedCount;
    }
    if (count == 0) return;
    for (std::size_t b = 1; b < bucket_.size(); ++b) bucket_[b] += bucket_[b - 1];
    order_.resize(count);
    for (std::size_t i = 0; i < pending_.size(); ++i)
        if (pending_[i].phase < 0)
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
            index[n] = order_[g];
            ++n;
            ++g;
        }
        resampleGroup(taps, n, xl, xr, etaL, etaR, y);
        for (int j = 0; j < n; ++j) out[index[j]] = y[j];
    }
}

void ExactResampler::dropConsumedInput() {
    const std::int64_t firstNeeded = std::int64_t(time_) - filter_.width + 1;
    const std::int64_t unused = firstNeeded - bufferStart_;
    if (unused < 65536) return;  // erase in large steps to keep the cost amortised
    buffer_.erase(buffer_.begin(), buffer_.begin() + unused);
    bufferStart_ = firstNeeded;
}

}  // namespace tagscope
