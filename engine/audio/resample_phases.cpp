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

std::size_t ResamplePhases::KeyHash::operator()(const Key& k) const {
    std::uint64_t h = std::uint64_t(std::uint32_t(k.offL)) * 0x9E3779B97F4A7C15ull;
    h ^= std::uint64_t(std::uint32_t(k.offR)) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
    h ^= std::uint64_t(k.etaL) * 0xC2B2AE3D27D4EB4Full;
    h ^= std::uint64_t(k.etaR) + (h << 6) + (h >> 2);
    return std::size_t(h);
}

void ResamplePhases::makeRoom(std::size_t needed) {
    if (index_.size() + needed <= capacity_) return;
    index_.clear();
    for (Recent& r : recent_) r.index = -1;
}

int ResamplePhases::lookUp(Recent& recent, const Key& key) {
    recent.key = key;
    if (const auto it = index_.find(key); it != index_.end()) return recent.index = it->second;
    const int phase = int(index_.size());
    const std::size_t end = (std::size_t(phase) + 1) * stride();
    if (taps_.size() < end) taps_.resize(end, 0.0f);
    const int width = filter_.width;
    float* t = taps_.data() + std::size_t(phase) * stride() + kTapPadding;
    interpolateTaps(filter_.left(key.offL), filter_.leftDelta(key.offL), float(key.etaL / kEtaGrid),
                    width, t);
    interpolateTaps(filter_.right(key.offR), filter_.rightDelta(key.offR),
                    float(key.etaR / kEtaGrid), width, t + width);
    index_.emplace(key, phase);
    return recent.index = phase;
}

}  // namespace tagscope
