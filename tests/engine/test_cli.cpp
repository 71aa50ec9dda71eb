// tagscope-cli end to end: the real binary, its output formats, exit statuses and messages.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

extern char** environ;

namespace tagscope {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

using test::TempDir;

using test::CliRun;
using test::lines;
using test::readFile;
using test::runCli;
using test::split;

std::vector<std::string> referenceMelgrams() {
    return test::referenceMelgramPaths();
}

std::string stem(const std::string& path) {
    return fs::path(path).stem().string();
}

// Text output: the file, then "[('tag', '0.123'), ...]" lines, then a blank line.
struct TextBlock {
    std::string file;
    std::vector<std::pair<std::string, double>> tags;
};

std::vector<TextBlock> parseText(const std::string& out) {
    const std::regex pair(R"(\('([^']+)', '([0-9]\.[0-9]{3})'\))");
    std::vector<TextBlock> blocks;
    for (const std::string& line : lines(out)) {
        if (line.empty()) continue;
        if (!line.starts_with("[(")) {
            blocks.push_back({line, {}});
            continue;
        }
        if (blocks.empty()) {
            ADD_FAILURE() << "tag line before any file: " << line;
            continue;
        }
        for (auto it = std::sregex_iterator(line.begin(), line.end(), pair);
             it != std::sregex_iterator(); ++it)
            blocks.back().tags.emplace_back((*it)[1].str(), std::stod((*it)[2].str()));
    }
    return blocks;
}

// Text output of the four tracks against the original README's Result section.
void expectPrintedResults(const std::string& network, const CliRun& run) {
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_EQ(run.err, "");
    const auto printed = test::readPrintedResults().at(network);
    const std::vector<TextBlock> blocks = parseText(run.out);
    const std::vector<std::string> inputs = referenceMelgrams();
    ASSERT_EQ(blocks.size(), printed.size()) << run;
    ASSERT_EQ(blocks.size(), inputs.size());
    for (std::size_t t = 0; t < blocks.size(); ++t) {
        SCOPED_TRACE(network + " " + printed[t].file);
        EXPECT_EQ(blocks[t].file, inputs[t]);
        EXPECT_EQ(stem(blocks[t].file), stem(printed[t].file));
        ASSERT_EQ(blocks[t].tags.size(), 15u);
        std::map<std::string, double> ours(blocks[t].tags.begin(), blocks[t].tags.end());
        for (std::size_t k = 1; k < blocks[t].tags.size(); ++k)
            EXPECT_LE(blocks[t].tags[k].second, blocks[t].tags[k - 1].second) << "not sorted";
        for (const auto& [tag, value] : printed[t].tags) {
            ASSERT_TRUE(ours.count(tag)) << tag << " missing from the top 15";
            // Both sides are rounded to 3 decimals: allow one unit in the last place.
            EXPECT_NEAR(ours[tag], value, 0.001 + 1e-9) << tag;
        }
    }
}

std::vector<std::string> withInputs(std::vector<std::string> args,
                                    const std::vector<std::string>& inputs) {
    args.insert(args.end(), inputs.begin(), inputs.end());
    return args;
}

TEST(CliTag, BatchTextReproducesTheOriginalConvNet) {
    expectPrintedResults("cnn",
                         runCli(withInputs({"tag", "--norm", "batch"}, referenceMelgrams())));
}

TEST(CliTag, BatchTextReproducesTheOriginalRecurrentNet) {
    expectPrintedResults("rnn", runCli(withInputs({"tag", "--model", "rnn", "--norm", "batch"},
                                                  referenceMelgrams())));
}

TEST(CliTag, TopLimitsTheTextOutput) {
    const std::string input = referenceMelgrams()[3];
    const CliRun run = runCli({"tag", "--norm", "track", "--top", "7", input});
    ASSERT_EQ(run.status, 0) << run;
    const auto blocks = parseText(run.out);
    ASSERT_EQ(blocks.size(), 1u) << run;
    EXPECT_EQ(blocks[0].tags.size(), 7u);
    EXPECT_EQ(lines(run.out).size(), 4u) << run;  // file, 5 tags, 2 tags, blank line
}

// CSV and JSON of two tracks with both networks, each track alone ("track" normalisation).
class CliFormats : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const auto all = referenceMelgrams();
        inputs_ = new std::vector<std::string>{all[0], all[3]};
        const std::vector<std::string> common = {"tag", "--model", "both", "--norm", "track"};
        auto csvArgs = withInputs(common, *inputs_), jsonArgs = csvArgs;
        csvArgs.insert(csvArgs.begin() + 1, {"--format", "csv"});
        jsonArgs.insert(jsonArgs.begin() + 1, {"--format", "json"});
        csv_ = new CliRun(runCli(csvArgs));
        json_ = new CliRun(runCli(jsonArgs));
    }
    static void TearDownTestSuite() {
        delete inputs_;
        delete csv_;
        delete json_;
        inputs_ = nullptr;
        csv_ = json_ = nullptr;
    }

    static inline std::vector<std::string>* inputs_ = nullptr;
    static inline CliRun* csv_ = nullptr;
    static inline CliRun* json_ = nullptr;
};

