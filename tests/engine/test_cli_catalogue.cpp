// tagscope-cli tag in catalogue mode (docs/SCALING.md): manifests (comments, blank lines,
// CRLF, paths relative to the manifest's folder), --shard K/N giving every input to exactly
// one shard, --format jsonl (the objects of --format json, one per line, failures included)
// and resuming an output file, also one a killed run left with a torn last line; usage errors.
// Inputs are mel-spectrogram .npy files: no decoding, so many runs stay cheap.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "support/cli_run.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::CliRun;

std::string sampleNpy(const std::string& name) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/bensound-" + name + ".npy";
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<json> jsonlObjects(const std::string& text) {
    std::vector<json> objects;
    for (const std::string& line : test::lines(text))
        if (!line.empty()) objects.push_back(json::parse(line));
    return objects;
}

std::multiset<std::string> filesIn(const std::string& text) {
    std::multiset<std::string> files;
    for (const json& object : jsonlObjects(text))
        files.insert(object.at("file").get<std::string>());
    return files;
}

std::multiset<std::string> sortedLines(const std::string& text) {
    const std::vector<std::string> all = test::lines(text);
    return {all.begin(), all.end()};
}

class CliCatalogue : public ::testing::Test {
protected:
    // n copies of the sample melgrams under distinct names in music/.
    std::vector<std::string> makeFiles(int n) {
        const char* names[] = {"cute", "dubstep", "actionable", "thejazzpiano"};
        fs::create_directories(dir.path() / "music");
        std::vector<std::string> files;
        for (int k = 0; k < n; ++k) {
            files.push_back(dir.file("music/track-" + std::to_string(k) + ".npy"));
            fs::copy_file(sampleNpy(names[k % 4]), files.back());
        }
        return files;
    }
    std::string manifestOf(const std::vector<std::string>& files) {
        std::string text = "# catalogue\n";
        for (const std::string& f : files) text += f + "\n";
        writeText(dir.file("manifest.txt"), text);
        return dir.file("manifest.txt");
    }

    test::TempDir dir{"tagscope-catalogue"};
};

TEST_F(CliCatalogue, ManifestSkipsCommentsAndBlankLinesAndResolvesPathsFromItsFolder) {
    const std::vector<std::string> files = makeFiles(3);
    fs::create_directories(dir.path() / "lists");
    writeText(dir.file("lists/m.txt"),
              "# relative to lists/\n\n   \n  # indented comment\n../music/track-0.npy\r\n" +
                  files[1] + "\n../music/track-2.npy");  // CRLF, absolute, no final newline
    const CliRun run =
        test::runCli({"tag", "--manifest", dir.file("lists/m.txt"), "--format", "jsonl"});
    ASSERT_EQ(run.status, 0) << run;
    const std::string folder = dir.file("lists");
    EXPECT_EQ(filesIn(run.out),
              (std::multiset<std::string>{folder + "/../music/track-0.npy", files[1],
                                          folder + "/../music/track-2.npy"}));
}

TEST_F(CliCatalogue, ManifestAndPositionalInputsCombineEachFileOnce) {
    const std::vector<std::string> files = makeFiles(3);
    writeText(dir.file("m.txt"), files[0] + "\n" + files[1] + "\n");
    const CliRun run = test::runCli(
        {"tag", "--manifest", dir.file("m.txt"), "--format", "jsonl", files[1], files[2]});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_EQ(filesIn(run.out), (std::multiset<std::string>(files.begin(), files.end())));
}

TEST_F(CliCatalogue, ShardsPartitionTheCatalogueForOneToSevenShards) {
    std::vector<std::string> entries = makeFiles(9);
    entries.push_back(dir.file("music/missing.npy"));  // a failure is an entry too
    const std::string manifest = manifestOf(entries);
    const std::multiset<std::string> all(entries.begin(), entries.end());
    for (int n = 1; n <= 7; ++n) {
        std::multiset<std::string> seen;
        for (int k = 1; k <= n; ++k) {
            const std::string shard = std::to_string(k) + "/" + std::to_string(n);
            const CliRun run = test::runCli(
                {"tag", "--manifest", manifest, "--shard", shard, "--format", "jsonl"});
            const std::multiset<std::string> mine = filesIn(run.out);
            EXPECT_EQ(run.status, mine.contains(entries.back()) ? 1 : 0) << shard << run;
            // Round robin over the sorted list: sizes differ by at most one.
            const std::size_t size = mine.size();
            EXPECT_TRUE(size == entries.size() / n || size == (entries.size() + n - 1) / n)
                << shard << " has " << size;
            seen.insert(mine.begin(), mine.end());
        }
        EXPECT_EQ(seen, all) << "N = " << n;
    }
}

