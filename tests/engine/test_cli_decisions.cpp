// tagscope-cli's tag decisions and playlists end to end: "tags" in JSON and CSV are the
// engine's decisions over the probabilities printed beside them; thresholds files and a
// vocabulary are honoured, bad ones refused as set-up errors; a playlist lists exactly the
// tracks its query matches.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/tag_query.h"
#include "engine/model_locator.h"
#include "engine/tags.h"
#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::CliRun;
using test::runCli;

std::vector<float> probabilitiesOf(const json& object) {
    std::vector<float> p;
    for (auto name : tagNames())
        p.push_back(object.at("probabilities").at(std::string(name)).get<float>());
    return p;
}

std::vector<std::string> labelsOf(const std::vector<DecidedTag>& tags) {
    std::vector<std::string> labels;
    for (const DecidedTag& t : tags) labels.push_back(t.name);
    return labels;
}

Vocabulary shippedVocabulary() {
    return Vocabulary::load(std::string(TAGSCOPE_TEST_BUILD_DATA_DIR) + "/vocabulary.json");
}

TEST(CliDecisions, JsonTagsAreTheDecisionsOverTheProbabilities) {
    std::vector<std::string> args = {"tag",  "--model",    "both",        "--format",
                                     "json", "--segments", "--threshold", "0.08"};
    for (const std::string& path : test::sampleTrackPaths()) args.push_back(path);
    const CliRun run = runCli(args);
    ASSERT_EQ(run.status, 0) << run;
    Thresholds thresholds;
    thresholds.globalDefault = 0.08;
    const TagDecider decider(shippedVocabulary(), thresholds);
    const json doc = json::parse(run.out);
    ASSERT_EQ(doc.size(), 8u);
    std::size_t tagged = 0;
    for (const json& object : doc) {
        // Decided on the exact probabilities; the printed ones (6 decimals) give the same
        // decisions here, as no probability sits within 5e-7 of the threshold.
        const auto labels = object.at("tags").get<std::vector<std::string>>();
        EXPECT_EQ(labels, labelsOf(decider.decide(probabilitiesOf(object)))) << object.at("file");
        tagged += !labels.empty();
        for (const json& segment : object.at("segments"))
            EXPECT_EQ(segment.at("tags").get<std::vector<std::string>>(),
                      labelsOf(decider.decide(probabilitiesOf(segment))));
    }
    EXPECT_EQ(tagged, 8u);
}

TEST(CliDecisions, CsvHasATagsColumnAndThresholdsFilesApply) {
    const test::TempDir dir;
    const std::string thresholds = dir.file("thresholds.json");
    std::ofstream(thresholds) << R"({"format": "tagscope-thresholds", "version": 1,
        "default": 0.05, "top_n": 2, "labels": {"jazz": 0.99}})";
    const std::string cute = test::sampleTrackPaths()[0];
    const CliRun run = runCli({"tag", "--format", "csv", "--thresholds", thresholds, cute});
    ASSERT_EQ(run.status, 0) << run;
    const std::vector<std::string> rows = test::lines(run.out);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_TRUE(rows[0].ends_with(",happy,tags")) << rows[0];
    const std::vector<std::string> fields = test::split(rows[1], ',');
    ASSERT_EQ(fields.size(), 53u);
    // jazz (the top tag, 0.39) is held back by its own threshold; two labels at most.
    const std::string tags = fields.back();
    EXPECT_EQ(tags.find("jazz"), std::string::npos) << tags;
    EXPECT_EQ(std::count(tags.begin(), tags.end(), ';'), 1) << tags;
    const CliRun json = runCli({"tag", "--format", "json", "--thresholds", thresholds, cute});
    const auto labels = json::parse(json.out)[0].at("tags").get<std::vector<std::string>>();
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels[0] + ";" + labels[1], tags);
}