TEST_F(CliFormats, CsvHasHeaderAndOneRowPerFileAndModel) {
    ASSERT_EQ(csv_->status, 0) << *csv_;
    EXPECT_EQ(csv_->err, "");
    const auto rows = lines(csv_->out);
    ASSERT_EQ(rows.size(), 5u) << *csv_;

    const auto expected = test::readExpectedProbabilities();
    ASSERT_EQ(expected.tags.size(), 50u);
    std::string header = "file,model";
    for (const std::string& tag : expected.tags) header += "," + tag;
    EXPECT_EQ(rows[0], header);

    const std::regex sixDecimals(R"([01]\.[0-9]{6})");
    const std::size_t trackIndex[] = {0, 3};  // the inputs' places in the reference order
    std::size_t row = 1;
    for (std::size_t i = 0; i < inputs_->size(); ++i)
        for (const char* model : {"cnn", "rnn"}) {
            const auto fields = split(rows[row++], ',');
            ASSERT_EQ(fields.size(), 52u) << rows[row - 1];
            EXPECT_EQ(fields[0], (*inputs_)[i]);
            EXPECT_EQ(fields[1], model);
            const auto& reference =
                expected.values.at(std::string(model) + "_tensorflow").at("track")[trackIndex[i]];
            for (std::size_t k = 0; k < 50; ++k) {
                EXPECT_TRUE(std::regex_match(fields[k + 2], sixDecimals)) << fields[k + 2];
                EXPECT_NEAR(std::stod(fields[k + 2]), reference[k], 1e-5)
                    << model << " " << expected.tags[k];
            }
        }
}

TEST_F(CliFormats, JsonHasEveryFieldAndTheCsvValues) {
    ASSERT_EQ(json_->status, 0) << *json_;
    EXPECT_EQ(json_->err, "");
    const json doc = json::parse(json_->out);
    ASSERT_TRUE(doc.is_array());
    ASSERT_EQ(doc.size(), 4u);

    const auto rows = lines(csv_->out);
    ASSERT_EQ(rows.size(), 5u);
    const auto header = split(rows[0], ',');
    for (std::size_t r = 0; r < doc.size(); ++r) {
        const json& entry = doc[r];
        const auto fields = split(rows[r + 1], ',');
        ASSERT_EQ(fields.size(), 52u);
        EXPECT_EQ(entry.at("file").get<std::string>(), fields[0]);
        EXPECT_EQ(entry.at("model").get<std::string>(), fields[1]);
        EXPECT_EQ(entry.at("norm").get<std::string>(), "track");
        EXPECT_EQ(fs::path(entry.at("weights").get<std::string>()).filename().string(),
                  fields[1] + "_weights_tensorflow.hdf5");
        const json& p = entry.at("probabilities");
        ASSERT_TRUE(p.is_object());
        ASSERT_EQ(p.size(), 50u);
        for (std::size_t k = 0; k < 50; ++k) {
            ASSERT_TRUE(p.contains(header[k + 2])) << header[k + 2];
            EXPECT_NEAR(p.at(header[k + 2]).get<double>(), std::stod(fields[k + 2]), 5e-7)
                << fields[0] << " " << fields[1] << " " << header[k + 2];
        }
    }
}

