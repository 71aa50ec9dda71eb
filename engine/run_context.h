#pragma once
// What a piece of engine work runs under: a stop signal, the limits input files are held to,
// and a progress callback. Every long loop of the engine (decoding, resampling, the window
// loop, the network's layers) checks the stop signal, so a stop takes effect within
// milliseconds. A stop is an outcome, not an error: it unwinds as Cancelled, which callers
// report as such and never print as a failure.

#include <exception>
#include <functional>
#include <stop_token>

namespace tagscope {

// Plausibility limits for audio. Files outside them are refused with a message naming the
// file and the limit, before anything is allocated for them.
struct ResourceLimits {
    double maxDurationSeconds = 24.0 * 3600.0;  // decoded length; configurable (--max-duration)
    int minSampleRate = 4000;                   // Hz, native rate of the audio stream
    int maxSampleRate = 768000;
    int maxChannels = 64;
};

// How far one track has got: seconds of audio decoded, of totalSeconds (≤ 0 while unknown).
struct Progress {
    double seconds = 0.0;
    double totalSeconds = 0.0;
};

// Thrown by RunContext::throwIfStopped; caught where a job ends and turned into
// Outcome::Cancelled. Deliberately not a tagscope::Error.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

enum class Outcome { Done, Failed, Cancelled };

class RunContext {
public:
    using ProgressCallback = std::function<void(const Progress&)>;

    RunContext() = default;  // never stopped, default limits, no progress reports
    explicit RunContext(std::stop_token stop, ResourceLimits limits = {},
                        ProgressCallback progress = {})
        : stop_(std::move(stop)), limits_(limits), progress_(std::move(progress)) {}

    bool stopRequested() const noexcept { return stop_.stop_requested(); }
    const std::stop_token& stopToken() const noexcept { return stop_; }
    void throwIfStopped() const {
        if (stopRequested()) throw Cancelled();
    }
    const ResourceLimits& limits() const noexcept { return limits_; }
    void reportProgress(const Progress& progress) const {
        if (progress_) progress_(progress);
    }

    // The same stop signal and limits, reporting progress elsewhere (or nowhere).
    RunContext withProgress(ProgressCallback progress) const {
        return RunContext(stop_, limits_, std::move(progress));
    }

private:
    std::stop_token stop_;
    ResourceLimits limits_;
    ProgressCallback progress_;
};

}  // namespace tagscope
