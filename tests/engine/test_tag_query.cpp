// Tag queries: precedence, quotes and bare multi-word labels, comparisons, bare labels as the
// track's decided tags, one-line errors with the position, deep nesting refused without
// recursion, and 10,000 tracks filtered well within the issue's 100 ms.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/tag_query.h"
#include "engine/decisions/vocabulary.h"
#include "engine/error.h"
#include "engine/tags.h"

namespace tagscope {
namespace {

const Vocabulary& shipped() {
    static const Vocabulary v =
        Vocabulary::load(std::string(TAGSCOPE_TEST_BUILD_DATA_DIR) + "/vocabulary.json");
    return v;
}

// 50 probabilities: the named raw tags as given, every other one 0.01.
std::vector<float> probabilities(const std::map<std::string_view, float>& named) {
    std::vector<float> p(kTagCount, 0.01f);
    for (const auto& [name, value] : named)
        p[std::size_t(std::find(tagNames().begin(), tagNames().end(), name) - tagNames().begin())] =
            value;
    return p;
}

bool matches(std::string_view query, const std::map<std::string_view, float>& track,
             const Thresholds& thresholds = {}) {
    return TagQuery::parse(query, shipped())
        .matches(TagDecider(shipped(), thresholds).score(probabilities(track)));
}

std::string errorOf(std::string_view query) {
    try {
        TagQuery::parse(query, shipped());
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

// ---------------------------------------------------------------- meaning

TEST(TagQueryParsing, AndBindsTighterThanOrAndNotTighterThanBoth) {
    for (int bits = 0; bits < 8; ++bits) {
        const bool a = bits & 1, b = bits & 2, c = bits & 4;
        const std::map<std::string_view, float> track = {
            {"jazz", a ? 0.9f : 0.0f}, {"rock", b ? 0.9f : 0.0f}, {"blues", c ? 0.9f : 0.0f}};
        SCOPED_TRACE(bits);
        EXPECT_EQ(matches("jazz or rock and blues", track), a || (b && c));
        EXPECT_EQ(matches("jazz and rock or blues", track), (a && b) || c);
        EXPECT_EQ(matches("(jazz or rock) and blues", track), (a || b) && c);
        EXPECT_EQ(matches("not jazz and rock", track), !a && b);
        EXPECT_EQ(matches("not (jazz and rock)", track), !(a && b));
        EXPECT_EQ(matches("not jazz or not rock and blues", track), !a || (!b && c));
        EXPECT_EQ(matches("not not jazz", track), a);
        EXPECT_EQ(matches("((jazz))", track), a);
        EXPECT_EQ(matches("jazz and rock and blues", track), a && b && c);
        EXPECT_EQ(matches("jazz or rock or blues", track), a || b || c);
        EXPECT_EQ(matches("JAZZ AND NOT Rock Or BLUES", track), (a && !b) || c);
    }
}

TEST(TagQueryParsing, ABareLabelMeansDecidedAtTheCurrentThresholds) {
    EXPECT_TRUE(matches("jazz", {{"jazz", 0.1f}}));
    EXPECT_FALSE(matches("jazz", {{"jazz", 0.09f}}));
    Thresholds t;
    t.perLabel = {{"jazz", 0.5}};
    EXPECT_FALSE(matches("jazz", {{"jazz", 0.4f}}, t));
    EXPECT_TRUE(matches("rock", {{"jazz", 0.4f}, {"rock", 0.2f}}, t));
    // The top-N cap too: a bare label is in the track's tags exactly when it matches.
    t.topN = 1;
    EXPECT_TRUE(matches("rock", {{"rock", 0.3f}, {"blues", 0.2f}}, t));
    EXPECT_FALSE(matches("blues", {{"rock", 0.3f}, {"blues", 0.2f}}, t));
    EXPECT_TRUE(matches("blues > 0.1", {{"rock", 0.3f}, {"blues", 0.2f}}, t));
}

TEST(TagQueryParsing, ComparisonsUseTheLabelsProbability) {
    const std::map<std::string_view, float> track = {{"jazz", 0.5f}, {"rock", 0.2f}};
    EXPECT_TRUE(matches("jazz > 0.4", track));
    EXPECT_FALSE(matches("jazz > 0.5", track));
    EXPECT_TRUE(matches("jazz >= 0.5", track));
    EXPECT_TRUE(matches("jazz<0.6", track));
    EXPECT_FALSE(matches("jazz < 0.5", track));
    EXPECT_TRUE(matches("jazz <= 0.5", track));
    EXPECT_TRUE(matches("jazz = 0.5", track));
    EXPECT_TRUE(matches("jazz=.5", track));
    EXPECT_TRUE(matches("jazz > 5e-1 or rock >= 0.2", track));
    EXPECT_TRUE(matches("jazz > 0.5 or not rock < 0.2", track));
    EXPECT_TRUE(matches("jazz > 0.3 and not rock", {{"jazz", 0.5f}, {"rock", 0.05f}}));
    EXPECT_FALSE(matches("jazz > 0.3 and not rock", {{"jazz", 0.5f}, {"rock", 0.15f}}));
    // '=' is equality at the 6 decimals the reports print.
    EXPECT_TRUE(matches("jazz = 0.123457", {{"jazz", 0.1234566f}}));
    EXPECT_FALSE(matches("jazz = 0.123456", {{"jazz", 0.1234566f}}));
    EXPECT_TRUE(matches("jazz >= 0 and jazz <= 1", track));
    // A merged label compares its largest member.
    EXPECT_TRUE(matches("\"female vocalists\" > 0.5",
                        {{"female vocalist", 0.6f}, {"female vocalists", 0.1f}}));
}

TEST(TagQueryParsing, MultiWordLabelsQuotedOrBare) {
    const std::map<std::string_view, float> track = {{"female vocalists", 0.5f},
                                                     {"indie rock", 0.3f}};
    for (const char* query :
         {"\"female vocalists\"", "'female vocalists'", "female vocalists", "Female  Vocalists",
          "\" female\tvocalists \"", "female vocalists > 0.4", "(female vocalists)",
          "not jazz and female vocalists", "female vocalists and indie rock"})
        EXPECT_TRUE(matches(query, track)) << query;
    // Consecutive words name the longest label they begin with: "indie rock", not "indie".
    EXPECT_TRUE(matches("indie rock", {{"indie rock", 0.3f}}));
    EXPECT_FALSE(matches("indie rock", {{"indie", 0.3f}}));
    EXPECT_TRUE(matches("indie", {{"indie", 0.3f}}));
    EXPECT_TRUE(
        matches("hip-hop and r&b and 00s and easy listening",
                {{"Hip-Hop", 0.3f}, {"rnb", 0.3f}, {"00s", 0.3f}, {"easy listening", 0.3f}}));
    EXPECT_TRUE(matches("00s > 0.2", {{"00s", 0.3f}}));
}

TEST(TagQueryParsing, TheDocumentedExamplesParse) {
    for (const char* query :
         {"jazz > 0.5 and not rock", "female vocalists and (soul or r&b) and not 80s",
          "(chill or mellow or chillout) and instrumental >= 0.2", "\"hip-hop\" or house > 0.3",
          "not (rock or metal or punk) and 70s"})
        EXPECT_NO_THROW(TagQuery::parse(query, shipped())) << query;
    EXPECT_TRUE(matches("female vocalists and (soul or r&b) and not 80s",
                        {{"female vocalist", 0.4f}, {"rnb", 0.2f}}));
}

// ---------------------------------------------------------------- errors

TEST(TagQueryErrors, AreOneLineWithThePosition) {
    EXPECT_EQ(errorOf("jazzz"), "tag query: unknown label 'jazzz' at 1; did you mean 'jazz'?");
    EXPECT_EQ(errorOf("rock and jazzz"),
              "tag query: unknown label 'jazzz' at 10; did you mean 'jazz'?");
    EXPECT_EQ(errorOf("femal vocalists"),
              "tag query: unknown label 'femal vocalists' at 1; did you mean 'female vocalists'?");
    EXPECT_EQ(errorOf("'female vocalist'"),
              "tag query: unknown label 'female vocalist' at 1; did you mean 'female vocalists'?");
    EXPECT_EQ(errorOf("symphonic metal"), "tag query: unknown label 'symphonic metal' at 1");
    EXPECT_EQ(errorOf("jazz rock"), "tag query: expected 'and', 'or' or ')' at 6, found 'rock'");
    EXPECT_EQ(errorOf("jazz and"), "tag query: expected a label, 'not' or '(' at 9, found the end");
    EXPECT_EQ(errorOf("not"), "tag query: expected a label, 'not' or '(' at 4, found the end");
    EXPECT_EQ(errorOf("and jazz"), "tag query: expected a label, 'not' or '(' at 1, found 'and'");
    EXPECT_EQ(errorOf("> 0.5"), "tag query: expected a label, 'not' or '(' at 1, found '>'");
    EXPECT_EQ(errorOf("jazz ()"), "tag query: expected 'and', 'or' or ')' at 6, found '('");
    EXPECT_EQ(errorOf("(jazz or rock"), "tag query: '(' at 1 is never closed");
    EXPECT_EQ(errorOf("jazz)"), "tag query: unmatched ')' at 5");
    EXPECT_EQ(errorOf("()"), "tag query: expected a label, 'not' or '(' at 2, found ')'");
    EXPECT_EQ(errorOf("jazz > 1.5"), "tag query: 1.5 at 8 is not a probability (0 to 1)");
    EXPECT_EQ(errorOf("jazz > -0.1"), "tag query: -0.1 at 8 is not a probability (0 to 1)");
    EXPECT_EQ(errorOf("jazz > nan"), "tag query: nan at 8 is not a probability (0 to 1)");
    EXPECT_EQ(errorOf("jazz >"),
              "tag query: expected a number from 0 to 1 after '>' at 7, found the end");
    EXPECT_EQ(errorOf("jazz >= 50%"),
              "tag query: expected a number from 0 to 1 after '>=' at 9, found '50%'");
    EXPECT_EQ(errorOf("jazz > rock"),
              "tag query: expected a number from 0 to 1 after '>' at 8, found 'rock'");
    EXPECT_EQ(errorOf("jazz => 0.5"),
              "tag query: expected a number from 0 to 1 after '=' at 7, found '>'");
    EXPECT_EQ(errorOf("jazz > 0.5 > 0.2"),
              "tag query: expected 'and', 'or' or ')' at 12, found '>'");
    EXPECT_EQ(errorOf("(jazz) > 0.5"), "tag query: expected 'and', 'or' or ')' at 8, found '>'");
    EXPECT_EQ(errorOf("jazz 'rock'"), "tag query: expected 'and', 'or' or ')' at 6, found 'rock'");
    EXPECT_EQ(errorOf("jazz \"rock\""),
              "tag query: expected 'and', 'or' or ')' at 6, found \"rock\"");
    EXPECT_EQ(errorOf("\"female vocalists"), "tag query: unclosed quote \" at 1");
    EXPECT_EQ(errorOf("jazz or 'rock"), "tag query: unclosed quote ' at 9");
    EXPECT_EQ(errorOf("\"  \""), "tag query: empty label at 1");
    EXPECT_EQ(errorOf(""), "tag query: empty query");
    EXPECT_EQ(errorOf(" \t\n"), "tag query: empty query");
    // Positions count characters, not bytes; a query box gets them as numbers too.
    try {
        TagQuery::parse("rock and\n \xC3\xA9 jazz", shipped());
        FAIL() << "no error";
    } catch (const TagQueryError& e) {
        EXPECT_EQ(e.position(), 11u);
        EXPECT_STREQ(e.what(), "tag query: unknown label '\xC3\xA9 jazz' at 11");
    }
    try {
        TagQuery::parse("jazz and (rock", shipped());
        FAIL() << "no error";
    } catch (const TagQueryError& e) {
        EXPECT_EQ(e.position(), 10u);
    }
    EXPECT_EQ(errorOf("\"caf\xC3\xA9\" or jazzz"), "tag query: unknown label 'caf\xC3\xA9' at 1");
    EXPECT_EQ(errorOf("'\xC3\xA9t\xC3\xA9' and"),
              "tag query: unknown label '\xC3\xA9t\xC3\xA9' at 1");
    EXPECT_EQ(errorOf("jazz or \xC3\xA9 and jazzz"), "tag query: unknown label '\xC3\xA9' at 9");
}

// ---------------------------------------------------------------- hostile queries

TEST(TagQueryNesting, IsLimitedWithoutRecursion) {
    const std::string deepest =
        std::string(TagQuery::kMaxNesting, '(') + "jazz" + std::string(TagQuery::kMaxNesting, ')');
    EXPECT_TRUE(matches(deepest, {{"jazz", 0.5f}}));
    EXPECT_EQ(errorOf("(" + deepest + ")"),
              "tag query: nested too deeply at 101 (at most 100 levels of parentheses)");
    EXPECT_EQ(errorOf(std::string(100'000, '(')),
              "tag query: nested too deeply at 101 (at most 100 levels of parentheses)");
    // The deepest evaluation: two pending operands on every level.
    std::string widest;
    for (int level = 0; level < TagQuery::kMaxNesting; ++level) widest += "jazz or rock and (";
    widest += "jazz or rock and blues" + std::string(TagQuery::kMaxNesting, ')');
    EXPECT_TRUE(matches(widest, {{"jazz", 0.5f}}));
    EXPECT_TRUE(matches(widest, {{"rock", 0.5f}, {"blues", 0.5f}}));
    EXPECT_FALSE(matches(widest, {{"rock", 0.5f}}));
}

TEST(TagQueryNesting, LongChainsNeedNoStack) {
    std::string nots;
    for (int k = 0; k < 100'000; ++k) nots += "not ";
    EXPECT_TRUE(matches(nots + "jazz", {{"jazz", 0.5f}}));
    EXPECT_FALSE(matches("not " + nots + "jazz", {{"jazz", 0.5f}}));
    std::string ors = "jazz";
    for (int k = 0; k < 10'000; ++k) ors += " or rock and not blues";
    EXPECT_TRUE(matches(ors, {{"rock", 0.5f}}));
    EXPECT_FALSE(matches(ors, {{"blues", 0.5f}}));
}

// ---------------------------------------------------------------- many tracks

TEST(TagQueryFiltering, TenThousandTracksWellWithinAHundredMilliseconds) {
    std::mt19937 random(11);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<std::vector<float>> tracks(10'000, std::vector<float>(kTagCount));
    for (auto& track : tracks)
        for (float& p : track) p = std::pow(uniform(random), 4.0f);
    const TagQuery query = TagQuery::parse("jazz > 0.5 and not rock", shipped());
    const TagDecider decider(shipped(), Thresholds{});

    const auto start = std::chrono::steady_clock::now();
    const std::vector<std::size_t> found = matchingTracks(query, tracks, decider);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_LT(elapsed, std::chrono::milliseconds(100));

    const std::size_t jazz = *shipped().find("jazz"), rock = *shipped().find("rock");
    std::vector<std::size_t> expected;
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const std::vector<float> p = shipped().labelProbabilities(tracks[k]);
        if (p[jazz] > 0.5f && !(p[rock] >= 0.1f)) expected.push_back(k);
    }
    EXPECT_EQ(found, expected);
    EXPECT_GT(found.size(), 100u);
}

TEST(TagQueryFiltering, RefusesADeciderOfAnotherVocabulary) {
    const TagQuery query = TagQuery::parse("jazz", shipped());
    std::string text = R"({"format": "tagscope-vocabulary", "version": 1, "tags": [)";
    for (std::size_t k = 0; k < kTagCount; ++k)
        text += std::string(k ? "," : "") + R"({"tag": ")" + std::string(tagNames()[k]) +
                R"(", "label": "all", "group": "genre"})";
    const Vocabulary oneLabel = Vocabulary::fromJson(text + "]}", "one.json");
    ASSERT_EQ(oneLabel.size(), 1u);
    const std::vector<std::vector<float>> tracks(3, std::vector<float>(kTagCount, 0.5f));
    EXPECT_THROW(matchingTracks(query, tracks, TagDecider(oneLabel, Thresholds{})), Error);
    EXPECT_EQ(matchingTracks(TagQuery::parse("ALL", oneLabel), tracks,
                             TagDecider(oneLabel, Thresholds{})),
              (std::vector<std::size_t>{0, 1, 2}));
}

}  // namespace
}  // namespace tagscope
