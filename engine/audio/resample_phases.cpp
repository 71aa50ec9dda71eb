#include "engine/audio/resample_phases.h"

#include <numeric>

#include "engine/audio/resample_kernel.h"

namespace tagscope {
namespace {

// Phases of an inRate → outRate conversion: outRate / gcd (40 for 44.1 → 12 kHz).
constexpr int kMaxDistinctPhases = 1024;

}  // namespace

ResamplePhases::ResamplePhases(const PolyphaseFilter& filter, int inRate, int outRate,
                               std::size_t capacity)
    : filter_(filter), capacity_(capacity) {
    if (inRate <= 0 || outRate <= 0) return;
    const int g = std::gcd(inRate, outRate);
    phaseCount_ = outRate / g;
    phaseStep_ = (inRate / g) % phaseCount_;
    enabled_ = phaseCount_ <= kMaxDistinctPhases;
    if (enabled_) recent_.resize(std::size_t(phaseCount_));
}

void ResamplePhases::makeRoom(std::size_t needed) {
    if (size_ + needed <= capacity_) return;
    size_ = 0;
    for (Recent& r : recent_) r = Recent{};
}

int ResamplePhases::add(Recent& recent, const Key& key) {
    const int phase = int(size_++);
    const std::size_t end = size_ * stride();
    if (taps_.size() < end) taps_.resize(end, 0.0f);
    const int width = filter_.width;
    float* t = taps_.data() + std::size_t(phase) * stride() + kTapPadding;
    interpolateTaps(filter_.left(key.offL), filter_.leftDelta(key.offL), float(key.etaL / kEtaGrid),
                    width, t);
    interpolateTaps(filter_.right(key.offR), filter_.rightDelta(key.offR),
                    float(key.etaR / kEtaGrid), width, t + width);
    recent.key = key;
    return recent.index = phase;
}

}  // namespace tagscope
