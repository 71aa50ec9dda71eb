#include "engine/decisions/vocabulary.h"

#include <algorithm>
#include <limits>

#include "engine/decisions/json_file.h"
#include "engine/decisions/spelling.h"
#include "engine/error.h"
#include "engine/model_locator.h"

namespace tagscope {
namespace {
using decisions_detail::jsonQuoted;
using nlohmann::json;

constexpr const char* kFormat = "tagscope-vocabulary";
constexpr std::uint64_t kFormatVersion = 1;
constexpr const char* kWhat = "Tagscope vocabulary";
// Values in an entry, in the tags array, in the root object.
constexpr int kMaxJsonDepth = 3;

constexpr std::array<std::pair<TagGroup, std::string_view>, 5> kGroupIds = {{
    {TagGroup::Genre, "genre"},
    {TagGroup::Mood, "mood"},
    {TagGroup::Era, "era"},
    {TagGroup::Instrument, "instrument"},
    {TagGroup::Vocals, "vocals"},
}};

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

// Why this text cannot be a label, or nullopt. Labels are words separated by single spaces, so
// that a query's bare words and a quoted label both find them (tag_query.h).
std::optional<std::string> labelProblem(std::string_view label) {
    if (label.empty()) return "label is empty";
    if (codePointCount(label) > Vocabulary::kMaxLabelLength)
        return "label is longer than " + std::to_string(Vocabulary::kMaxLabelLength) +
               " characters";
    for (unsigned char c : label)
        if (c < 0x20 || c == 0x7F) return "label contains a control character";
    if (label.find('"') != std::string_view::npos) return "label contains '\"'";
    if (label.front() == ' ' || label.back() == ' ') return "label begins or ends with a space";
    if (label.find("  ") != std::string_view::npos) return "label has two spaces in a row";
    return std::nullopt;
}

std::optional<std::size_t> rawTagIndex(std::string_view name) {
    const auto& names = tagNames();
    for (std::size_t k = 0; k < names.size(); ++k)
        if (names[k] == name) return k;
    return std::nullopt;
}

const std::string& stringField(const json& entry, const char* field, const std::string& where,
                               const std::string& source) {
    const auto it = entry.find(field);
    if (it == entry.end()) fail(source, where + ": \"" + field + "\" is missing");
    if (!it->is_string()) fail(source, where + ": \"" + field + "\" is not a string");
    return it->get_ref<const std::string&>();
}

}  // namespace

std::string_view tagGroupId(TagGroup group) {
    for (const auto& [g, id] : kGroupIds)
        if (g == group) return id;
    return "genre";
}

std::optional<TagGroup> parseTagGroup(std::string_view id) {
    for (const auto& [g, name] : kGroupIds)
        if (name == id) return g;
    return std::nullopt;
}

void checkProbabilityCount(std::size_t count) {
    if (count != kTagCount)
        fail("tag decisions", std::to_string(count) + " probabilities; the model has " +
                                  std::to_string(kTagCount) + " tags");
}

Vocabulary Vocabulary::fromJson(std::string_view text, const std::string& source) {
    const json doc = decisions_detail::parseSmallJson(text, source, kWhat, kMaxJsonDepth);
    decisions_detail::checkFormat(doc, kFormat, kFormatVersion, source, kWhat);
    for (const auto& [key, value] : doc.items())
        if (key != "format" && key != "version" && key != "tags")
            fail(source, "unknown field " + jsonQuoted(key));
    const auto tags = doc.find("tags");
    if (tags == doc.end()) fail(source, "tags is missing");
    if (!tags->is_array()) fail(source, "tags is not an array");

    Vocabulary v;
    constexpr std::size_t kUnmapped = std::numeric_limits<std::size_t>::max();
    std::array<std::size_t, kTagCount> entryOfRawTag;
    entryOfRawTag.fill(kUnmapped);
    std::vector<std::size_t> firstEntryOfLabel;
    for (std::size_t e = 0; e < tags->size(); ++e) {
        const json& entry = (*tags)[e];
        std::string where = "tags[" + std::to_string(e) + "]";
        if (!entry.is_object()) fail(source, where + " is not an object");
        for (const auto& [key, value] : entry.items())
            if (key != "tag" && key != "label" && key != "group")
                fail(source, where + ": unknown field " + jsonQuoted(key));

        const std::string& tag = stringField(entry, "tag", where, source);
        where += " (" + jsonQuoted(tag) + ")";
        const auto raw = rawTagIndex(tag);
        if (!raw) {
            std::vector<std::string_view> names(tagNames().begin(), tagNames().end());
            const auto guess = closestSpelling(tag, names);
            fail(source, where + ": not one of the model's " + std::to_string(kTagCount) + " tags" +
                             (guess ? "; did you mean " + jsonQuoted(*guess) + "?" : ""));
        }
        if (entryOfRawTag[*raw] != kUnmapped)
            fail(source,
                 where + ": mapped twice (also tags[" + std::to_string(entryOfRawTag[*raw]) + "])");
        entryOfRawTag[*raw] = e;

        const std::string& label = stringField(entry, "label", where, source);
        if (const auto problem = labelProblem(label)) fail(source, where + ": " + *problem);
        const std::string& groupId = stringField(entry, "group", where, source);
        const auto group = parseTagGroup(groupId);
        if (!group)
            fail(source, where + ": unknown group " + jsonQuoted(groupId) +
                             " (genre, mood, era, instrument or vocals)");

        const auto existing = v.find(label);
        if (!existing) {
            v.labels_.push_back({label, *group, {}});
            firstEntryOfLabel.push_back(e);
        } else {
            const VocabularyLabel& same = v.labels_[*existing];
            const std::string first = "tags[" + std::to_string(firstEntryOfLabel[*existing]) + "]";
            if (same.name != label)
                fail(source, where + ": label " + jsonQuoted(label) + " is spelt " +
                                 jsonQuoted(same.name) + " in " + first +
                                 " (labels are matched ignoring case)");
            if (same.group != *group)
                fail(source, where + ": label " + jsonQuoted(label) + " is in group " +
                                 jsonQuoted(groupId) + " here but " +
                                 jsonQuoted(tagGroupId(same.group)) + " in " + first);
        }
        const std::size_t labelIndex = existing.value_or(v.labels_.size() - 1);
        v.labels_[labelIndex].rawTags.push_back(*raw);
        v.labelOfRawTag_[*raw] = std::uint8_t(labelIndex);
    }
    for (std::size_t k = 0; k < kTagCount; ++k)
        if (entryOfRawTag[k] == kUnmapped)
            fail(source, "the model's tag " + jsonQuoted(tagNames()[k]) + " is not mapped");
    for (VocabularyLabel& label : v.labels_) std::sort(label.rawTags.begin(), label.rawTags.end());
    return v;
}

Vocabulary Vocabulary::load(const std::string& path) {
    return fromJson(decisions_detail::readSmallFile(path, kMaxFileBytes, kWhat), path);
}

Vocabulary Vocabulary::loadDefault() {
    const std::string path = findVocabulary();
    if (path.empty()) {
        std::string searched;
        for (const std::string& dir : dataSearchDirs())
            searched += (searched.empty() ? "" : ", ") + dir;
        fail("vocabulary.json", "not found (searched " + searched + "; set TAGSCOPE_DATA_DIR)");
    }
    return load(path);
}

std::optional<std::size_t> Vocabulary::find(std::string_view name) const {
    for (std::size_t k = 0; k < labels_.size(); ++k)
        if (equalIgnoringCase(labels_[k].name, name)) return k;
    return std::nullopt;
}

std::optional<std::string> Vocabulary::closestLabel(std::string_view name) const {
    std::vector<std::string_view> names;
    for (const VocabularyLabel& label : labels_) names.push_back(label.name);
    return closestSpelling(name, names);
}

std::vector<float> Vocabulary::labelProbabilities(std::span<const float> probabilities) const {
    std::vector<float> merged(labels_.size());
    mergeProbabilities(probabilities, merged);
    return merged;
}

void Vocabulary::mergeProbabilities(std::span<const float> probabilities,
                                    std::span<float> perLabel) const {
    checkProbabilityCount(probabilities.size());
    std::fill_n(perLabel.begin(), labels_.size(), std::numeric_limits<float>::quiet_NaN());
    for (std::size_t k = 0; k < kTagCount; ++k) {
        float& m = perLabel[labelOfRawTag_[k]];
        if (probabilities[k] > m || m != m) m = probabilities[k];
    }
}

}  // namespace tagscope
