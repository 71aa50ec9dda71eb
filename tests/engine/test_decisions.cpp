// From probabilities to tags: thresholds (global, per label), the top-N cap, ties, the
// thresholds file (round trip, every malformed field refused naming it) and the per-label
// counts of the thresholds dialog. The default threshold is checked on the sample tracks.
#include <gtest/gtest.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <filesystem>
#include <limits>
#include <locale>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/thresholds.h"
#include "engine/decisions/vocabulary.h"
#include "engine/error.h"
#include "engine/tags.h"
#include "model_files.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
using nlohmann::json;
using test::expectCleanError;
using test::TempDir;

const Vocabulary& shipped() {
    static const Vocabulary v =
        Vocabulary::load(std::string(TAGSCOPE_TEST_BUILD_DATA_DIR) + "/vocabulary.json");
    return v;
}

// 50 probabilities: the named raw tags as given, every other one `rest`.
std::vector<float> probabilities(const std::map<std::string_view, float>& named,
                                 float rest = 0.01f) {
    std::vector<float> p(kTagCount, rest);
    for (const auto& [name, value] : named) {
        const auto it = std::find(tagNames().begin(), tagNames().end(), name);
        if (it == tagNames().end()) throw std::logic_error("no raw tag " + std::string(name));
        p[std::size_t(it - tagNames().begin())] = value;
    }
    return p;
}

std::vector<std::string> labels(const std::vector<DecidedTag>& tags) {
    std::vector<std::string> names;
    for (const DecidedTag& tag : tags) names.push_back(tag.name);
    return names;
}

using Names = std::vector<std::string>;

// ---------------------------------------------------------------- deciding

TEST(DecisionDefaults, AreAGlobalThresholdOfOneTenthAndNoCap) {
    const Thresholds t;
    EXPECT_EQ(t.globalDefault, 0.1);
    EXPECT_EQ(kDefaultThreshold, 0.1);
    EXPECT_EQ(t.topN, 0);
    EXPECT_TRUE(t.perLabel.empty());
}

TEST(Decisions, KeepLabelsAtOrAboveTheThresholdMostProbableFirst) {
    // 0.1f is just above 0.1, so it counts; the float below it does not.
    const auto p = probabilities({{"jazz", 0.7f},
                                  {"blues", 0.3f},
                                  {"instrumental", 0.1f},
                                  {"rock", std::nextafter(0.1f, 0.0f)},
                                  {"Mellow", 0.45f}});
    const std::vector<DecidedTag> tags = decide(p, shipped(), Thresholds{});
    EXPECT_EQ(labels(tags), (Names{"jazz", "mellow", "blues", "instrumental"}));
    EXPECT_EQ(tags[0].probability, 0.7f);
    EXPECT_EQ(tags[0].group, TagGroup::Genre);
    EXPECT_EQ(tags[0].label, *shipped().find("jazz"));
    EXPECT_EQ(tags[1].group, TagGroup::Mood);
    EXPECT_EQ(tags[3].group, TagGroup::Vocals);
    EXPECT_EQ(labels(decide(probabilities({}, 0.0f), shipped(), Thresholds{})), Names{});
}

TEST(Decisions, TheThresholdIsExactForFloatProbabilities) {
    Thresholds t;
    t.globalDefault = 0.25;  // a float exactly
    EXPECT_EQ(labels(decide(probabilities({{"jazz", 0.25f}}), shipped(), t)), Names{"jazz"});
    EXPECT_EQ(labels(decide(probabilities({{"jazz", std::nextafter(0.25f, 0.0f)}}), shipped(), t)),
              Names{});
    t.globalDefault = 0.7;  // not a float: 0.7f is below 0.7
    EXPECT_EQ(labels(decide(probabilities({{"jazz", 0.7f}}), shipped(), t)), Names{});
    EXPECT_EQ(labels(decide(probabilities({{"jazz", std::nextafter(0.7f, 1.0f)}}), shipped(), t)),
              Names{"jazz"});
    t.globalDefault = 0.0;  // everything, but never NaN
    auto p = probabilities({}, 0.0f);
    p[0] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_EQ(decide(p, shipped(), t).size(), 48u);
    t.globalDefault = 1.0;
    EXPECT_EQ(labels(decide(probabilities({{"jazz", 1.0f}}, 0.99f), shipped(), t)), Names{"jazz"});
    t.globalDefault = 0.0;  // -0 equals 0: vocabulary order
    t.topN = 3;
    EXPECT_EQ(labels(decide(probabilities({{"pop", -0.0f}}, 0.0f), shipped(), t)),
              (Names{"rock", "pop", "alternative"}));
}

