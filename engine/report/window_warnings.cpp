#include "engine/report/window_warnings.h"

#include <charconv>
#include <cmath>

#include "engine/melgram.h"

namespace tagscope {
namespace {

// Locale-independent, as the reports print numbers.
std::string fixed(double value, int decimals) {
    char buffer[64];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return error == std::errc() ? std::string(buffer, end) : std::string("?");
}

std::string percent(double share) {
    return fixed(std::round(share * 100.0), 0) + " %";
}

// "0.00 s, 14.56 s, 29.12 s" (at most five, then "…").
std::string startList(const std::vector<double>& starts) {
    std::string text;
    for (std::size_t k = 0; k < starts.size() && k < 5; ++k)
        text += (k ? ", " : "") + fixed(starts[k], 2) + " s";
    if (starts.size() > 5) text += ", …";
    return text;
}

}  // namespace

std::vector<std::string> resultWarnings(const TagResult& r) {
    std::vector<std::string> warnings;
    const double duration = r.info.durationSeconds;
    const bool shortTrack = duration > 0.0 && duration < kClipSeconds;
    if (shortTrack)
        warnings.push_back("shorter than 29.12 s (" + fixed(duration, 2) +
                           " s): the network's input is " + percent(r.centralLevel.paddingShare) +
                           " zero padding");
    else if (r.centralLevel.mostlyPadding())
        warnings.push_back("the central window is " + percent(r.centralLevel.paddingShare) +
                           " zero padding");
    if (r.centralLevel.silent())
        warnings.push_back("the central window is silent (RMS " + fixed(*r.centralLevel.rmsDb, 1) +
                           " dBFS, below " + fixed(kSilenceDb, 0) + " dBFS)");

    std::vector<double> silent, padded;
    for (const SegmentResult& s : r.segments) {
        if (s.level.silent()) silent.push_back(s.startSeconds);
        if (s.level.mostlyPadding()) padded.push_back(s.startSeconds);
    }
    const std::string total = std::to_string(r.segments.size());
    if (!silent.empty())
        warnings.push_back(std::to_string(silent.size()) + " of " + total +
                           " windows silent (RMS below " + fixed(kSilenceDb, 0) +
                           " dBFS), starting at " + startList(silent));
    if (!padded.empty() && !shortTrack)
        warnings.push_back(std::to_string(padded.size()) + " of " + total +
                           " windows mostly zero padding, starting at " + startList(padded));
    return warnings;
}

}  // namespace tagscope
