#pragma once
// From probabilities to tags: a track gets the labels whose probability (merged over the
// vocabulary, vocabulary.h) reaches their threshold (thresholds.h), most probable first (equal
// probabilities in vocabulary order), at most top N of them when there is a cap.
//
//   const Vocabulary vocabulary = Vocabulary::loadDefault();
//   const Thresholds thresholds = Thresholds::load("t.json", vocabulary);   // or Thresholds{}
//   for (const DecidedTag& tag : decide(probabilities, vocabulary, thresholds)) ...
//
// For many tracks, a TagDecider resolves the thresholds once; countPerLabel and
// matchingTracks (tag_query.h) use one. Probabilities are the model's 50, in tagNames() order.

#include <array>
#include <bit>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "engine/decisions/thresholds.h"
#include "engine/decisions/vocabulary.h"

namespace tagscope {

struct DecidedTag {
    std::size_t label = 0;  // index into the vocabulary's labels
    std::string name;       // the label, e.g. "female vocalists"
    TagGroup group = TagGroup::Genre;
    float probability = 0;  // the label's (merged) probability
};

// One track seen through a vocabulary and thresholds: each label's probability and which
// labels are its tags.
struct LabelScores {
    std::array<float, kTagCount> probability{};  // per label, vocabulary order (size() used)
    std::uint64_t decided = 0;                   // bit k set: label k is one of the track's tags

    bool isDecided(std::size_t label) const { return (decided >> label) & 1u; }
    int decidedCount() const { return std::popcount(decided); }
};

class TagDecider {
public:
    // Throws Error("thresholds: ...") unless thresholds.validate(vocabulary) passes.
    TagDecider(const Vocabulary& vocabulary, const Thresholds& thresholds);

    const Vocabulary& vocabulary() const { return vocabulary_; }
    std::size_t labelCount() const { return vocabulary_.size(); }
    // Throw Error unless probabilities holds exactly 50 values.
    LabelScores score(std::span<const float> probabilities) const;
    std::vector<DecidedTag> decide(std::span<const float> probabilities) const;

private:
    Vocabulary vocabulary_;
    // Per label, the smallest float at or above its threshold: for a float probability p,
    // p >= threshold_[k] exactly when p, as a double, is at least the threshold asked for.
    std::array<float, kTagCount> threshold_{};
    int topN_ = 0;
};

std::vector<DecidedTag> decide(std::span<const float> probabilities, const Vocabulary& vocabulary,
                               const Thresholds& thresholds);

// How many of the tracks get each label (vocabulary order): the thresholds dialog's live
// preview. Each track holds 50 probabilities. 0.1 to 0.4 µs per track (docs/DECISIONS.md).
std::vector<std::size_t> countPerLabel(std::span<const std::vector<float>> tracks,
                                       const TagDecider& decider);
std::vector<std::size_t> countPerLabel(std::span<const std::vector<float>> tracks,
                                       const Vocabulary& vocabulary, const Thresholds& thresholds);

}  // namespace tagscope
