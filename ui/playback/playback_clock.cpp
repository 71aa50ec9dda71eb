#include "ui/playback/playback_clock.h"

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

void PlaybackClock::start(double seconds, std::int64_t nowMs) {
    running_ = true;
    anchorSeconds_ = seconds;
    anchorMs_ = nowMs;
    lastReported_ = -1.0;
    shown_ = seconds;
}

void PlaybackClock::hold(double seconds) {
    running_ = false;
    anchorSeconds_ = seconds;
    shown_ = seconds;
}

void PlaybackClock::observe(double playerSeconds, std::int64_t nowMs) {
    if (!running_) return;
    // The first report of a run is whatever the player held before play; only a change
    // shows that its pipeline runs and answers.
    if (lastReported_ < 0.0) {
        lastReported_ = playerSeconds;
        return;
    }
    if (playerSeconds == lastReported_) return;
    lastReported_ = playerSeconds;
    if (std::abs(playerSeconds - extrapolated(nowMs)) > kResyncWindowSeconds) return;
    anchorSeconds_ = playerSeconds;
    anchorMs_ = nowMs;
}

double PlaybackClock::extrapolated(std::int64_t nowMs) const {
    const double elapsed = double(nowMs - anchorMs_) / 1000.0;
    return anchorSeconds_ + std::clamp(elapsed, 0.0, kMaxBridgeSeconds);
}

double PlaybackClock::position(std::int64_t nowMs) {
    if (!running_) return shown_;
    shown_ = std::max(shown_, extrapolated(nowMs));
    return shown_;
}

}  // namespace tagscope::ui
