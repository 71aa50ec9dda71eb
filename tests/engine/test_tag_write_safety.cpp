// What keeps a tag write from harming a file: a crash before the replace (a child killed with
// SIGKILL) leaves the original and no temporary file; read-only files and a full disk fail
// with a message naming the file and leave it untouched; files changed since their analysis,
// or fields changed since the preview, are refused; undo never overrides someone else's edit;
// the journal in the store and in a file, and the store's identity of rewritten files.
#include <fcntl.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <tuple>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/store/result_store.h"
#include "engine/tagwrite/tag_file_writer.h"
#include "engine/tagwrite/tag_write_session.h"
#include "support/cli_run.h"
#include "support/temp_dir.h"
#include "tag_fixtures.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

const FieldMap kFields = {{TagField::Genre, {"jazz"}}, {TagField::Tagscope, {"jazz=0.91"}}};

std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string expectError(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    ADD_FAILURE() << "no error";
    return {};
}

SessionConfig analysisConfig(std::shared_ptr<ResultStore> store = nullptr) {
    SessionConfig config;
    config.models.push_back({NetworkKind::ConvNet,
                             std::string(TAGSCOPE_TEST_MODELS_DIR) + "/cnn_weights_tensorflow.hdf5",
                             NormMode::Calibrated,
                             {}});
    config.jobs = 1;
    config.store = std::move(store);
    return config;
}

TagDecider jazzDecider() {
    Thresholds thresholds;
    thresholds.perLabel = {{"jazz", 0.0}};
    return TagDecider(Vocabulary::loadDefault(), thresholds);
}

class TagWriteSafety : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(test::makeTagFixture(file, true));
        original = test::readFile(file);
    }
    test::TempDir dir{"tagscope-tagwrite-safety"};
    std::string file = dir.file("song.mp3");
    std::string original;
};

// The child stops where the new content is complete in its (unnamed) temporary file, just
// before the rename, and is killed there.
void signalAndWait(const std::string&) {
    const char ready = 'r';
    if (::write(3, &ready, 1) != 1) _exit(3);
    ::pause();
}

