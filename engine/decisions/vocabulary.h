#pragma once
// Clean labels for the model's 50 raw tags (tags.h). A vocabulary maps every raw tag to a label
// and a group; raw tags that share a label merge into one ("female vocalist" and "female
// vocalists" both become "female vocalists"), so a vocabulary has at most 50 labels.
//
// A merged label's probability is the largest of its members' probabilities. The members are
// near-duplicate annotations of the same concept, so the label applies when either applies: the
// maximum is the lower bound of that union that assumes nothing about how the outputs are
// correlated (a sum or noisy-or would double-count what are largely the same tracks), it stays a
// probability, and it keeps one threshold meaning the same for merged and single labels.
//
// The file (resources/vocabulary.json, installed as share/tagscope/vocabulary.json; a user may
// supply their own):
//   {"format": "tagscope-vocabulary", "version": 1,
//    "tags": [{"tag": "rock", "label": "rock", "group": "genre"}, ...]}
// with one entry per raw tag, spelled exactly as the model does ("Hip-Hop"). Labels are ordered
// by their first entry; that order breaks ties between equally probable labels. Loading checks
// everything and names the file and the entry at fault: each raw tag mapped exactly once, known
// groups, labels of 1 to 64 characters made of words separated by single spaces (no control
// characters, no '"'), labels equal ignoring case spelled identically and in one group, no
// unknown fields, file at most 256 KB.
//
// Labels are matched ignoring ASCII case ("JAZZ" finds "jazz").

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/tags.h"

namespace tagscope {

enum class TagGroup { Genre, Mood, Era, Instrument, Vocals };

std::string_view tagGroupId(TagGroup group);  // "genre", "mood", "era", "instrument", "vocals"
std::optional<TagGroup> parseTagGroup(std::string_view id);

struct VocabularyLabel {
    std::string name;  // e.g. "female vocalists"
    TagGroup group = TagGroup::Genre;
    std::vector<std::size_t> rawTags;  // its members: indices into tagNames(), ascending
};

class Vocabulary {
public:
    static constexpr std::uint64_t kMaxFileBytes = 256 * 1024;
    static constexpr std::size_t kMaxLabelLength = 64;  // characters (UTF-8 code points)

    // Reads and validates a vocabulary file. Throws Error("PATH: tags[31] (\"female
    // vocalist\"): ...") naming the entry at fault.
    static Vocabulary load(const std::string& path);
    // The shipped vocabulary, found by findVocabulary() (model_locator.h). Throws Error naming
    // the folders searched if there is none.
    static Vocabulary loadDefault();
    static Vocabulary fromJson(std::string_view text, const std::string& source);

    const std::vector<VocabularyLabel>& labels() const { return labels_; }
    std::size_t size() const { return labels_.size(); }
    const VocabularyLabel& operator[](std::size_t label) const { return labels_[label]; }

    // The label a raw tag (index into tagNames()) belongs to.
    std::size_t labelOfRawTag(std::size_t rawTag) const { return labelOfRawTag_[rawTag]; }

    // The label with this name, ignoring ASCII case, or nullopt.
    std::optional<std::size_t> find(std::string_view name) const;
    // For "did you mean …?": the label closest to a name that is not one, if any is close.
    std::optional<std::string> closestLabel(std::string_view name) const;

    // Each label's probability (vocabulary order): the largest of its members'. probabilities
    // holds the 50 raw tags' (tagNames() order); throws Error unless there are exactly 50. NaN
    // members are ignored; a label is NaN (so never decided) only if all its members are.
    std::vector<float> labelProbabilities(std::span<const float> probabilities) const;
    // The same into perLabel[0, size()), without allocating.
    void mergeProbabilities(std::span<const float> probabilities, std::span<float> perLabel) const;

private:
    std::vector<VocabularyLabel> labels_;
    std::array<std::uint8_t, kTagCount> labelOfRawTag_{};
};

// Throws Error("tag decisions: N probabilities; the model has 50 tags") unless count is 50.
void checkProbabilityCount(std::size_t count);

}  // namespace tagscope