TEST(Decisions, PerLabelThresholdsOverrideTheDefault) {
    Thresholds t;
    t.perLabel = {{"jazz", 0.5}, {"rock", 0.05}};
    const auto p = probabilities({{"jazz", 0.4f}, {"rock", 0.06f}, {"blues", 0.2f}});
    EXPECT_EQ(labels(decide(p, shipped(), t)), (Names{"blues", "rock"}));
    EXPECT_EQ(t.thresholdFor("jazz"), 0.5);
    EXPECT_EQ(t.thresholdFor("blues"), 0.1);
}

TEST(Decisions, MergedLabelsAppearOnceWithTheirLargestMember) {
    const auto p = probabilities({{"female vocalist", 0.3f}, {"female vocalists", 0.05f}});
    const std::vector<DecidedTag> tags = decide(p, shipped(), Thresholds{});
    ASSERT_EQ(labels(tags), Names{"female vocalists"});
    EXPECT_EQ(tags[0].probability, 0.3f);
    EXPECT_EQ(tags[0].group, TagGroup::Vocals);
}

TEST(Decisions, TiesFollowTheVocabularyOrder) {
    // Vocabulary order: rock, pop, ..., jazz, ..., happy.
    const auto p = probabilities({{"happy", 0.4f}, {"jazz", 0.4f}, {"rock", 0.4f}, {"pop", 0.5f}});
    EXPECT_EQ(labels(decide(p, shipped(), Thresholds{})), (Names{"pop", "rock", "jazz", "happy"}));
}

TEST(Decisions, TheTopNCapKeepsTheMostProbable) {
    Thresholds t;
    const auto p = probabilities({{"happy", 0.4f}, {"jazz", 0.4f}, {"rock", 0.2f}, {"pop", 0.5f}});
    t.topN = 2;
    EXPECT_EQ(labels(decide(p, shipped(), t)), (Names{"pop", "jazz"}));  // tie at the cap
    t.topN = 3;
    EXPECT_EQ(labels(decide(p, shipped(), t)), (Names{"pop", "jazz", "happy"}));
    t.topN = 4;
    EXPECT_EQ(decide(p, shipped(), t).size(), 4u);
    t.topN = 50;
    EXPECT_EQ(decide(p, shipped(), t).size(), 4u);
    t.topN = 1;
    t.globalDefault = 0.6;  // the cap never adds tags
    EXPECT_EQ(labels(decide(p, shipped(), t)), Names{});
}

TEST(Decisions, RefuseAnythingButFiftyProbabilities) {
    const TagDecider decider(shipped(), Thresholds{});
    for (std::size_t n : {0u, 49u, 51u, 100u})
        EXPECT_THROW(decider.decide(std::vector<float>(n, 0.5f)), Error) << n;
}

// The default threshold on the sample tracks (calibrated = the printed batch): each gets a few
// tags that a listener would name, strongest first.
TEST(DecisionDefaults, GiveTheSampleTracksAFewFittingTags) {
    const test::ExpectedProbabilities expected = test::readExpectedProbabilities();
    const TagDecider decider(shipped(), Thresholds{});
    std::map<std::string, std::vector<Names>> got;
    for (const char* model : {"cnn_tensorflow", "rnn_tensorflow"})
        for (const std::vector<double>& track : expected.values.at(model).at("batch")) {
            const std::vector<float> p(track.begin(), track.end());
            got[model].push_back(labels(decider.decide(p)));
        }
    // cute, actionable, dubstep, thejazzpiano
    const std::vector<Names> cnn = got["cnn_tensorflow"];
    EXPECT_EQ(cnn[0], (Names{"jazz", "instrumental", "folk", "guitar"}));
    EXPECT_EQ(cnn[1], (Names{"rock", "classic rock", "punk", "60s", "hard rock", "indie", "70s"}));
    EXPECT_EQ(cnn[2], (Names{"hip-hop", "rock"}));
    EXPECT_EQ(cnn[3], (Names{"jazz", "instrumental"}));
    const std::vector<Names> rnn = got["rnn_tensorflow"];
    EXPECT_EQ(rnn[2], (Names{"dance", "electronic", "pop", "house"}));
    EXPECT_EQ(rnn[3], Names{"jazz"});
    for (const auto& [model, tracks] : got)
        for (const Names& tags : tracks) {
            EXPECT_GE(tags.size(), 1u) << model;
            EXPECT_LE(tags.size(), 7u) << model;
        }
}

