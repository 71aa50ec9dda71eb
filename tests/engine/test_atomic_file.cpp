// writeFileAtomically: what it replaces, what it writes through, what it refuses (leaving the
// file untouched), how it fails (naming the target, never the temporary file), and that it
// never leaves a temporary file behind. The full disk is simulated in a forked child with
// RLIMIT_FSIZE; signals are sent to forked children too.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;

using test::TempDir;

void writePlain(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    ASSERT_TRUE(out.good()) << path;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

mode_t modeOf(const std::string& path) {
    struct stat st {};
    EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
    return st.st_mode;
}

// The Error message of action, or "" (and a test failure) when it does not throw one.
std::string errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.what();
    }
    ADD_FAILURE() << "no Error";
    return "";
}

// Runs child in a forked process and returns its wait status; what the child writes to the
// given descriptor comes back in `message`.
int runInChild(const std::function<void(int messageFd)>& child, std::string* message = nullptr) {
    int pipeFds[2];
    if (::pipe(pipeFds) != 0) return -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(pipeFds[0]);
        child(pipeFds[1]);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    std::string received;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (message) *message = received;
    return status;
}

void send(int fd, const std::string& text) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n != ssize_t(text.size())) ::_exit(90);
}

class AtomicFile : public ::testing::Test {
protected:
    void TearDown() override {
        detail::preferNamedTemporaryFiles(false);
        // No test may leave a temporary file (they are hidden: ".NAME.tmp-...").
        for (const auto& entry : fs::recursive_directory_iterator(dir_.path()))
            EXPECT_NE(entry.path().filename().string().front(), '.')
                << "stray file " << entry.path();
    }

    std::string file(const std::string& name) const { return dir_.file(name); }

    TempDir dir_;
};

TEST_F(AtomicFile, NewFileGetsTheUsualModeUnderTheUmask) {
    const mode_t previous = ::umask(027);
    writeFileAtomically(file("a.csv"), "alpha");
    ::umask(022);
    writeFileAtomically(file("b.csv"), "beta");
    detail::preferNamedTemporaryFiles(true);
    writeFileAtomically(file("c.csv"), "gamma");
    ::umask(previous);
    EXPECT_EQ(modeOf(file("a.csv")) & 07777, 0640u);
    EXPECT_EQ(modeOf(file("b.csv")) & 07777, 0644u);
    EXPECT_EQ(modeOf(file("c.csv")) & 07777, 0644u);
    EXPECT_EQ(readAll(file("a.csv")), "alpha");
    EXPECT_EQ(readAll(file("b.csv")), "beta");
    EXPECT_EQ(readAll(file("c.csv")), "gamma");
}

TEST_F(AtomicFile, ReplacingKeepsTheMode) {
    const std::string path = file("private.csv");
    writePlain(path, "old content that is longer than the new one");
    ::chmod(path.c_str(), 0600);
    writeFileAtomically(path, "new");
    EXPECT_EQ(readAll(path), "new");
    EXPECT_EQ(modeOf(path) & 07777, 0600u);
    EXPECT_TRUE(S_ISREG(modeOf(path)));

    ::chmod(path.c_str(), 0640);
    detail::preferNamedTemporaryFiles(true);
    writeFileAtomically(path, "newer");
    EXPECT_EQ(readAll(path), "newer");
    EXPECT_EQ(modeOf(path) & 07777, 0640u);
}

TEST_F(AtomicFile, EmptyContentGivesAnEmptyFile) {
    const std::string path = file("empty.csv");
    writePlain(path, "something");
    writeFileAtomically(path, "");
    EXPECT_TRUE(fs::exists(path));
    EXPECT_EQ(fs::file_size(path), 0u);
}

TEST_F(AtomicFile, SymlinkIsWrittenThroughAndStaysALink) {
    fs::create_directory(dir_.path() / "data");
    writePlain(file("data/real.csv"), "old");
    fs::create_symlink("data/real.csv", file("link1.csv"));    // relative
    fs::create_symlink(file("link1.csv"), file("link2.csv"));  // absolute, to a link
    writeFileAtomically(file("link2.csv"), "through two links");
    EXPECT_TRUE(fs::is_symlink(file("link1.csv")));
    EXPECT_TRUE(fs::is_symlink(file("link2.csv")));
    EXPECT_TRUE(S_ISREG(modeOf(file("data/real.csv"))));
    EXPECT_EQ(readAll(file("data/real.csv")), "through two links");
}