TEST_F(TagWriteSafety, AKillBeforeTheReplaceLeavesTheOriginalAndNoTemporaryFile) {
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::dup2(pipeFds[1], 3);
        detail::setBeforeReplaceHook(signalAndWait);
        try {
            replaceTagFields(loadTagFile(file), kFields);
        } catch (...) {
            _exit(2);
        }
        _exit(0);
    }
    ::close(pipeFds[1]);
    char ready = 0;
    ASSERT_EQ(::read(pipeFds[0], &ready, 1), 1) << "the child never reached the replace";
    ::close(pipeFds[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    EXPECT_EQ(test::readFile(file), original);
    EXPECT_EQ(namesIn(dir.path()), (std::vector<std::string>{"cover.png", "song.mp3"}));

    replaceTagFields(loadTagFile(file), kFields);  // and a write that is not killed works
    EXPECT_EQ(loadTagFile(file).fields.at(TagField::Genre), FieldValues{"jazz"});
}

TEST_F(TagWriteSafety, AReadOnlyFileIsRefusedNamingIt) {
    ASSERT_EQ(::chmod(file.c_str(), 0444), 0);
    const std::string message = expectError([&] { loadTagFile(file); });
    EXPECT_EQ(message, file + ": is read-only; not replaced");
    EXPECT_EQ(test::readFile(file), original);
}

TEST_F(TagWriteSafety, PermissionsAreKeptAndTheModificationTimeIsNew) {
    ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
    const FileStamp before = fileStamp(file);
    ::usleep(10'000);
    const ContentFingerprint after = replaceTagFields(loadTagFile(file), kFields);
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
    EXPECT_GT(after.stamp.mtimeNs, before.mtimeNs);
    const ContentFingerprint read = sampledFingerprint(file);
    EXPECT_EQ(after.stamp, read.stamp);
    EXPECT_EQ(after.fingerprint, read.fingerprint);
}

TEST_F(TagWriteSafety, AFullDiskFailsCleanly) {
    const std::string mountPoint = dir.file("small-disk");
    fs::create_directory(mountPoint);
    if (::mount("tmpfs", mountPoint.c_str(), "tmpfs", 0, "size=256k") != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root): " << std::strerror(errno);
    struct Unmount {
        std::string path;
        ~Unmount() { ::umount2(path.c_str(), MNT_DETACH); }
    } unmount{mountPoint};
    const std::string onDisk = mountPoint + "/song.mp3";
    fs::copy_file(file, onDisk);
    {  // fill the disk but for a few KB
        std::ofstream filler(mountPoint + "/filler", std::ios::binary);
        const std::string block(4096, 'x');
        const std::uintmax_t room = fs::space(mountPoint).available;
        for (std::uintmax_t n = 0; n + 8 * 4096 < room; n += 4096) filler << block;
    }
    const std::string message =
        expectError([&] { replaceTagFields(loadTagFile(onDisk), kFields); });
    EXPECT_EQ(message, onDisk +
                           ": cannot write (No space left on device); the existing file was "
                           "left untouched");
    EXPECT_EQ(test::readFile(onDisk), original);
    EXPECT_EQ(namesIn(mountPoint), (std::vector<std::string>{"filler", "song.mp3"}));
}

TEST_F(TagWriteSafety, NotAValidFileIsRefused) {
    const std::string fake = dir.file("fake.flac");
    std::ofstream(fake) << "not audio at all, only words";
    EXPECT_EQ(expectError([&] { loadTagFile(fake); }),
              fake + ": not a valid FLAC file (TagLib cannot read it); tags not written");
}

TEST_F(TagWriteSafety, FilesChangedSinceTheAnalysisOrThePreviewAreRefused) {
    const TagWriteSession session(analysisConfig(), jazzDecider(), WriteMode::Add);
    const WritePlan plan = session.plan({{file}, {}});
    ASSERT_EQ(plan.files.size(), 1u);
    replaceTagFields(loadTagFile(file), {{TagField::Mood, {"calm"}}});  // someone else's edit
    const std::string edited = test::readFile(file);
    const auto journal = journalInFile(dir.file("journal.json"));
    const WriteReport report = session.write(plan, *journal);
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_EQ(report.failures[0].error,
              file + ": changed since it was analysed; analyse it again (tags not written)");
    EXPECT_EQ(report.batch, 0);
    EXPECT_EQ(test::readFile(file), edited);
    EXPECT_FALSE(journal->last());

    const WritePlan again = session.plan({{file}, {}});  // analysed again: written
    EXPECT_EQ(session.write(again, *journal).written, std::vector<std::string>{file});
}

// The app shows a write's progress per file and may stop it between files: the files after
// the stop are reported not written, left untouched and dropped from the journal.
TEST_F(TagWriteSafety, AWriteReportsEachFileAndStopsBetweenFiles) {
    const std::string second = dir.file("second.mp3");
    fs::copy_file(file, second);
    const TagWriteSession session(analysisConfig(), jazzDecider(), WriteMode::Add);
    const WritePlan plan = session.plan({{file, second}, {}});
    ASSERT_EQ(plan.files.size(), 2u);
    const auto journal = journalInFile(dir.file("journal.json"));
    std::stop_source stop;
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> told;
    const WriteReport report =
        session.write(plan, *journal, stop.get_token(),
                      [&](std::size_t done, std::size_t total, const std::string& path) {
                          told.emplace_back(done, total, path);
                          stop.request_stop();  // after the first file
                      });
    using Told = std::tuple<std::size_t, std::size_t, std::string>;
    EXPECT_EQ(told, (std::vector<Told>{{1, 2, file}, {2, 2, second}}));
    EXPECT_EQ(report.written, std::vector<std::string>{file});
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_EQ(report.failures[0].error, second + ": cancelled; tags not written");
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(test::readFile(second), original);
    ASSERT_TRUE(journal->last());
    ASSERT_EQ(journal->last()->files.size(), 1u);
    EXPECT_EQ(journal->last()->files[0].path, canonicalStorePath(file));
}

TEST_F(TagWriteSafety, UndoNeverOverridesAnEditMadeSinceTheWrite) {
    const TagWriteSession session(analysisConfig(), jazzDecider(), WriteMode::Replace);
    const auto journal = journalInFile(dir.file("journal.json"));
    const WriteReport written = session.write(session.plan({{file}, {}}), *journal);
    ASSERT_EQ(written.written.size(), 1u);
    replaceTagFields(loadTagFile(file), {{TagField::Genre, {"Blues"}}});

    const UndoReport refused = undoLastWrite(*journal, nullptr);
    ASSERT_EQ(refused.failures.size(), 1u);
    EXPECT_NE(refused.failures[0].error.find(
                  "GENRE changed since Tagscope wrote it (now \"Blues\"); not undone"),
              std::string::npos)
        << refused.failures[0].error;
    EXPECT_EQ(journal->last()->id, written.batch) << "a failed undo stays undoable";

    replaceTagFields(loadTagFile(file), {{TagField::Genre, {"Piano"}}});  // back as it was
    const UndoReport undone = undoLastWrite(*journal, nullptr);
    EXPECT_TRUE(undone.failures.empty());
    EXPECT_EQ(undone.restored.size(), 1u);  // TAGSCOPE still to restore
    EXPECT_FALSE(loadTagFile(file).fields.contains(TagField::Tagscope));
    EXPECT_FALSE(journal->last());
}

TEST_F(TagWriteSafety, TheStoreJournalsAndFollowsTheRewrittenFile) {
    const std::shared_ptr<ResultStore> store = ResultStore::open(dir.file("results.db")).store;
    const TagWriteSession session(analysisConfig(store), jazzDecider(), WriteMode::Add);
    const auto journal = journalInStore(store);
    const WriteReport report = session.write(session.plan({{file}, {}}), *journal);
    ASSERT_EQ(report.written.size(), 1u);
    EXPECT_EQ(report.journal, dir.file("results.db"));

    // The store knows the new file: unchanged, its results kept, no analysis needed.
    EXPECT_EQ(store->identify(file).status, FileStatus::Unchanged);
    EXPECT_EQ(store->file(canonicalStorePath(file))->fingerprint,
              sampledFingerprint(file).fingerprint);
    const std::optional<WriteBatch> batch = store->lastWriteBatch();
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch->mode, "add");
    ASSERT_EQ(batch->files.size(), 1u);
    EXPECT_EQ(batch->files[0].path, canonicalStorePath(file));
    EXPECT_EQ(batch->files[0].fields[0].field, "GENRE");
    EXPECT_EQ(batch->files[0].fields[0].previous, FieldValues{"Piano"});

    const UndoReport undo = undoLastWrite(*journal, store);
    EXPECT_EQ(undo.restored.size(), 1u);
    EXPECT_EQ(store->identify(file).status, FileStatus::Unchanged);
    EXPECT_FALSE(store->lastWriteBatch());
}

// An editor that keeps the size and puts the modification time back defeats the store's
// fast path: the tags it would serve are for other content, so the file is refused.
TEST_F(TagWriteSafety, ContentTheStoreDidNotAnalyseIsRefused) {
    const std::shared_ptr<ResultStore> store = ResultStore::open(dir.file("results.db")).store;
    const TagWriteSession session(analysisConfig(store), jazzDecider(), WriteMode::Add);
    ASSERT_EQ(session.plan({{file}, {}}).files.size(), 1u);  // analysed and stored
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(std::streamoff(original.size() / 2));
        f.put(char(original[original.size() / 2] ^ 0x5a));
    }
    const struct timespec times[2] = {st.st_atim, st.st_mtim};
    ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), times, 0), 0);
    const WritePlan plan = session.plan({{file}, {}});
    EXPECT_TRUE(plan.files.empty());
    ASSERT_EQ(plan.failures.size(), 1u);
    EXPECT_NE(plan.failures[0].error.find("differs from what the result store analysed"),
              std::string::npos)
        << plan.failures[0].error;
}