TEST(CliOutput, WritesTheFileAndNothingOnStdout) {
    const TempDir dir;
    const std::string path = dir.file("tags.csv");
    const CliRun run =
        runCli({"tag", "--norm", "track", "--format", "csv", "-o", path, referenceMelgrams()[1]});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "");
    const auto rows = lines(readFile(path));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_TRUE(rows[0].starts_with("file,model,rock,pop,")) << rows[0];
    EXPECT_TRUE(rows[1].starts_with(referenceMelgrams()[1] + ",cnn,")) << rows[1];
}

TEST(CliOutput, MissingOutputFolderIsASetupError) {
    const TempDir dir;
    const std::string path = dir.file("no-such-folder/tags.txt");
    const CliRun run = runCli({"tag", "--norm", "track", "-o", path, referenceMelgrams()[1]});
    EXPECT_EQ(run.status, 2) << run;
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find(path), std::string::npos) << run;
    EXPECT_FALSE(fs::exists(path));
}

class CliFailures : public ::testing::Test {
protected:
    void SetUp() override {
        good_ = referenceMelgrams()[2];
        missing_ = dir_.file("missing.npy");
        bad_ = dir_.file("bad.npy");
        std::ofstream(bad_) << "not a numpy file\n";
    }

    TempDir dir_;
    std::string good_, missing_, bad_;
};

TEST_F(CliFailures, GoodInputStillTaggedAndEachFailureNamed) {
    const CliRun run = runCli({"tag", "--norm", "track", good_, missing_, bad_});
    EXPECT_EQ(run.status, 1) << run;
    const auto blocks = parseText(run.out);
    ASSERT_EQ(blocks.size(), 1u) << run;
    EXPECT_EQ(blocks[0].file, good_);
    EXPECT_EQ(blocks[0].tags.size(), 15u);
    const auto errors = lines(run.err);
    ASSERT_EQ(errors.size(), 2u) << run;
    for (const std::string& failed : {missing_, bad_})
        EXPECT_EQ(std::count_if(errors.begin(), errors.end(),
                                [&](const std::string& line) {
                                    return line.find(failed) != std::string::npos;
                                }),
                  1)
            << failed << " not named on exactly one line:\n"
            << run.err;
}

TEST_F(CliFailures, JsonListsFailuresWithTheirErrors) {
    const CliRun run =
        runCli({"tag", "--norm", "track", "--format", "json", missing_, good_, bad_});
    EXPECT_EQ(run.status, 1) << run;
    const json doc = json::parse(run.out);
    ASSERT_TRUE(doc.is_array());
    std::set<std::string> failed;
    int tagged = 0;
    for (const json& entry : doc) {
        if (entry.contains("error")) {
            EXPECT_EQ(entry.size(), 2u) << entry.dump();
            const std::string file = entry.at("file").get<std::string>();
            EXPECT_NE(entry.at("error").get<std::string>().find(file), std::string::npos)
                << entry.dump();
            failed.insert(file);
        } else {
            EXPECT_EQ(entry.at("file").get<std::string>(), good_);
            EXPECT_EQ(entry.at("probabilities").size(), 50u);
            ++tagged;
        }
    }
    EXPECT_EQ(tagged, 1);
    EXPECT_EQ(failed, (std::set<std::string>{missing_, bad_}));
}

TEST(CliUsage, ErrorsExitWithStatus2) {
    const std::string input = referenceMelgrams()[0];
    const std::vector<std::vector<std::string>> cases = {
        {},
        {"frobnicate"},
        {"tag", "--bogus", input},
        {"tag", "--top", "0", input},
        {"tag", "--top", "51", input},
        {"tag", "--model", "xyz", input},
        {"tag", "--norm", "xyz", input},
        {"tag", "--format", "xml", input},
        {"tag", "--model"},
        {"tag"},
        {"calibrate", input},
    };
    for (const auto& args : cases) {
        std::string joined;
        for (const auto& a : args) joined += " " + a;
        SCOPED_TRACE("tagscope-cli" + joined);
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, 2) << run;
        EXPECT_EQ(run.out, "");
        EXPECT_NE(run.err.find("tagscope-cli: "), std::string::npos) << run;
        EXPECT_NE(run.err.find("--help"), std::string::npos) << run;
    }
}

