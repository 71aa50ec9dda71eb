#include "engine/io/isolated_call.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <new>
#include <optional>
#include <thread>

#include "engine/error.h"

// Defined only when a sanitizer runtime is linked in.
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace tagscope {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// The first byte the child writes says what follows it.
constexpr char kResult = 'R', kError = 'E', kOutOfMemory = 'M';
// Exit statuses of a child that could not report through the pipe.
constexpr int kSanitizerReport = 97;  // a sanitizer found an error in the child
constexpr int kPipeFailed = 98;
constexpr std::size_t kMaxErrorLength = 4096;
// The status byte and the payload's length.
constexpr std::size_t kHeaderSize = 1 + sizeof(std::uint64_t);

bool writeAll(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// The address space the child inherited from its parent (0 if unknown).
std::uint64_t inheritedAddressSpace() {
    const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char text[64] = {};
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    std::uint64_t pages = 0;
    for (ssize_t k = 0; k < n && text[k] >= '0' && text[k] <= '9'; ++k)
        pages = pages * 10 + std::uint64_t(text[k] - '0');
    return pages * std::uint64_t(::sysconf(_SC_PAGESIZE));
}

void confineChild(const IsolationLimits& limits) {
    // A crash ends the child at once: no core dump, and none of the parent's crash handlers (a
    // fuzzer's, a sanitizer's), which would report the parent's input as a crash of its own.
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP}) std::signal(sig, SIG_DFL);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback([] { ::_exit(kSanitizerReport); });
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    // On top of what the child inherited: a sanitizer's terabytes of reserved shadow memory
    // are already counted, and what it commits later lies inside those reservations.
    if (const std::uint64_t inherited = inheritedAddressSpace(); inherited > 0) {
        const rlimit memory{inherited + limits.memoryLimitBytes,
                            inherited + limits.memoryLimitBytes};
        ::setrlimit(RLIMIT_AS, &memory);
    }
}

// Runs in the child. noexcept: an exception escaping it ends the child (std::terminate) rather
// than unwinding into the caller's code.
[[noreturn]] void runChild(int fd, const std::string& source,
                           const std::function<std::string()>& work,
                           const IsolationLimits& limits) noexcept {
    confineChild(limits);
    char status = kResult;
    std::string payload;
    try {
        payload = work();
    } catch (const Error& e) {
        status = kError;
        payload = e.what();
    } catch (const std::bad_alloc&) {
        status = kOutOfMemory;
        payload.clear();
    } catch (const std::exception& e) {
        status = kError;
        payload = source + ": " + e.what();
    } catch (...) {
        status = kError;
        payload = source + ": unexpected failure while reading";
    }
    const std::uint64_t length = payload.size();
    const bool sent = writeAll(fd, &status, 1) &&
                      writeAll(fd, reinterpret_cast<const char*>(&length), sizeof length) &&
                      writeAll(fd, payload.data(), payload.size());
    ::_exit(sent ? 0 : kPipeFailed);
}

// fork() with `mutex` held, released again in both processes (the pthread_atfork idiom).
pid_t forkHolding(std::mutex* mutex, int& error) {
    std::unique_lock<std::mutex> lock;
    if (mutex) lock = std::unique_lock(*mutex);
    const pid_t pid = ::fork();
    error = errno;
    return pid;
}

struct ChildOutput {
    std::string bytes;
    bool timedOut = false, tooLarge = false, lost = false;
};

// Everything the child writes, until it closes the pipe (it finished or died), the deadline
// passes or the output exceeds the limit.
ChildOutput collectOutput(int fd, Clock::time_point deadline, std::size_t limit) {
    ChildOutput out;
    char buffer[1 << 16];
    for (;;) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            out.timedOut = true;
            return out;
        }
        pollfd readable{fd, POLLIN, 0};
        const int ready = ::poll(&readable, 1, int(std::min<long long>(left, 1000)));
        if (ready < 0 && errno != EINTR) {
            out.lost = true;
            return out;
        }
        if (ready <= 0) continue;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n < 0) {
            out.lost = true;
            return out;
        }
        if (n == 0) return out;
        if (out.bytes.size() + std::size_t(n) > limit) {
            out.tooLarge = true;
            return out;
        }
        const bool headerArrives = out.bytes.size() < kHeaderSize;
        out.bytes.append(buffer, std::size_t(n));
        if (headerArrives && out.bytes.size() >= kHeaderSize) {
            // The header says how much follows: room for it at once (within the limit), so
            // that megabytes of weights are not copied again and again as the string grows.
            std::uint64_t length = 0;
            std::memcpy(&length, out.bytes.data() + 1, sizeof length);
            if (length <= limit - kHeaderSize) out.bytes.reserve(kHeaderSize + length);
        }
    }
}

