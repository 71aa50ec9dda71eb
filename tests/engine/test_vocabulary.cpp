// The tag vocabulary: the shipped file maps the 50 raw tags to 49 clean labels in five groups,
// merged labels take their members' largest probability, and every malformed file is refused
// with one line naming the file and the entry at fault.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "engine/decisions/vocabulary.h"
#include "engine/error.h"
#include "engine/model_locator.h"
#include "engine/tags.h"
#include "model_files.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
using nlohmann::json;
using test::expectCleanError;
using test::TempDir;

const std::string kShippedPath = std::string(TAGSCOPE_TEST_BUILD_DATA_DIR) + "/vocabulary.json";

std::size_t rawTag(std::string_view name) {
    const auto& names = tagNames();
    return std::size_t(std::find(names.begin(), names.end(), name) - names.begin());
}

std::string labelOf(const Vocabulary& v, std::string_view raw) {
    return v[v.labelOfRawTag(rawTag(raw))].name;
}

TagGroup groupOf(const Vocabulary& v, std::string_view raw) {
    return v[v.labelOfRawTag(rawTag(raw))].group;
}

// ---------------------------------------------------------------- the shipped vocabulary

TEST(VocabularyShipped, LoadsAndMapsEveryRawTagOnce) {
    const Vocabulary v = Vocabulary::load(kShippedPath);
    EXPECT_EQ(v.size(), 49u);
    std::set<std::size_t> members;
    for (const VocabularyLabel& label : v.labels()) {
        EXPECT_FALSE(label.rawTags.empty()) << label.name;
        for (std::size_t raw : label.rawTags) {
            EXPECT_TRUE(members.insert(raw).second) << tagNames()[raw] << " in two labels";
            EXPECT_EQ(v[v.labelOfRawTag(raw)].name, label.name);
        }
    }
    EXPECT_EQ(members.size(), kTagCount);
}

TEST(VocabularyShipped, CleansNamesAndMergesTheDuplicateVocalists) {
    const Vocabulary v = Vocabulary::load(kShippedPath);
    EXPECT_EQ(labelOf(v, "female vocalist"), "female vocalists");
    EXPECT_EQ(labelOf(v, "female vocalists"), "female vocalists");
    EXPECT_EQ(v[*v.find("female vocalists")].rawTags,
              (std::vector<std::size_t>{rawTag("female vocalists"), rawTag("female vocalist")}));
    EXPECT_EQ(labelOf(v, "Hip-Hop"), "hip-hop");
    EXPECT_EQ(labelOf(v, "Mellow"), "mellow");
    EXPECT_EQ(labelOf(v, "House"), "house");
    EXPECT_EQ(labelOf(v, "Progressive rock"), "progressive rock");
    EXPECT_EQ(labelOf(v, "rnb"), "r&b");
    for (const VocabularyLabel& label : v.labels())
        for (char c : label.name) EXPECT_FALSE(c >= 'A' && c <= 'Z') << label.name;
    // Labels keep the model's order (by their first member): ties are broken in this order.
    EXPECT_EQ(v[0].name, "rock");
    EXPECT_EQ(v[5].name, "female vocalists");
    EXPECT_EQ(v[v.size() - 1].name, "happy");
}

TEST(VocabularyShipped, GroupsLabels) {
    const Vocabulary v = Vocabulary::load(kShippedPath);
    for (const char* era : {"60s", "70s", "80s", "90s", "00s", "oldies"})
        EXPECT_EQ(groupOf(v, era), TagGroup::Era) << era;
    for (const char* mood :
         {"beautiful", "Mellow", "chill", "party", "sexy", "catchy", "sad", "happy"})
        EXPECT_EQ(groupOf(v, mood), TagGroup::Mood) << mood;
    for (const char* instrument : {"guitar", "acoustic"})
        EXPECT_EQ(groupOf(v, instrument), TagGroup::Instrument) << instrument;
    for (const char* vocals :
         {"female vocalists", "female vocalist", "male vocalists", "instrumental"})
        EXPECT_EQ(groupOf(v, vocals), TagGroup::Vocals) << vocals;
    for (const char* genre : {"rock", "jazz", "Hip-Hop", "House", "chillout", "easy listening"})
        EXPECT_EQ(groupOf(v, genre), TagGroup::Genre) << genre;
    for (TagGroup g :
         {TagGroup::Genre, TagGroup::Mood, TagGroup::Era, TagGroup::Instrument, TagGroup::Vocals})
        EXPECT_EQ(parseTagGroup(tagGroupId(g)), g);
    EXPECT_EQ(parseTagGroup("Genre"), std::nullopt);
}