// ---------------------------------------------------------------- counts for the dialog

TEST(DecisionCounts, MatchDecidingEachTrack) {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<std::vector<float>> tracks(500, std::vector<float>(kTagCount));
    for (auto& track : tracks)
        for (float& p : track) p = std::pow(uniform(random), 3.0f);
    Thresholds t;
    t.perLabel = {{"jazz", 0.6}, {"female vocalists", 0.02}};
    for (int topN : {0, 1, 3}) {
        t.topN = topN;
        const TagDecider decider(shipped(), t);
        std::vector<std::size_t> expected(shipped().size(), 0);
        for (const auto& track : tracks)
            for (const DecidedTag& tag : decider.decide(track)) ++expected[tag.label];
        EXPECT_EQ(countPerLabel(tracks, decider), expected) << topN;
        EXPECT_EQ(countPerLabel(tracks, shipped(), t), expected) << topN;
    }
    EXPECT_EQ(countPerLabel({}, shipped(), t), std::vector<std::size_t>(shipped().size(), 0));
}

// ---------------------------------------------------------------- the thresholds file

class DecisionThresholdFiles : public ::testing::Test {
protected:
    static json valid() {
        return {{"format", "tagscope-thresholds"},
                {"version", 1},
                {"default", 0.2},
                {"top_n", 3},
                {"labels", {{"jazz", 0.3}, {"female vocalists", 0.15}}}};
    }
    void expectRefused(const json& doc, const std::vector<std::string>& reasons) {
        expectRefusedText(doc.dump(), reasons);
    }
    void expectRefusedText(const std::string& text, const std::vector<std::string>& reasons) {
        const std::string path = dir_.file("thresholds-" + std::to_string(++count_) + ".json");
        test::writeBytes(path, text);
        expectCleanError([&] { Thresholds::load(path, shipped()); }, path, reasons);
    }

    TempDir dir_;
    int count_ = 0;
};

TEST_F(DecisionThresholdFiles, LoadWhatTheySay) {
    const std::string path = dir_.file("t.json");
    test::writeBytes(path, valid().dump());
    const Thresholds t = Thresholds::load(path, shipped());
    EXPECT_EQ(t.globalDefault, 0.2);
    EXPECT_EQ(t.topN, 3);
    EXPECT_EQ(t.perLabel,
              (std::map<std::string, double>{{"female vocalists", 0.15}, {"jazz", 0.3}}));
    // Optional fields, and labels in any case (stored as the vocabulary spells them).
    const Thresholds minimal = Thresholds::fromJson(
        R"({"format": "tagscope-thresholds", "version": 1, "labels": {"JAZZ": 0.5, "Hip-Hop": 1}})",
        "m.json", shipped());
    EXPECT_EQ(minimal.globalDefault, kDefaultThreshold);
    EXPECT_EQ(minimal.topN, 0);
    EXPECT_EQ(minimal.perLabel, (std::map<std::string, double>{{"hip-hop", 1.0}, {"jazz", 0.5}}));
}

TEST_F(DecisionThresholdFiles, SaveExactTextAndLoadBackBitForBit) {
    Thresholds t;
    t.globalDefault = 1.0 / 3.0;
    t.topN = 5;
    t.perLabel = {{"jazz", 0.3}, {"r&b", 0.05}, {"female vocalists", 1e-7}};
    const std::string expected =
        "{\n"
        "  \"format\": \"tagscope-thresholds\",\n"
        "  \"version\": 1,\n"
        "  \"default\": 0.3333333333333333,\n"
        "  \"top_n\": 5,\n"
        "  \"labels\": {\n"
        "    \"female vocalists\": 1e-07,\n"
        "    \"jazz\": 0.3,\n"
        "    \"r&b\": 0.05\n"
        "  }\n"
        "}\n";
    EXPECT_EQ(t.toJson(), expected);
    // Numbers never follow the locale.
    if (std::setlocale(LC_ALL, "de_DE.UTF-8")) {
        std::locale::global(std::locale("de_DE.UTF-8"));
        EXPECT_EQ(t.toJson(), expected);
        std::locale::global(std::locale::classic());
        std::setlocale(LC_ALL, "C");
    }
    const std::string path = dir_.file("saved.json");
    t.save(path, shipped());
    EXPECT_EQ(test::readBytes(path), expected);
    const Thresholds back = Thresholds::load(path, shipped());
    EXPECT_EQ(back.globalDefault, t.globalDefault);
    EXPECT_EQ(back.perLabel, t.perLabel);
    EXPECT_EQ(back.topN, t.topN);
    EXPECT_EQ(Thresholds{}.toJson(),
              "{\n  \"format\": \"tagscope-thresholds\",\n  \"version\": 1,\n  \"default\": 0.1,\n"
              "  \"top_n\": 0,\n  \"labels\": {}\n}\n");
}