TEST_F(AtomicFile, DanglingSymlinkCreatesItsTarget) {
    fs::create_symlink("target.csv", file("dangling.csv"));
    writeFileAtomically(file("dangling.csv"), "created");
    EXPECT_TRUE(fs::is_symlink(file("dangling.csv")));
    EXPECT_EQ(readAll(file("target.csv")), "created");
}

TEST_F(AtomicFile, SymlinkLoopIsRefused) {
    fs::create_symlink("loop2", file("loop1"));
    fs::create_symlink("loop1", file("loop2"));
    const std::string message = errorOf([&] { writeFileAtomically(file("loop1"), "x"); });
    EXPECT_EQ(message.rfind(file("loop1") + ": ", 0), 0u) << message;
    EXPECT_NE(message.find("symbolic links"), std::string::npos) << message;
}

TEST_F(AtomicFile, DevNullStaysACharacterDevice) {
    writeFileAtomically("/dev/null", "discarded");
    EXPECT_TRUE(S_ISCHR(modeOf("/dev/null")));
    fs::create_symlink("/dev/null", file("null-link"));
    writeFileAtomically(file("null-link"), "discarded");
    EXPECT_TRUE(fs::is_symlink(file("null-link")));
    EXPECT_TRUE(S_ISCHR(modeOf("/dev/null")));
}

TEST_F(AtomicFile, FifoIsWrittenDirectly) {
    const std::string path = file("pipe");
    ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = readAll(path); });
    writeFileAtomically(path, "through the pipe");
    reader.join();
    EXPECT_EQ(received, "through the pipe");
    EXPECT_TRUE(S_ISFIFO(modeOf(path)));
}

// /dev/stdout is written through the descriptor itself, so a shell's ">>" still appends.
TEST_F(AtomicFile, StandardOutputKeepsItsRedirection) {
    const std::string path = file("log.txt");
    writePlain(path, "earlier line\n");
    const int status = runInChild([&](int) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND);
        if (fd < 0 || ::dup2(fd, STDOUT_FILENO) < 0) ::_exit(2);
        try {
            writeFileAtomically("/dev/stdout", "report\n");
        } catch (const Error&) {
            ::_exit(3);
        }
    });
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    EXPECT_EQ(readAll(path), "earlier line\nreport\n");

    std::string piped;
    const int pipedStatus = runInChild(
        [&](int messageFd) {
            if (::dup2(messageFd, STDOUT_FILENO) < 0) ::_exit(2);
            writeFileAtomically("/dev/stdout", "into a pipe\n");
        },
        &piped);
    ASSERT_TRUE(WIFEXITED(pipedStatus) && WEXITSTATUS(pipedStatus) == 0) << pipedStatus;
    EXPECT_EQ(piped, "into a pipe\n");
}

TEST_F(AtomicFile, ReadOnlyFileIsRefusedAndUntouched) {
    const std::string path = file("readonly.csv");
    writePlain(path, "precious");
    ::chmod(path.c_str(), 0444);
    const std::string message = errorOf([&] { writeFileAtomically(path, "new"); });
    EXPECT_EQ(message, path + ": is read-only; not replaced");
    EXPECT_EQ(readAll(path), "precious");
    EXPECT_EQ(modeOf(path) & 07777, 0444u);
}

TEST_F(AtomicFile, HardLinkedFileIsRefusedAndUntouched) {
    const std::string path = file("linked.csv");
    writePlain(path, "shared");
    fs::create_hard_link(path, file("other-name.csv"));
    const std::string message = errorOf([&] { writeFileAtomically(path, "new"); });
    EXPECT_EQ(message, path + ": has 2 hard links; replacing it would break them (not replaced)");
    EXPECT_EQ(readAll(path), "shared");
    EXPECT_TRUE(fs::equivalent(path, file("other-name.csv")));
}

TEST_F(AtomicFile, FolderAndSocketAreRefused) {
    fs::create_directory(dir_.path() / "folder");
    std::string message = errorOf([&] { writeFileAtomically(file("folder"), "x"); });
    EXPECT_EQ(message.rfind(file("folder") + ": is a folder", 0), 0u) << message;
    EXPECT_TRUE(fs::is_directory(file("folder")));

    const std::string socketPath = file("socket");
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    ASSERT_LT(socketPath.size(), sizeof address.sun_path);
    std::strcpy(address.sun_path, socketPath.c_str());
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    message = errorOf([&] { writeFileAtomically(socketPath, "x"); });
    EXPECT_EQ(message, socketPath + ": is a socket; cannot write to it");
    ::close(fd);
    fs::remove(socketPath);
}

