#pragma once
// Captures the original's network input, the central 29.12 s of the track, while the track
// streams past. Where that window lies depends on the track's final length, known only at the
// end, so: short tracks (up to wholeTrackSamples) are kept whole; beyond that only a region
// around the centre predicted from the container's declared duration is kept, with a margin
// for a duration that is a little off. If the true centre still falls outside (no or a wrong
// declared duration), finish() says so and the caller decodes again to capture exactly it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/audio/window_level.h"
#include "engine/melgram.h"

namespace tagscope {

class CentralClipCapture {
public:
    static constexpr std::int64_t kDefaultWholeTrackSamples = std::int64_t(15) * 60 * kSampleRate;

    // declaredSamples: the container's estimate of the 12 kHz length, ≤ 0 if unknown.
    explicit CentralClipCapture(std::int64_t declaredSamples,
                                std::int64_t wholeTrackSamples = kDefaultWholeTrackSamples);
    // Keeps exactly [start, start + kClipSamples): the second pass, once the length is known;
    // its finish() needs no more input than that region.
    static CentralClipCapture exactly(std::int64_t start);

    void push(const float* x, std::size_t n);
    // The clip, or nothing if its samples were not kept (decode again with exactly()).
    std::optional<Melgram> finish();
    // The clip's padding share and loudness, once finish() has made it.
    const WindowLevel& level() const { return level_; }

    std::int64_t received() const { return received_; }
    // True once everything finish() needs has been pushed (the second pass may stop there).
    bool complete() const { return exact_ && received_ >= regionTo_; }

private:
    CentralClipCapture() = default;
    void keepOnly(std::int64_t from, std::int64_t to);

    std::int64_t declared_ = 0;
    std::int64_t wholeLimit_ = 0;
    bool whole_ = true;            // still keeping every sample
    bool exact_ = false;           // made by exactly()
    std::int64_t regionFrom_ = 0;  // once not whole: the samples worth keeping
    std::int64_t regionTo_ = 0;
    std::vector<float> kept_;  // samples [keptStart_, keptStart_ + size)
    std::int64_t keptStart_ = 0;
    std::int64_t received_ = 0;
    WindowLevel level_;
};

}  // namespace tagscope