// Waits for the child (killing it first if `kill`, or once the deadline passes); its wait
// status, or nullopt if it was reaped by someone else.
std::optional<int> reap(pid_t pid, bool kill, Clock::time_point deadline) {
    if (kill) ::kill(pid, SIGKILL);
    for (;;) {
        int status = 0;
        const pid_t r = ::waitpid(pid, &status, kill ? 0 : WNOHANG);
        if (r == pid) return status;
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return std::nullopt;
        if (Clock::now() >= deadline) {
            ::kill(pid, SIGKILL);
            kill = true;
            continue;
        }
        std::this_thread::sleep_for(milliseconds(1));
    }
}

std::string signalName(int sig) {
    const char* abbreviation = ::sigabbrev_np(sig);
    return abbreviation ? "SIG" + std::string(abbreviation) : "signal " + std::to_string(sig);
}

std::string describeDuration(milliseconds duration) {
    const auto ms = duration.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

std::string describeSize(std::uint64_t bytes) {
    const std::uint64_t mebibyte = std::uint64_t(1) << 20;
    return bytes % mebibyte == 0 ? std::to_string(bytes / mebibyte) + " MiB"
                                 : std::to_string(bytes) + " bytes";
}

}  // namespace

std::string runIsolated(const std::string& source, const IsolatedReader& reader,
                        const std::function<std::string()>& work, const IsolationLimits& limits) {
    const std::string because = ": " + reader.diagnosis;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        fail(source,
             std::string("cannot start a process to read this file: ") + std::strerror(errno));
    // A larger pipe (Linux; unprivileged up to 1 MiB) takes a result in fewer round trips
    // between the two processes; if refused, the default still works.
    ::fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
    int forkError = 0;
    const pid_t pid = forkHolding(reader.libraryMutex, forkError);
    const Clock::time_point deadline = Clock::now() + limits.timeLimit;
    if (pid == 0) {
        ::close(fds[0]);
        runChild(fds[1], source, work, limits);
    }
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        fail(source,
             std::string("cannot start a process to read this file: ") + std::strerror(forkError));
    }
    ChildOutput out = collectOutput(fds[0], deadline, limits.resultLimitBytes + kHeaderSize);
    ::close(fds[0]);
    const std::optional<int> status = reap(pid, out.timedOut || out.tooLarge || out.lost, deadline);

    if (out.timedOut)
        fail(source, reader.library + " took longer than " + describeDuration(limits.timeLimit) +
                         " reading this file (gave up)" + because);
    if (out.tooLarge)
        fail(source, reader.library + " returned more than " +
                         describeSize(limits.resultLimitBytes) + " reading this file" + because);
    if (out.lost) fail(source, "lost contact with the process reading this file" + because);
    // A complete answer: without it the child's fate matters; with it, even if the child was
    // reaped by someone else (SIGCHLD ignored), the answer stands.
    std::uint64_t length = 0;
    if (out.bytes.size() >= kHeaderSize) std::memcpy(&length, out.bytes.data() + 1, sizeof length);
    const bool complete =
        out.bytes.size() >= kHeaderSize && length == out.bytes.size() - kHeaderSize;
    if (!status && !complete)
        fail(source, "lost contact with the process reading this file" + because);
    if (status && WIFSIGNALED(*status)) {
        const int sig = WTERMSIG(*status);
        if (sig == SIGKILL)
            fail(source,
                 "the process reading this file was killed (SIGKILL; out of memory?)" + because);
        fail(source,
             reader.library + " crashed reading this file (" + signalName(sig) + ")" + because);
    }
    const int code = status && WIFEXITED(*status) ? WEXITSTATUS(*status) : 0;
    if (code == kSanitizerReport)
        fail(source,
             reader.library + " crashed reading this file (stopped by the sanitizer)" + because);
    if (code != 0 || !complete)
        fail(source, "the process reading this file stopped unexpectedly (exit status " +
                         std::to_string(code) + ")" + because);

    const char kind = out.bytes.front();
    out.bytes.erase(0, kHeaderSize);
    if (kind == kResult) return std::move(out.bytes);
    if (kind == kError) throw Error(out.bytes.substr(0, kMaxErrorLength));
    if (kind == kOutOfMemory)
        fail(source, reader.library + " needed more than " + describeSize(limits.memoryLimitBytes) +
                         " of memory reading this file" + because);
    fail(source, "the process reading this file gave a malformed answer" + because);
}

}  // namespace tagscope