TEST_F(DecisionThresholdFiles, EveryMalformedFieldIsNamed) {
    json doc = valid();
    for (const json& bad : {json(1.5), json(-0.1), json("0.2"), json(nullptr)}) {
        doc["default"] = bad;
        expectRefused(doc, {"default is not a number from 0 to 1"});
    }
    doc = valid();
    for (const json& bad : {json(-1), json(51), json(2.5), json("3")}) {
        doc["top_n"] = bad;
        expectRefused(doc, {"top_n is not a whole number from 0 to 50"});
    }
    doc = valid();
    doc["labels"] = json::array();
    expectRefused(doc, {"labels is not an object"});
    doc["labels"] = {{"jazzz", 0.3}};
    expectRefused(doc, {"labels: unknown label \"jazzz\"; did you mean \"jazz\"?"});
    doc["labels"] = {{"female vocalist", 0.3}};
    expectRefused(doc, {"labels: unknown label \"female vocalist\"; did you mean \"female "
                        "vocalists\"?"});
    doc["labels"] = {{"jazz", 1.01}};
    expectRefused(doc, {"labels: \"jazz\" is not a number from 0 to 1"});
    doc["labels"] = {{"jazz", true}};
    expectRefused(doc, {"labels: \"jazz\" is not a number from 0 to 1"});
    doc["labels"] = {{"Jazz", 0.2}, {"jazz", 0.3}};
    expectRefused(doc, {"labels: \"jazz\" is given twice (labels are matched ignoring case)"});
    doc = valid();
    doc["treshold"] = 0.2;
    expectRefused(doc, {"unknown field \"treshold\""});
    expectRefusedText(
        R"({"format": "tagscope-thresholds", "version": 1, "labels": {"jazz": 0.1, "jazz": 0.2}})",
        {"the key \"jazz\" appears twice in one object"});
    expectRefusedText(R"({"format": "tagscope-thresholds", "version": 1, "default": 1e400})",
                      {"a number is out of range"});
    expectRefusedText(
        R"({"format": "tagscope-thresholds", "version": 1, "labels": {"jazz": [0.1]}})",
        {"nested too deeply"});
    expectRefusedText(R"({"version": 1})", {"not a Tagscope thresholds file (no \"format\""});
    expectRefusedText(R"({"format": "tagscope-thresholds", "version": 9})",
                      {"made by a newer Tagscope (format version 9)"});
    expectRefusedText("0.3", {"not a JSON object"});
    expectRefusedText("{", {"malformed JSON at byte"});
    expectRefusedText("", {"file is empty"});
    expectRefusedText(std::string(Thresholds::kMaxFileBytes + 1, ' '),
                      {"is too large for a Tagscope thresholds file"});
}

TEST_F(DecisionThresholdFiles, InvalidThresholdsAreNeitherSavedNorUsed) {
    Thresholds t;
    t.globalDefault = std::numeric_limits<double>::quiet_NaN();
    const std::string path = dir_.file("never.json");
    expectCleanError([&] { t.save(path, shipped()); }, path,
                     {"default is not a number from 0 to 1"});
    EXPECT_FALSE(std::filesystem::exists(path));
    expectCleanError([&] { TagDecider(shipped(), t); }, "thresholds", {"default"});
    t = Thresholds{};
    t.perLabel["jazzz"] = 0.2;
    expectCleanError([&] { decide(probabilities({}), shipped(), t); }, "thresholds",
                     {"labels: unknown label \"jazzz\"; did you mean \"jazz\"?"});
    t.perLabel = {{"jazz", 0.2}, {"JAZZ", 0.3}};
    expectCleanError([&] { TagDecider(shipped(), t); }, "thresholds", {"given twice"});
    t.perLabel = {{"jazz", std::numeric_limits<double>::infinity()}};
    expectCleanError([&] { TagDecider(shipped(), t); }, "thresholds",
                     {"labels: \"jazz\" is not a number from 0 to 1"});
    t.perLabel.clear();
    t.topN = -1;
    expectCleanError([&] { TagDecider(shipped(), t); }, "thresholds", {"top_n"});
}

}  // namespace
}  // namespace tagscope