TEST(CliDecisions, BadDecisionFilesAreSetUpErrors) {
    const test::TempDir dir;
    std::ofstream(dir.file("bad.json")) << R"({"format": "tagscope-thresholds", "version": 1,
        "default": 1.5})";
    std::ofstream(dir.file("vocab.json")) << "{}";
    const std::string npy = test::referenceMelgramPaths()[0];
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"tag", "--thresholds", dir.file("bad.json"), npy},
             {"tag", "--vocabulary", dir.file("vocab.json"), npy},
             {"playlist", "--query", "jazz", "--vocabulary", dir.file("vocab.json"), "-o",
              dir.file("p.m3u8"), npy}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, 2) << run;
        EXPECT_NE(run.err.find(".json"), std::string::npos) << run;
        EXPECT_EQ(test::lines(run.err).size(), 1u) << run;
    }
    const CliRun tooHigh = runCli({"tag", "--threshold", "1.5", npy});
    EXPECT_EQ(tooHigh.status, 2) << tooHigh;
}

TEST(CliPlaylist, ListsExactlyTheTracksTheQueryMatches) {
    const test::TempDir dir;
    const std::string query = "jazz or rock > 0.3";
    std::vector<std::string> tracks = test::sampleTrackPaths();
    std::vector<std::string> args = {"playlist", "--query", query, "-o", dir.file("p.m3u8")};
    args.insert(args.end(), tracks.begin(), tracks.end());
    const CliRun run = runCli(args);
    ASSERT_EQ(run.status, 0) << run;

    // The same query over the JSON the tag command prints for the same tracks.
    std::vector<std::string> tagArgs = {"tag", "--format", "json"};
    tagArgs.insert(tagArgs.end(), tracks.begin(), tracks.end());
    const json doc = json::parse(runCli(tagArgs).out);
    const TagDecider decider(shippedVocabulary(), Thresholds{});
    const TagQuery parsed = TagQuery::parse(query, decider.vocabulary());
    std::string expected = "#EXTM3U\n";
    std::size_t matching = 0;
    for (const json& object : doc)
        if (parsed.matches(decider.score(probabilitiesOf(object)))) {
            ++matching;
            expected += object.at("file").get<std::string>();
        }
    std::ifstream in(dir.file("p.m3u8"));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(text.starts_with("#EXTM3U\n")) << text;
    std::string paths = "#EXTM3U\n";
    std::size_t entries = 0;
    for (const std::string& line : test::lines(text))
        if (!line.starts_with("#")) {
            paths += line;
            ++entries;
        }
    EXPECT_EQ(paths, expected);
    EXPECT_GT(matching, 0u);
    EXPECT_LT(matching, tracks.size());  // the query does select
    EXPECT_NE(run.err.find(std::to_string(matching) + " of 4 tracks match"), std::string::npos);

    // Relative paths resolve from the playlist's folder.
    args.push_back("--relative");
    args[4] = dir.file("sub/p.m3u8");
    fs::create_directories(dir.path() / "sub");
    const CliRun relative = runCli(args);
    ASSERT_EQ(relative.status, 0) << relative;
    std::ifstream rel(dir.file("sub/p.m3u8"));
    for (std::string line; std::getline(rel, line);) {
        const bool comment = line.starts_with("#");
        EXPECT_TRUE(comment || fs::exists(dir.path() / "sub" / line)) << line;
    }
}

TEST(CliPlaylist, ABadQueryIsASetUpErrorWithItsPosition) {
    const test::TempDir dir;
    const CliRun run = runCli({"playlist", "--query", "jazz and (rock", "-o", dir.file("p.m3u8"),
                               test::referenceMelgramPaths()[0]});
    EXPECT_EQ(run.status, 2) << run;
    EXPECT_NE(run.err.find("tag query:"), std::string::npos) << run;
    EXPECT_FALSE(fs::exists(dir.file("p.m3u8")));
    const CliRun missing = runCli({"playlist", "-o", dir.file("p.m3u8"), "x.npy"});
    EXPECT_EQ(missing.status, 2) << missing;
}

}  // namespace
}  // namespace tagscope
