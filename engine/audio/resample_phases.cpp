#include "engine/audio/resample_phases.h"

#include <numeric>

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
    taps_.clear();
    for (Recent& r : recent_) r.index = -1;
}

int ResamplePhases::find(int rationalPhase, int offL, int offR, double etaL, double etaR) {
    // eta ∈ [0, 1): rounding to the grid is a truncation of eta·grid + ½.
    const Key key{offL, offR, std::uint32_t(etaL * kEtaGrid + 0.5),
                  std::uint32_t(etaR * kEtaGrid + 0.5)};
    Recent& recent = recent_[std::size_t(rationalPhase)];
    if (recent.index >= 0 && recent.key == key) return recent.index;
    recent.key = key;
    if (const auto it = index_.find(key); it != index_.end()) return recent.index = it->second;
    const int phase = int(index_.size());
    const std::size_t width = std::size_t(filter_.width);
    taps_.resize(taps_.size() + 2 * width);
    float* t = taps_.data() + std::size_t(phase) * 2 * width;
    const float eL = float(key.etaL / kEtaGrid), eR = float(key.etaR / kEtaGrid);
    const float* lt = filter_.left(offL);
    const float* ld = filter_.leftDelta(offL);
    const float* rt = filter_.right(offR);
    const float* rd = filter_.rightDelta(offR);
    for (std::size_t i = 0; i < width; ++i) {
        t[i] = lt[i] + eL * ld[i];
        t[width + i] = rt[i] + eR * rd[i];
    }
    index_.emplace(key, phase);
    return recent.index = phase;
}

}  // namespace tagscope