TEST(VocabularyShipped, IsFoundInTheDataFoldersLikeCalibrations) {
    // The test program runs from the build tree, which has its own copy.
    ::unsetenv("TAGSCOPE_DATA_DIR");
    EXPECT_TRUE(std::filesystem::equivalent(findVocabulary(), kShippedPath));
    EXPECT_EQ(Vocabulary::loadDefault().size(), 49u);

    const TempDir data;
    ::setenv("TAGSCOPE_DATA_DIR", data.path().c_str(), 1);
    EXPECT_TRUE(std::filesystem::equivalent(findVocabulary(), kShippedPath));  // not there yet
    test::writeBytes(data.file("vocabulary.json"), test::readBytes(kShippedPath));
    EXPECT_EQ(findVocabulary(), data.file("vocabulary.json"));
    ::unsetenv("TAGSCOPE_DATA_DIR");
}

// ---------------------------------------------------------------- lookups and merging

TEST(VocabularyLookup, IgnoresCaseAndSuggestsNearNames) {
    const Vocabulary v = Vocabulary::load(kShippedPath);
    EXPECT_EQ(v.find("JAZZ"), v.find("jazz"));
    EXPECT_EQ(v.find("Female Vocalists"), v.find("female vocalists"));
    EXPECT_EQ(v.find("Hip-Hop"), v.find("hip-hop"));
    EXPECT_EQ(v.find("female vocalist"), std::nullopt);  // a raw name, not a label
    EXPECT_EQ(v.find("jazz "), std::nullopt);
    EXPECT_EQ(v.closestLabel("jazzz"), "jazz");
    EXPECT_EQ(v.closestLabel("female vocalist"), "female vocalists");
    EXPECT_EQ(v.closestLabel("rnb"), "r&b");
    EXPECT_EQ(v.closestLabel("symphonic"), std::nullopt);
}

TEST(VocabularyMerging, AMergedLabelTakesItsMembersLargestProbability) {
    const Vocabulary v = Vocabulary::load(kShippedPath);
    const std::size_t female = *v.find("female vocalists");
    std::vector<float> p(kTagCount, 0.01f);
    p[rawTag("jazz")] = 0.7f;
    for (const auto& [plural, singular] : {std::pair{0.2f, 0.6f}, std::pair{0.6f, 0.2f}}) {
        p[rawTag("female vocalists")] = plural;
        p[rawTag("female vocalist")] = singular;
        const std::vector<float> merged = v.labelProbabilities(p);
        ASSERT_EQ(merged.size(), v.size());
        EXPECT_EQ(merged[female], 0.6f);
        EXPECT_EQ(merged[*v.find("jazz")], 0.7f);
        EXPECT_EQ(merged[*v.find("mellow")], 0.01f);
    }
    // A member that is not a number is ignored; a label is NaN only if all its members are.
    p[rawTag("female vocalists")] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_EQ(v.labelProbabilities(p)[female], 0.2f);
    p[rawTag("female vocalist")] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_TRUE(std::isnan(v.labelProbabilities(p)[female]));

    const std::vector<float> tooFew(49, 0.5f);
    try {
        v.labelProbabilities(tooFew);
        FAIL() << "49 probabilities accepted";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "tag decisions: 49 probabilities; the model has 50 tags");
    }
}