TEST_F(CliCatalogue, JsonlHoldsTheJsonObjectsOnePerLineFailuresIncluded) {
    std::vector<std::string> entries = makeFiles(4);
    writeText(dir.file("music/broken.npy"), "not a melgram");
    entries.push_back(dir.file("music/broken.npy"));
    const std::string manifest = manifestOf(entries);
    const CliRun lines = test::runCli({"tag", "--manifest", manifest, "--format", "jsonl",
                                       "--threshold", "0.1", "-o", dir.file("out.jsonl")});
    const CliRun array =
        test::runCli({"tag", "--manifest", manifest, "--format", "json", "--threshold", "0.1"});
    EXPECT_EQ(lines.status, 1) << lines;  // the broken file failed, the rest were tagged
    EXPECT_EQ(array.status, 1) << array;
    EXPECT_TRUE(lines.out.empty());
    const std::string text = test::readFile(dir.file("out.jsonl"));
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    std::vector<json> streamed = jsonlObjects(text), expected;
    for (const json& object : json::parse(array.out)) expected.push_back(object);
    auto byFile = [](const json& a, const json& b) { return a.at("file") < b.at("file"); };
    std::sort(streamed.begin(), streamed.end(), byFile);
    std::sort(expected.begin(), expected.end(), byFile);
    EXPECT_EQ(streamed, expected);
    ASSERT_EQ(streamed.size(), 5u);
    EXPECT_TRUE(streamed[0].contains("error")) << streamed[0];  // broken.npy sorts first
    EXPECT_TRUE(streamed[1].contains("tags"));
}

TEST_F(CliCatalogue, ResumeSkipsFilesInTheOutputAndRedoesATornLastLine) {
    const std::string manifest = manifestOf(makeFiles(5));
    const std::string full = dir.file("full.jsonl");
    ASSERT_EQ(test::runCli({"tag", "--manifest", manifest, "--format", "jsonl", "-o", full}).status,
              0);
    const std::vector<std::string> fullLines = test::lines(test::readFile(full));
    ASSERT_EQ(fullLines.size(), 5u);

    // A killed run: two whole lines and half of the third.
    const std::string resumed = dir.file("resumed.jsonl");
    writeText(resumed, fullLines[0] + "\n" + fullLines[1] + "\n" +
                           fullLines[2].substr(0, fullLines[2].size() / 2));
    const CliRun run =
        test::runCli({"tag", "--manifest", manifest, "--format", "jsonl", "-o", resumed});
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_NE(run.err.find("torn last line"), std::string::npos) << run;
    EXPECT_NE(run.err.find("2 inputs already in"), std::string::npos) << run;
    EXPECT_EQ(sortedLines(test::readFile(resumed)), sortedLines(test::readFile(full)));

    // What is in the output is not looked at again: a line of ours stays the only one.
    const std::string marked = dir.file("marked.jsonl");
    const std::string file = json::parse(fullLines[3]).at("file");
    const std::string marker = json{{"file", file}, {"error", "marker"}}.dump() + "\n";
    writeText(marked, marker);
    ASSERT_EQ(
        test::runCli({"tag", "--manifest", manifest, "--format", "jsonl", "-o", marked}).status, 0);
    const std::string text = test::readFile(marked);
    EXPECT_TRUE(text.starts_with(marker));
    EXPECT_EQ(filesIn(text).count(file), 1u);
    EXPECT_EQ(filesIn(text).size(), 5u);
}

// tagscope-cli with these arguments, started and left running.
pid_t startCli(const std::vector<std::string>& args) {
    std::vector<std::string> argv{TAGSCOPE_TEST_CLI};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (std::string& a : argv) pointers.push_back(a.data());
    pointers.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        std::freopen("/dev/null", "w", stderr);
        execv(pointers[0], pointers.data());
        _exit(127);
    }
    return pid;
}

