#pragma once
// The playhead while playing: the player's own position when it moves, the wall clock in between.
//
// Qt 6.4's GStreamer player answers position() with a stale value for the first seconds of a
// play (until the pipeline has found the duration: 1.5–3 s on an idle machine, longer under
// load) although the audio runs, then jumps to the true position. This clock bridges such
// stalls from the moment play was asked for, re-anchors to the player whenever its position
// moves, and never runs backwards within one run (when the player comes back behind it, the
// clock waits for it). Reports further than kResyncWindowSeconds from the clock (a stale
// answer from before a seek) are not taken. Without an accepted report it bridges at most
// kMaxBridgeSeconds, so a pipeline that really stalls is not shown as playing.
// Plain logic on given times (milliseconds of a monotonic clock), so it is testable alone.

#include <cstdint>

namespace tagscope::ui {

class PlaybackClock {
public:
    static constexpr double kMaxBridgeSeconds = 10.0;
    static constexpr double kResyncWindowSeconds = 1.0;

    // Playing from `seconds` at time `nowMs`.
    void start(double seconds, std::int64_t nowMs);
    // Not playing, at `seconds` (pause, stop, a seek while paused).
    void hold(double seconds);
    // The player's reported position at time nowMs (called at every poll).
    void observe(double playerSeconds, std::int64_t nowMs);
    // Where the playhead is at nowMs.
    double position(std::int64_t nowMs);
    bool running() const { return running_; }

private:
    double extrapolated(std::int64_t nowMs) const;

    bool running_ = false;
    double anchorSeconds_ = 0.0;  // position at anchorMs_
    std::int64_t anchorMs_ = 0;
    double lastReported_ = -1.0;  // the player's last reported position (−1: none this run)
    double shown_ = 0.0;          // the last position handed out (monotonic while running)
};

}  // namespace tagscope::ui
