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
    const int width = f.width;
    const double precision = kKaiserPrecision;
    const int tableSize = kKaiserTableSize;
    std::vector<float> masked;
    while (produced_ < limit) {
        const auto n = std::int64_t(time_);
        if (nIn < 0 && n >= nLimit) break;
        const double frac = f.scale * (time_ - double(n));
        const double indexL = frac * precision;
        const int offL = std::min(int(indexL), f.step);
        const double indexR = (f.scale - frac) * precision;
        const int offR = std::min(int(indexR), f.step);
        const float* x = buffer_.data() + (n - bufferStart_);
        const float* right = x + 1;
        if (nIn >= 0) {
            // resampy 0.1.x (interp.pyx) bounds the right wing by n_orig − i − n + 1, where i is
            // left over from the left-wing loop: it drops the last ~232 input samples there.
            const std::int64_t iLast = std::min<std::int64_t>(n + 1, (tableSize - offL) / f.step) - 1;
            const std::int64_t taps = std::clamp<std::int64_t>(
                std::min(nIn - iLast - n + 1, nIn - n - 1), 0, width);
            if (taps < (tableSize - offR) / f.step) {
                masked.assign(right, right + taps);
                masked.resize(std::size_t(width), 0.0f);
                right = masked.data();
            }
        }
        out.push_back(resampleDot(f.left(offL), f.leftDelta(offL), float(indexL - offL),
                                  x - width + 1, f.right(offR), f.rightDelta(offR),
                                  float(indexR - offR), right, width));
        ++produced_;
        time_ += increment_;
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