TEST(CliUsage, HelpAndVersion) {
    for (const char* flag : {"--help", "-h"}) {
        const CliRun help = runCli({flag});
        EXPECT_EQ(help.status, 0) << help;
        EXPECT_TRUE(help.out.starts_with("Usage:")) << help;
        EXPECT_NE(help.out.find("tagscope-cli tag"), std::string::npos);
        EXPECT_EQ(help.err, "");
    }
    const CliRun version = runCli({"--version"});
    EXPECT_EQ(version.status, 0) << version;
    EXPECT_TRUE(
        std::regex_match(version.out, std::regex("tagscope-cli [0-9]+\\.[0-9]+\\.[0-9]+\n")))
        << version;
    EXPECT_EQ(version.err, "");
}

TEST(CliSetup, MissingWeightFileIsNamed) {
    const TempDir emptyModels;
    const std::string weights = "/nonexistent/file.hdf5";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"tag", "--weights", weights, referenceMelgrams()[0]},
          std::vector<std::string>{"tag", "--model", "rnn", "-w", weights, referenceMelgrams()[0]},
          std::vector<std::string>{"calibrate", "-w", weights, "-o", emptyModels.file("c.json"),
                                   referenceMelgrams()[0]}}) {
        const CliRun run = runCli(args, {{"TAGSCOPE_MODELS_DIR", emptyModels.file("")}});
        EXPECT_EQ(run.status, 2) << run;
        EXPECT_EQ(run.out, "");
        ASSERT_EQ(lines(run.err).size(), 1u) << run;
        EXPECT_NE(run.err.find(weights), std::string::npos) << run;
    }
}

TEST(CliSetup, WeightsOfTheOtherNetwork) {
    const std::string rnn = test::modelPath("rnn_weights_tensorflow.hdf5");
    const CliRun run = runCli(
        {"tag", "--model", "cnn", "--weights", rnn, "--norm", "track", referenceMelgrams()[0]});
    EXPECT_EQ(run.status, 2) << run;
    EXPECT_EQ(run.out, "");
    ASSERT_EQ(lines(run.err).size(), 1u) << run;  // one clear line, no HDF5 diagnostics
    EXPECT_NE(run.err.find(rnn), std::string::npos) << run;
    EXPECT_NE(run.err.find("RecurrentNet"), std::string::npos) << run;
}

TEST(CliSetup, BrokenWeightFileGivesOneLine) {
    const TempDir dir;
    const std::string weights = dir.file("broken.hdf5");
    std::ofstream(weights) << "\x89HDF\r\n\x1a\n but not really";
    const CliRun run = runCli({"tag", "--weights", weights, referenceMelgrams()[0]});
    EXPECT_EQ(run.status, 2) << run;
    ASSERT_EQ(lines(run.err).size(), 1u) << run;
    EXPECT_NE(run.err.find(weights), std::string::npos) << run;
}

TEST(CliCalibrate, CalibrationReproducesTheBatchResultForOneTrackAlone) {
    const TempDir dir;
    const std::string calibration = dir.file("four-tracks.calibration.json");
    const auto inputs = referenceMelgrams();
    const CliRun made =
        runCli(withInputs({"calibrate", "--model", "cnn", "-o", calibration}, inputs));
    ASSERT_EQ(made.status, 0) << made;
    EXPECT_EQ(made.out, "");
    EXPECT_EQ(made.err, "");
    ASSERT_TRUE(fs::is_regular_file(calibration));

    const CliRun run = runCli({"tag", "--calibration", calibration, "--format", "json", inputs[3]});
    ASSERT_EQ(run.status, 0) << run;
    const json doc = json::parse(run.out);
    ASSERT_EQ(doc.size(), 1u);
    EXPECT_EQ(doc[0].at("norm").get<std::string>(), "calibrated");
    const json& p = doc[0].at("probabilities");
    const auto printed = test::readPrintedResults().at("cnn");
    ASSERT_EQ(printed.size(), 4u);
    ASSERT_EQ(stem(printed[3].file), stem(inputs[3]));
    for (const auto& [tag, value] : printed[3].tags)
        EXPECT_NEAR(p.at(tag).get<double>(), value, 0.0006) << tag;

    // The same calibration does not fit other weights.
    const CliRun other =
        runCli({"tag", "--weights", "theano", "--calibration", calibration, inputs[3]});
    EXPECT_EQ(other.status, 2) << other;
    ASSERT_EQ(lines(other.err).size(), 1u) << other;
    EXPECT_NE(other.err.find(calibration), std::string::npos) << other;
}

}  // namespace
}  // namespace tagscope