TEST(VocabularyMerging, AUserVocabularyMayMergeMore) {
    json doc = json::parse(test::readBytes(kShippedPath));
    for (json& entry : doc["tags"])
        if (entry["tag"] == "chill") entry["group"] = "genre", entry["label"] = "chillout";
    const Vocabulary v = Vocabulary::fromJson(doc.dump(), "user.json");
    EXPECT_EQ(v.size(), 48u);
    std::vector<float> p(kTagCount, 0.0f);
    p[rawTag("chill")] = 0.4f;
    p[rawTag("chillout")] = 0.3f;
    EXPECT_EQ(v.labelProbabilities(p)[*v.find("chillout")], 0.4f);
}

// ---------------------------------------------------------------- malformed files

class VocabularyFiles : public ::testing::Test {
protected:
    static json shipped() { return json::parse(test::readBytes(kShippedPath)); }

    // Writes doc (or text), then expects loading to fail naming the file and every reason.
    void expectRefused(const json& doc, const std::vector<std::string>& reasons) {
        expectRefusedText(doc.dump(1), reasons);
    }
    void expectRefusedText(const std::string& text, const std::vector<std::string>& reasons) {
        const std::string path = dir_.file("vocabulary-" + std::to_string(++count_) + ".json");
        test::writeBytes(path, text);
        expectCleanError([&] { Vocabulary::load(path); }, path, reasons);
    }
    static json& entry(json& doc, std::string_view raw) {
        for (json& e : doc["tags"])
            if (e["tag"] == raw) return e;
        throw std::logic_error("no entry");
    }

    TempDir dir_;
    int count_ = 0;
};

TEST_F(VocabularyFiles, TheShippedTextLoadsFromAnyFolder) {
    const std::string path = dir_.file("mine.json");
    test::writeBytes(path, test::readBytes(kShippedPath));
    EXPECT_EQ(Vocabulary::load(path).size(), 49u);
}

TEST_F(VocabularyFiles, NotAVocabularyIsRefused) {
    expectRefusedText("{\"format\": \"tagscope-vocabulary\",", {"malformed JSON at byte"});
    expectRefusedText("[]", {"not a Tagscope vocabulary (not a JSON object)"});
    expectRefusedText(std::string(50, '[') + std::string(50, ']'), {"nested too deeply"});
    json doc = shipped();
    doc["format"] = "tagscope-calibration";
    expectRefused(doc, {"no \"format\": \"tagscope-vocabulary\""});
    doc = shipped();
    doc["version"] = 2;
    expectRefused(doc, {"made by a newer Tagscope (format version 2)"});
    doc["version"] = 0;
    expectRefused(doc, {"unsupported Tagscope vocabulary format version 0"});
    doc["version"] = "1";
    expectRefused(doc, {"version is not a whole number"});
    doc = shipped();
    doc.erase("tags");
    expectRefused(doc, {"tags is missing"});
    doc["tags"] = json::object();
    expectRefused(doc, {"tags is not an array"});
    doc = shipped();
    doc["comment"] = "mine";
    expectRefused(doc, {"unknown field \"comment\""});
}

TEST_F(VocabularyFiles, EntriesAreCheckedFieldByField) {
    json doc = shipped();
    doc["tags"][3] = "indie";
    expectRefused(doc, {"tags[3] is not an object"});
    doc = shipped();
    doc["tags"][3]["lable"] = "indie";
    expectRefused(doc, {"tags[3]: unknown field \"lable\""});
    doc = shipped();
    doc["tags"][3].erase("label");
    expectRefused(doc, {"tags[3] (\"indie\"): \"label\" is missing"});
    doc["tags"][3]["label"] = 7;
    expectRefused(doc, {"tags[3] (\"indie\"): \"label\" is not a string"});
    doc = shipped();
    doc["tags"][3].erase("tag");
    expectRefused(doc, {"tags[3]: \"tag\" is missing"});
    doc = shipped();
    doc["tags"][3].erase("group");
    expectRefused(doc, {"tags[3] (\"indie\"): \"group\" is missing"});
    doc["tags"][3]["group"] = "style";
    expectRefused(doc, {"tags[3] (\"indie\"): unknown group \"style\""});
    doc["tags"][3]["group"] = "Genre";
    expectRefused(doc, {"unknown group \"Genre\""});
}

