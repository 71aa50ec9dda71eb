#pragma once
// The exact resampler's filters per phase, made once and reused. An output sample's two
// interpolated wings depend only on where it falls between input samples: the filter offsets
// and the interpolation weights eta. For a rate whose ratio to 12 kHz has a small denominator
// (44.1 kHz: 40/147, 48 kHz: 1/4) outputs keep coming back to the same few phases, so each
// phase's taps (lt + etaL·ld backwards, then rt + etaR·rd) are computed once and every output is
// one contiguous dot product of 2·width taps with x[n − width + 1 … n + width]: half the
// multiply-adds of interpolating per output, from a table that stays in cache.
//
// resampy advances its time register by adding 1/ratio in double precision, so the phases
// drift slowly (at 30 s of 44.1 kHz by about 1e-5 samples, a few hundredths of eta); to follow
// the drift and stay deterministic, eta is rounded to a grid of 2^-15 (the taps of a key depend
// on the key alone). The exact resampler uses one key per tile row of 32 periods, that of the
// row's middle output (exact_resampler.h); rounding and the drift across half a row move an
// output by at most about 2^-16 · Σ|deltas| · max|x| ≈ 3e-7 of full scale. A key's taps are made
// whenever it differs from the last key looked up for its rational phase (a key that comes back
// is made again: cheaper than hashing every change); at 44.1 kHz that is ~4,000 times in 30 s.
//
// Each phase's taps have kTapPadding zeros on either side, so that a dot product may start up
// to kTapPadding samples early (at the cache line of its first input sample, or at the first
// tap of another row of its tile) with taps − shift.

#include <cstdint>
#include <vector>

#include "engine/audio/polyphase_filter.h"

namespace tagscope {

class ResamplePhases {
public:
    static constexpr int kTapPadding = 32;

    // capacity: phases kept before the table is emptied (only between blocks of outputs).
    ResamplePhases(const PolyphaseFilter& filter, int inRate, int outRate, std::size_t capacity);

    bool enabled() const { return enabled_; }
    // Outputs k and k + period() share their rational phase (40 for 44.1 → 12 kHz).
    int period() const { return phaseCount_; }
    // No room for another phase: find() may be called only after makeRoom.
    bool full() const { return size_ >= capacity_; }
    // The phase's index (its taps: taps(index)); the table must have room (see full).
    // rationalPhase: the output's phase in the exact rational progression (nextPhase).
    int find(int rationalPhase, int offL, int offR, double etaL, double etaR) {
        return find(rationalPhase, offL, offR, gridEta(etaL), gridEta(etaR));
    }
    // The same with the etas already on the grid (gridEta).
    int find(int rationalPhase, int offL, int offR, std::uint32_t gridL, std::uint32_t gridR) {
        const Key key{offL, offR, gridL, gridR};
        Recent& recent = recent_[std::size_t(rationalPhase)];
        return recent.key == key ? recent.index : add(recent, key);
    }
    // eta ∈ [0, 1) rounded to the grid: a truncation of eta·grid + ½.
    static std::uint32_t gridEta(double eta) { return std::uint32_t(eta * kEtaGrid + 0.5); }
    // The rational phase of the output after one of phase p: p + in/g modulo out/g.
    int nextPhase(int p) const {
        p += phaseStep_;
        return p >= phaseCount_ ? p - phaseCount_ : p;
    }
    // The rational phase k outputs after one of phase p.
    int phaseAfter(int p, std::size_t k) const {
        return int((std::size_t(p) + k % std::size_t(phaseCount_) * std::size_t(phaseStep_)) %
                   std::size_t(phaseCount_));
    }
    // 2·width taps, with kTapPadding zeros before and after.
    const float* taps(int phase) const {
        return taps_.data() + std::size_t(phase) * stride() + kTapPadding;
    }
    std::size_t size() const { return size_; }
    // Empties the table if fewer than `needed` phases would still fit (indices become invalid).
    void makeRoom(std::size_t needed);

    static constexpr double kEtaGrid = 32768.0;

private:
    std::size_t stride() const { return 2 * std::size_t(filter_.width) + 2 * kTapPadding; }

    struct Key {
        std::int32_t offL, offR;
        std::uint32_t etaL, etaR;  // eta · kEtaGrid, rounded
        bool operator==(const Key&) const = default;
    };
    struct Recent {
        Key key{-1, -1, 0, 0};  // matches no output
        int index = -1;
    };

    int add(Recent& recent, const Key& key);

    const PolyphaseFilter& filter_;
    bool enabled_ = false;
    int phaseCount_ = 1, phaseStep_ = 0;  // phase of output k: k·phaseStep mod count
    std::vector<Recent> recent_;          // per rational phase
    std::size_t capacity_;
    std::size_t size_ = 0;     // phases in the table
    std::vector<float> taps_;  // only grows, so the zero padding is written once
};

}  // namespace tagscope