TEST_F(CliCatalogue, LinesAreWrittenAsFilesFinishSoAKilledRunResumes) {
    std::vector<std::string> entries = makeFiles(3);
    // Sorted last, so with one job it is tagged after the others: 15 minutes take a while.
    entries.push_back(dir.file("music/zz-long.flac"));
    const std::string make = std::string(TAGSCOPE_TEST_FFMPEG) +
                             " -v error -y -f lavfi -i sine=frequency=440:sample_rate=44100:"
                             "duration=900 -c:a flac '" +
                             entries.back() + "'";
    ASSERT_EQ(std::system(make.c_str()), 0);
    const std::string manifest = manifestOf(entries);
    const std::string out = dir.file("out.jsonl");

    const pid_t pid =
        startCli({"tag", "--manifest", manifest, "--jobs", "1", "--format", "jsonl", "-o", out});
    ASSERT_GT(pid, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::size_t lines = 0;
    while (lines < 3 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const std::string text = test::readFile(out);
        lines = std::size_t(std::count(text.begin(), text.end(), '\n'));  // complete lines
    }
    int status = 0;
    const pid_t exited = waitpid(pid, &status, WNOHANG);
    kill(pid, SIGKILL);
    if (exited == 0) waitpid(pid, &status, 0);
    ASSERT_EQ(lines, 3u) << "the short files' lines were not written while the run went on";
    ASSERT_EQ(exited, 0) << "the run ended before its first lines were seen";

    const CliRun resumed =
        test::runCli({"tag", "--manifest", manifest, "--format", "jsonl", "-o", out});
    ASSERT_EQ(resumed.status, 0) << resumed;
    EXPECT_NE(resumed.err.find("3 inputs already in"), std::string::npos) << resumed;
    EXPECT_EQ(filesIn(test::readFile(out)),
              (std::multiset<std::string>(entries.begin(), entries.end())));
}

TEST_F(CliCatalogue, WithAStoreAWarmRunStreamsTheLinesOfTheColdRun) {
    const std::string manifest = manifestOf(makeFiles(4));
    const std::string store = dir.file("results.sqlite");
    std::vector<std::string> outputs;
    for (const char* name : {"cold.jsonl", "warm.jsonl"}) {
        outputs.push_back(dir.file(name));
        const CliRun run = test::runCli({"tag", "--manifest", manifest, "--store", store,
                                         "--format", "jsonl", "-o", outputs.back()});
        ASSERT_EQ(run.status, 0) << run;
    }
    EXPECT_EQ(sortedLines(test::readFile(outputs[0])).size(), 4u);
    EXPECT_EQ(sortedLines(test::readFile(outputs[0])), sortedLines(test::readFile(outputs[1])));
}

TEST_F(CliCatalogue, AnOutputWithAForeignLineIsNotResumed) {
    const std::string manifest = manifestOf(makeFiles(1));
    const std::string out = dir.file("out.jsonl");
    writeText(out, "name,score\nx,1\n");
    const CliRun run =
        test::runCli({"tag", "--manifest", manifest, "--format", "jsonl", "-o", out});
    EXPECT_EQ(run.status, 2) << run;
    EXPECT_NE(run.err.find("line 1 is not a result"), std::string::npos) << run;
    EXPECT_EQ(test::readFile(out), "name,score\nx,1\n");
}

TEST_F(CliCatalogue, UsageErrorsExitTwoNamingTheProblem) {
    const std::string manifest = manifestOf(makeFiles(1));
    writeText(dir.file("empty.txt"), "# nothing\n\n");
    const std::map<std::vector<std::string>, std::string> cases = {
        {{"tag", "--manifest", manifest, "--shard", "0/3"}, "--shard takes K/N"},
        {{"tag", "--manifest", manifest, "--shard", "4/3"}, "not '4/3'"},
        {{"tag", "--manifest", manifest, "--shard", "1/0"}, "--shard takes K/N"},
        {{"tag", "--manifest", manifest, "--shard", "2"}, "--shard takes K/N"},
        {{"tag", "--manifest", manifest, "--shard", "a/b"}, "--shard takes K/N"},
        {{"tag", "--manifest", dir.file("nope.txt")}, dir.file("nope.txt") + ": cannot be read"},
        {{"tag", "--manifest", dir.path().string()}, "is a folder"},
        {{"tag", "--manifest", dir.file("empty.txt")}, "lists no files"},
        {{"tag", "--manifest", manifest, "--format", "jsonl", "--norm", "batch"},
         "--format jsonl does not go with --norm batch"},
        {{"tag", "--manifest", manifest, "--shard", "1/2", "--norm", "batch"},
         "--shard does not go with --norm batch"},
        {{"playlist", "--query", "rock", "-o", dir.file("p.m3u8"), "--manifest", manifest},
         "unknown option '--manifest'"},
    };
    for (const auto& [args, message] : cases) {
        const CliRun run = test::runCli(args);
        EXPECT_EQ(run.status, 2) << args.back() << run;
        EXPECT_NE(run.err.find(message), std::string::npos) << message << run;
        EXPECT_TRUE(run.out.empty()) << run;
    }
}

}  // namespace
}  // namespace tagscope