TEST_F(VocabularyFiles, EveryRawTagIsMappedExactlyOnce) {
    json doc = shipped();
    doc["tags"][33]["tag"] = "hip-hop";
    expectRefused(doc, {"tags[33] (\"hip-hop\"): not one of the model's 50 tags; did you mean "
                        "\"Hip-Hop\"?"});
    doc = shipped();
    doc["tags"][31]["tag"] = "female vocalists";
    expectRefused(doc, {"tags[31] (\"female vocalists\"): mapped twice (also tags[5])"});
    doc = shipped();
    doc["tags"].erase(49);
    expectRefused(doc, {"the model's tag \"happy\" is not mapped"});
    doc["tags"] = json::array();
    expectRefused(doc, {"the model's tag \"rock\" is not mapped"});
}

TEST_F(VocabularyFiles, LabelsAreShortCleanWords) {
    const auto withLabel = [&](const json& label) {
        json doc = shipped();
        entry(doc, "jazz")["label"] = label;
        return doc;
    };
    const std::string where = "tags[9] (\"jazz\"): ";
    expectRefused(withLabel(""), {where + "label is empty"});
    expectRefused(withLabel(std::string(65, 'j')), {where + "label is longer than 64 characters"});
    EXPECT_NO_THROW(Vocabulary::fromJson(withLabel(std::string(64, 'j')).dump(), "ok.json"));
    std::string accented;  // 64 characters, 128 bytes
    for (int i = 0; i < 64; ++i) accented += "\xC3\xA9";
    EXPECT_NO_THROW(Vocabulary::fromJson(withLabel(accented).dump(), "ok.json"));
    expectRefused(withLabel(accented + "e"), {where + "label is longer than 64 characters"});
    expectRefused(withLabel("acid\tjazz"), {where + "label contains a control character"});
    expectRefused(withLabel("\"jazz\""), {where + "label contains '\"'"});
    expectRefused(withLabel(" jazz"), {where + "label begins or ends with a space"});
    expectRefused(withLabel("jazz "), {where + "label begins or ends with a space"});
    expectRefused(withLabel("acid  jazz"), {where + "label has two spaces in a row"});
    expectRefusedText(
        "{\"format\": \"tagscope-vocabulary\", \"version\": 1, \"tags\": [{\"tag\": "
        "\"rock\", \"label\": \"r\xFFk\", \"group\": \"genre\"}]}",
        {"malformed JSON"});
}

TEST_F(VocabularyFiles, MergedEntriesAgreeOnSpellingAndGroup) {
    json doc = shipped();
    entry(doc, "female vocalist")["label"] = "Female Vocalists";
    expectRefused(doc, {"tags[31] (\"female vocalist\"): label \"Female Vocalists\" is spelt "
                        "\"female vocalists\" in tags[5]"});
    doc = shipped();
    entry(doc, "female vocalist")["group"] = "mood";
    expectRefused(doc, {"tags[31] (\"female vocalist\"): label \"female vocalists\" is in group "
                        "\"mood\" here but \"vocals\" in tags[5]"});
}

TEST_F(VocabularyFiles, DuplicateKeysSizeAndFileTypeAreChecked) {
    expectRefusedText("{\"format\": \"tagscope-vocabulary\", \"version\": 1, \"version\": 1}",
                      {"the key \"version\" appears twice in one object"});
    std::string big = test::readBytes(kShippedPath);
    big.insert(big.size() - 2, std::string(Vocabulary::kMaxFileBytes, ' '));
    expectRefusedText(big, {"is too large for a Tagscope vocabulary", "at most 262144"});
    expectRefusedText("", {"file is empty"});
    expectCleanError([&] { Vocabulary::load(dir_.path().string()); }, dir_.path().string(),
                     {"is a folder, not a file"});
    const std::string missing = dir_.file("missing.json");
    expectCleanError([&] { Vocabulary::load(missing); }, missing, {"file not found"});
}

}  // namespace
}  // namespace tagscope