TEST_F(AtomicFile, MissingFolderIsNamed) {
    const std::string path = file("no/such/folder/out.csv");
    const std::string message = errorOf([&] { writeFileAtomically(path, "x"); });
    EXPECT_EQ(message,
              path + ": cannot write: the folder " + file("no/such/folder") + " does not exist");
    EXPECT_FALSE(fs::exists(path));
    EXPECT_EQ(errorOf([] { writeFileAtomically("", "x"); }),
              "(empty file name): cannot write: no file name");
}

// A disk that fills up mid-write (RLIMIT_FSIZE, in a child): the error names the target, the
// old file keeps its content, and no temporary file remains.
TEST_F(AtomicFile, FullDiskLeavesTheOldFileIntact) {
    const std::string old(3000, 'o');
    const std::string big(200000, 'n');
    for (bool named : {false, true}) {
        SCOPED_TRACE(named ? "named temporary file" : "O_TMPFILE");
        const std::string path = file(named ? "named.csv" : "unnamed.csv");
        writePlain(path, old);
        ::chmod(path.c_str(), 0640);
        std::string message;
        const int status = runInChild(
            [&](int messageFd) {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{8192, 8192};
                if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(2);
                detail::preferNamedTemporaryFiles(named);
                try {
                    writeFileAtomically(path, big);
                    ::_exit(3);
                } catch (const Error& e) {
                    send(messageFd, e.what());
                }
            },
            &message);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status << " " << message;
        EXPECT_EQ(message,
                  path + ": cannot write (File too large); the existing file was left untouched");
        EXPECT_EQ(readAll(path), old);
        EXPECT_EQ(modeOf(path) & 07777, 0640u);
    }
    // A new file that does not fit is not created at all.
    const std::string fresh = file("fresh.csv");
    std::string message;
    runInChild(
        [&](int messageFd) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{8192, 8192};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            try {
                writeFileAtomically(fresh, big);
            } catch (const Error& e) {
                send(messageFd, e.what());
            }
        },
        &message);
    EXPECT_EQ(message, fresh + ": cannot write (File too large)");
    EXPECT_FALSE(fs::exists(fresh));
}

// With the handlers installed, an interrupt in the middle of a write removes the temporary
// file, and the process still ends by that signal.
TEST_F(AtomicFile, SignalRemovesTheTemporaryFile) {
    const std::string path = file("interrupted.csv");
    writePlain(path, "old");
    const std::string big(std::size_t(256) << 20, 'x');  // long enough to be caught writing
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        SCOPED_TRACE(signal);
        const pid_t child = ::fork();
        if (child == 0) {
            detail::preferNamedTemporaryFiles(true);  // a name that could be left behind
            removeTemporaryFilesOnSignals();
            writeFileAtomically(path, big);
            ::_exit(3);
        }
        // Interrupt as soon as the temporary file shows up in the folder.
        bool seen = false;
        for (int tries = 0; !seen && tries < 20000; ++tries) {
            for (const auto& entry : fs::directory_iterator(dir_.path()))
                seen = seen || entry.path().filename().string().front() == '.';
            if (!seen) std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
        ::kill(child, signal);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        EXPECT_TRUE(seen);
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << status;
        EXPECT_EQ(readAll(path), "old");
    }
}

TEST_F(AtomicFile, InterruptsAreNotLeftBlocked) {
    writeFileAtomically(file("a.csv"), "a");
    sigset_t blocked;
    ASSERT_EQ(::pthread_sigmask(SIG_SETMASK, nullptr, &blocked), 0);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        EXPECT_FALSE(sigismember(&blocked, signal)) << signal;
}

TEST_F(AtomicFile, SameFile) {
    writePlain(file("a.mp3"), "a");
    writePlain(file("b.mp3"), "b");
    fs::create_symlink("a.mp3", file("link.mp3"));
    fs::create_hard_link(file("a.mp3"), file("hard.mp3"));
    EXPECT_TRUE(sameFile(file("a.mp3"), file("a.mp3")));
    EXPECT_TRUE(sameFile(file("a.mp3"), dir_.path().string() + "/./a.mp3"));
    EXPECT_TRUE(sameFile(file("a.mp3"), file("link.mp3")));
    EXPECT_TRUE(sameFile(file("a.mp3"), file("hard.mp3")));
    EXPECT_FALSE(sameFile(file("a.mp3"), file("b.mp3")));
    EXPECT_FALSE(sameFile(file("a.mp3"), file("missing.mp3")));
    EXPECT_FALSE(sameFile(file("missing.mp3"), file("missing.mp3")));
}

}  // namespace
}  // namespace tagscope
