#pragma once
// When a label becomes one of a track's tags: its probability reaches its threshold (a global
// default, or the label's own), and, with a top-N cap, it is among the N most probable labels
// that do. Saved as a small JSON file (the command line's --thresholds FILE):
//   {"format": "tagscope-thresholds", "version": 1,
//    "default": 0.1, "top_n": 0, "labels": {"jazz": 0.3, "female vocalists": 0.2}}
// "default", "top_n" and "labels" may be left out (0.1, no cap, none). Thresholds are numbers
// from 0 to 1; labels are those of a vocabulary (vocabulary.h), matched ignoring case.
//
// The default threshold, 0.1: the networks' outputs are calibrated to Last.fm's sparse
// tagging, so even a clear jazz track rarely passes 0.5 for anything but "jazz", and the sample
// tracks' strongest tags lie between 0.1 and 0.96. At 0.1 each sample track gets 1 to 7 tags,
// the ones a listener would name; at 0.2 the dubstep track gets none (docs/DECISIONS.md).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "engine/decisions/vocabulary.h"

namespace tagscope {

inline constexpr double kDefaultThreshold = 0.1;

struct Thresholds {
    static constexpr std::uint64_t kMaxFileBytes = 256 * 1024;

    double globalDefault = kDefaultThreshold;
    std::map<std::string, double> perLabel;  // label (as the vocabulary spells it) → threshold
    int topN = 0;  // at most this many tags per track, the most probable; 0: no cap

    // The threshold of a label spelt as the vocabulary does: its own, or the global default.
    double thresholdFor(std::string_view label) const;

    // Throws Error("<source>: problem") unless every threshold is a number from 0 to 1, topN is
    // from 0 to 50, and every label is one of the vocabulary's (once, ignoring case).
    void validate(const Vocabulary& vocabulary, const std::string& source) const;

    // The JSON text save() writes (labels in alphabetical order; numbers in their shortest
    // exact form, whatever the locale).
    std::string toJson() const;
    // Parses and validates; labels are stored as the vocabulary spells them. Errors name the
    // source and the field: "t.json: labels: unknown label \"jaz\"; did you mean \"jazz\"?".
    static Thresholds fromJson(std::string_view text, const std::string& source,
                               const Vocabulary& vocabulary);
    // Checks the file (checkInputFile, at most 256 KB), then fromJson.
    static Thresholds load(const std::string& path, const Vocabulary& vocabulary);
    // validate(), then writes the file atomically (writeFileAtomically).
    void save(const std::string& path, const Vocabulary& vocabulary) const;
};

}  // namespace tagscope
