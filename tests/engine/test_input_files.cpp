// What a user names becomes inputs or messages; unreadable files say exactly why.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "engine/error.h"
#include "engine/input_files.h"
#include "engine/io/input_file.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;

std::string errorOf(const std::string& path) {
    try {
        checkInputFile(path);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(InputFiles, FoldersAreWalkedOnceEach) {
    const test::TempDir dir;
    fs::create_directories(dir.path() / "a" / "b");
    std::ofstream(dir.file("a/b/2.flac")) << "x";
    std::ofstream(dir.file("a/1.MP3")) << "x";
    std::ofstream(dir.file("a/cover.jpg")) << "x";
    fs::create_directory_symlink(dir.path() / "a", dir.path() / "a" / "b" / "again");
    const ExpandedInputs in = expandInputs({dir.file("a"), dir.file("named.txt")});
    EXPECT_EQ(in.files, (std::vector<std::string>{dir.file("a/1.MP3"), dir.file("a/b/2.flac"),
                                                  dir.file("named.txt")}));
    EXPECT_TRUE(in.failures.empty());
}

TEST(InputFiles, AFolderWithoutAudioIsAFailure) {
    const test::TempDir dir;
    std::ofstream(dir.file("notes.txt")) << "x";
    const ExpandedInputs in = expandInputs({dir.path().string()});
    EXPECT_TRUE(in.files.empty());
    ASSERT_EQ(in.failures.size(), 1u);
    EXPECT_EQ(in.failures[0].error, dir.path().string() + ": no audio files found in this folder");
}

// Permission checks do not apply to root: these look as an ordinary user, in a child process.
bool asNobody(const std::function<bool()>& check) {
    const pid_t child = fork();
    if (child == 0) {
        if (::getuid() == 0 && ::setuid(65534) != 0) _exit(3);
        _exit(check() ? 0 : 1);
    }
    int status = 0;
    return waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TEST(InputFiles, AnUnreadableSubfolderIsNamed) {
    const test::TempDir dir;
    ASSERT_EQ(::chmod(dir.path().c_str(), 0755), 0);
    fs::create_directories(dir.path() / "music" / "private");
    std::ofstream(dir.file("music/open.mp3")) << "x";
    std::ofstream(dir.file("music/private/hidden.mp3")) << "x";
    ASSERT_EQ(::chmod(dir.file("music/private").c_str(), 0700), 0);
    const std::string music = dir.file("music");
    EXPECT_TRUE(asNobody([&] {
        const ExpandedInputs in = expandInputs({music});
        return in.files == std::vector<std::string>{dir.file("music/open.mp3")} &&
               in.failures.size() == 1 &&
               in.failures[0].error ==
                   dir.file("music/private") + ": cannot read folder: Permission denied";
    }));
}

TEST(InputFile, EachProblemHasItsOwnMessage) {
    const test::TempDir dir;
    std::ofstream(dir.file("empty.wav")).flush();
    std::ofstream(dir.file("ok.wav")) << "x";
    ASSERT_EQ(::mkfifo(dir.file("fifo.wav").c_str(), 0600), 0);
    fs::create_symlink(dir.file("loop.wav"), dir.file("loop.wav"));
    EXPECT_EQ(errorOf(dir.file("missing.wav")), dir.file("missing.wav") + ": file not found");
    EXPECT_EQ(errorOf(dir.file("empty.wav")), dir.file("empty.wav") + ": file is empty");
    EXPECT_EQ(errorOf(dir.file("fifo.wav")),
              dir.file("fifo.wav") + ": is a FIFO (named pipe), not a regular file");
    EXPECT_EQ(errorOf(dir.file("loop.wav")),
              dir.file("loop.wav") + ": too many levels of symbolic links");
    EXPECT_EQ(errorOf(dir.path().string()), dir.path().string() + ": is a folder, not a file");
    EXPECT_EQ(errorOf("/dev/zero"), "/dev/zero: is a device, not a regular file");
    EXPECT_EQ(errorOf(dir.file(std::string(300, 'n'))).substr(dir.path().string().size() + 301),
              ": file name too long");
    EXPECT_EQ(errorOf(dir.file("ok.wav/inside")),
              dir.file("ok.wav/inside") + ": file not found (a part of the path is not a folder)");
    EXPECT_EQ(checkInputFile(dir.file("ok.wav")), 1u);

    ASSERT_EQ(::chmod(dir.file("ok.wav").c_str(), 0), 0);
    ASSERT_EQ(::chmod(dir.path().c_str(), 0755), 0);
    EXPECT_TRUE(asNobody(
        [&] { return errorOf(dir.file("ok.wav")) == dir.file("ok.wav") + ": permission denied"; }));
}

}  // namespace
}  // namespace tagscope