TEST_F(TagWriteSafety, AnUnreadableJournalStopsTheWriteBeforeAnyFile) {
    const std::string journalPath = dir.file("journal.json");
    std::ofstream(journalPath) << "{ broken";
    const TagWriteSession session(analysisConfig(), jazzDecider(), WriteMode::Add);
    const auto journal = journalInFile(journalPath);
    const WritePlan plan = session.plan({{file}, {}});
    const std::string message = expectError([&] { session.write(plan, *journal); });
    EXPECT_NE(message.find(journalPath + ": not a usable Tagscope write journal"),
              std::string::npos)
        << message;
    EXPECT_EQ(test::readFile(file), original);
    EXPECT_EQ(test::readFile(journalPath), "{ broken");
}

TEST(WriteJournalFile, KeepsBatchesInTheUsersDataFolder) {
    const test::TempDir dir("tagscope-journal");
    ::setenv("XDG_DATA_HOME", dir.path().c_str(), 1);
    EXPECT_EQ(defaultWriteJournalPath(), dir.file("Tagscope/Tagscope/write-journal.json"));
    ::unsetenv("XDG_DATA_HOME");
    const auto journal = journalInFile(dir.file("Tagscope/Tagscope/write-journal.json"));
    EXPECT_FALSE(journal->last());
    WriteBatch batch;
    batch.mode = "replace";
    batch.files = {{"/m/a.mp3", {{"GENRE", {}, {"jazz"}}}},
                   {"/m/b.flac", {{"MOOD", {"Calm"}, {"mellow"}}}}};
    EXPECT_EQ(journal->add(batch), 1);
    EXPECT_EQ(journal->add(batch), 2);
    journal->removeFile(2, "/m/a.mp3");
    const std::optional<WriteBatch> last = journal->last();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->id, 2);
    EXPECT_EQ(last->files, std::vector<JournaledFile>{batch.files[1]});
    journal->markUndone(2);
    EXPECT_EQ(journal->last()->id, 1);
    EXPECT_EQ(journal->last()->files, batch.files);
}

}  // namespace
}  // namespace tagscope
