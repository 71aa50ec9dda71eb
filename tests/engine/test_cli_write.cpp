// tagscope-cli write and undo end to end: --dry-run previews and writes nothing; a write
// prints what it wrote and undo restores it, journaled in the store or in the user's data
// folder; bad inputs are named while the batch goes on (exit 1); usage errors exit 2.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <fstream>

#include "engine/tagwrite/tag_file_writer.h"
#include "support/cli_run.h"
#include "support/temp_dir.h"
#include "tag_fixtures.h"

namespace tagscope {
namespace {

using test::CliRun;
using test::runCli;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class CliWrite : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(test::makeTagFixture(mp3, true));
        ASSERT_TRUE(test::makeTagFixture(flac, false));
        before = loadTagFile(mp3).fields;
    }
    std::map<std::string, std::string> env() const { return {{"XDG_DATA_HOME", dir.file("data")}}; }

    test::TempDir dir{"tagscope-cli-write"};
    std::string mp3 = dir.file("a.mp3"), flac = dir.file("b.flac");
    FieldMap before;
};

TEST_F(CliWrite, DryRunPreviewsAndWritesNothing) {
    const std::string bytes = test::readFile(mp3);
    const CliRun run = runCli({"write", "--dry-run", "--threshold", "0.05", mp3, flac}, env());
    ASSERT_EQ(run.status, 0) << run;
    EXPECT_TRUE(contains(run.out, mp3 + "\n  GENRE    Piano → Piano; ")) << run.out;
    EXPECT_TRUE(contains(run.out, "  TAGSCOPE (none) → ")) << run.out;
    EXPECT_TRUE(contains(run.err, "dry run: 2 of 2 files would change; nothing written"))
        << run.err;
    EXPECT_EQ(test::readFile(mp3), bytes);
    EXPECT_FALSE(std::filesystem::exists(dir.file("data")));
}

TEST_F(CliWrite, WritesThenUndoesWithTheJournalFile) {
    const CliRun write =
        runCli({"write", "--mode", "replace", "--threshold", "0.05", mp3, flac}, env());
    ASSERT_EQ(write.status, 0) << write;
    EXPECT_TRUE(contains(write.out, mp3 + "\n  GENRE    Piano → ")) << write.out;
    EXPECT_TRUE(contains(write.err, "wrote 2 of 2 files to change (batch 1, journaled in " +
                                        dir.file("data/Tagscope/Tagscope/write-journal.json")))
        << write.err;
    EXPECT_NE(loadTagFile(mp3).fields, before);

    const CliRun undo = runCli({"undo"}, env());
    ASSERT_EQ(undo.status, 0) << undo;
    EXPECT_TRUE(contains(undo.out, "restored ")) << undo.out;
    EXPECT_TRUE(contains(undo.err, "undo of batch 1: 2 files restored")) << undo.err;
    EXPECT_EQ(loadTagFile(mp3).fields, before);
    const CliRun again = runCli({"undo"}, env());
    EXPECT_EQ(again.status, 0) << again;
    EXPECT_TRUE(contains(again.err, "nothing to undo")) << again.err;
}

TEST_F(CliWrite, WritesThenUndoesWithTheStore) {
    const std::string store = dir.file("results.db");
    const CliRun write = runCli({"write", "--store", store, mp3}, env());
    ASSERT_EQ(write.status, 0) << write;
    EXPECT_TRUE(contains(write.err, "undo: tagscope-cli undo --store " + store)) << write.err;
    // A second write finds the file unchanged in the store, analyses nothing, adds nothing.
    const CliRun second = runCli({"write", "--dry-run", "--store", store, mp3}, env());
    EXPECT_TRUE(contains(second.out, mp3 + ": nothing to change")) << second;
    const CliRun undo = runCli({"undo", "--store", store}, env());
    ASSERT_EQ(undo.status, 0) << undo;
    EXPECT_EQ(loadTagFile(mp3).fields, before);
    EXPECT_FALSE(std::filesystem::exists(dir.file("data")));
}

TEST_F(CliWrite, BadInputsAreNamedAndTheBatchGoesOn) {
    const std::string readOnly = dir.file("c.flac");
    std::filesystem::copy_file(flac, readOnly);
    ASSERT_EQ(::chmod(readOnly.c_str(), 0444), 0);
    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "words";
    const std::string fake = dir.file("fake.mp3");
    std::ofstream(fake) << "not an mp3 at all";
    const CliRun run = runCli({"write", text, fake, readOnly, mp3, dir.file("missing.ogg")}, env());
    EXPECT_EQ(run.status, 1) << run;
    EXPECT_TRUE(contains(run.err, text + ": tags cannot be written into this kind of file"))
        << run.err;
    EXPECT_TRUE(contains(run.err, fake + ": ")) << run.err;
    EXPECT_TRUE(contains(run.err, readOnly + ": is read-only; not replaced")) << run.err;
    EXPECT_TRUE(contains(run.err, dir.file("missing.ogg") + ": ")) << run.err;
    EXPECT_TRUE(contains(run.err, "wrote 1 of 1 file to change")) << run.err;  // refused early
    EXPECT_NE(loadTagFile(mp3).fields, before);
}

TEST(CliWriteUsage, MistakesAreUsageErrors) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"write", "--mode", "merge", "a.mp3"},
          {"write", "--model", "both", "a.mp3"},
          {"write", "--format", "csv", "a.mp3"},
          {"write"},
          {"undo", "a.mp3"},
          {"undo", "--threshold", "0.2"}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, 2) << run;
    }
    const CliRun help = runCli({"--help"});
    EXPECT_TRUE(contains(help.out, "tagscope-cli write [--dry-run]")) << help.out;
    EXPECT_TRUE(contains(help.out, "tagscope-cli undo [--store FILE]")) << help.out;
}

}  // namespace
}  // namespace tagscope
