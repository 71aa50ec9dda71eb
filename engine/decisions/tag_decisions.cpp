#include "engine/decisions/tag_decisions.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>

namespace tagscope {
namespace {

float smallestFloatAtLeast(double threshold) {
    float f = float(threshold);
    if (double(f) < threshold) f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

// A decided label as one number that orders like the decisions: larger for a higher
// probability, and for equal probabilities, larger for the earlier label; so the top-N cap and
// the sort compare plain integers.
std::uint64_t rankKey(float probability, std::size_t label) {
    // Float bits, made to order as unsigned integers (for every value but NaN, never decided);
    // adding +0 turns -0 into +0, which the comparison of floats holds equal.
    std::uint32_t bits = std::bit_cast<std::uint32_t>(probability + 0.0f);
    bits = (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
    return std::uint64_t(bits) << 8 | (0xFFu - label);
}

std::size_t labelOfKey(std::uint64_t key) {
    return 0xFFu - (key & 0xFFu);
}

// The decided labels' keys; returns how many are decided.
std::size_t decidedKeys(const LabelScores& scores, std::array<std::uint64_t, kTagCount>& keys) {
    std::size_t count = 0;
    for (std::uint64_t bits = scores.decided; bits; bits &= bits - 1) {
        const auto label = std::size_t(std::countr_zero(bits));
        keys[count++] = rankKey(scores.probability[label], label);
    }
    return count;
}

}  // namespace

TagDecider::TagDecider(const Vocabulary& vocabulary, const Thresholds& thresholds)
    : vocabulary_(vocabulary), topN_(thresholds.topN) {
    thresholds.validate(vocabulary, "thresholds");
    std::fill_n(threshold_.begin(), vocabulary.size(),
                smallestFloatAtLeast(thresholds.globalDefault));
    for (const auto& [label, threshold] : thresholds.perLabel)
        threshold_[*vocabulary.find(label)] = smallestFloatAtLeast(threshold);
}

LabelScores TagDecider::score(std::span<const float> probabilities) const {
    LabelScores s;
    vocabulary_.mergeProbabilities(probabilities, s.probability);
    for (std::size_t k = 0; k < vocabulary_.size(); ++k)
        s.decided |= std::uint64_t(s.probability[k] >= threshold_[k]) << k;
    if (topN_ > 0 && s.decidedCount() > topN_) {
        std::array<std::uint64_t, kTagCount> keys;
        const std::size_t count = decidedKeys(s, keys);
        const auto cap = keys.begin() + topN_;
        std::nth_element(keys.begin(), cap, keys.begin() + count, std::greater<>());
        s.decided = 0;
        for (auto key = keys.begin(); key != cap; ++key)
            s.decided |= std::uint64_t(1) << labelOfKey(*key);
    }
    return s;
}

std::vector<DecidedTag> TagDecider::decide(std::span<const float> probabilities) const {
    const LabelScores s = score(probabilities);
    std::array<std::uint64_t, kTagCount> keys;
    const std::size_t count = decidedKeys(s, keys);
    std::sort(keys.begin(), keys.begin() + count, std::greater<>());
    std::vector<DecidedTag> tags;
    tags.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t k = labelOfKey(keys[i]);
        tags.push_back({k, vocabulary_[k].name, vocabulary_[k].group, s.probability[k]});
    }
    return tags;
}

std::vector<DecidedTag> decide(std::span<const float> probabilities, const Vocabulary& vocabulary,
                               const Thresholds& thresholds) {
    return TagDecider(vocabulary, thresholds).decide(probabilities);
}

std::vector<std::size_t> countPerLabel(std::span<const std::vector<float>> tracks,
                                       const TagDecider& decider) {
    std::vector<std::size_t> counts(decider.labelCount(), 0);
    for (const std::vector<float>& track : tracks)
        for (std::uint64_t bits = decider.score(track).decided; bits; bits &= bits - 1)
            ++counts[std::size_t(std::countr_zero(bits))];
    return counts;
}

std::vector<std::size_t> countPerLabel(std::span<const std::vector<float>> tracks,
                                       const Vocabulary& vocabulary, const Thresholds& thresholds) {
    return countPerLabel(tracks, TagDecider(vocabulary, thresholds));
}

}  // namespace tagscope
