// runIsolated: work done in a child process comes back byte for byte, and whatever goes wrong
// there (a crash, an exit, a hang, too much memory or output) becomes one clear Error naming the
// source, never a crash or a hang of the caller.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "engine/error.h"
#include "engine/io/isolated_call.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TAGSCOPE_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define TAGSCOPE_TEST_SANITIZED 1
#endif
#endif

namespace tagscope {
namespace {
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

const std::string kSource = "/some/file.h5";
const IsolatedReader kReader{"the test library", "corrupt or not a test file", nullptr};

// The message of the Error that running `work` isolated throws ("" if none).
std::string errorOf(const std::function<std::string()>& work, const IsolationLimits& limits = {}) {
    try {
        runIsolated(kSource, kReader, work, limits);
    } catch (const Error& e) {
        return e.what();
    }
    ADD_FAILURE() << "no Error";
    return "";
}

bool noChildLeft() {
    return ::waitpid(-1, nullptr, WNOHANG) < 0 && errno == ECHILD;
}

TEST(IsolatedCall, ReturnsTheResultByteForByte) {
    std::string bytes;
    for (int k = 0; k < 3 << 20; ++k) bytes += char(k * 7 % 256);
    EXPECT_EQ(runIsolated(kSource, kReader, [&] { return bytes; }), bytes);
    EXPECT_EQ(runIsolated(kSource, kReader, [] { return std::string(); }), "");
    EXPECT_TRUE(noChildLeft());
}

TEST(IsolatedCall, RethrowsTheErrorOfTheWork) {
    EXPECT_EQ(errorOf([]() -> std::string { fail("/x.h5", "dataset d is too large"); }),
              "/x.h5: dataset d is too large");
    EXPECT_EQ(errorOf([]() -> std::string { throw std::runtime_error("boom"); }),
              kSource + ": boom");
}

TEST(IsolatedCall, ACrashBecomesAnError) {
    EXPECT_EQ(errorOf([]() -> std::string {
                  std::raise(SIGSEGV);
                  return "not reached";
              }),
              kSource +
                  ": the test library crashed reading this file (SIGSEGV): corrupt or not a "
                  "test file");
    EXPECT_NE(
        errorOf([]() -> std::string { std::abort(); }).find("crashed reading this file (SIGABRT)"),
        std::string::npos);
    EXPECT_TRUE(noChildLeft());
}

TEST(IsolatedCall, AnUnexpectedExitBecomesAnError) {
    const std::string message = errorOf([]() -> std::string { ::_exit(3); });
    EXPECT_TRUE(message.starts_with(kSource + ": ")) << message;
    EXPECT_NE(message.find("exit status 3"), std::string::npos) << message;
}

TEST(IsolatedCall, AHangIsKilledAtTheDeadline) {
    IsolationLimits limits;
    limits.timeLimit = 300ms;
    const auto start = Clock::now();
    const std::string message = errorOf(
        []() -> std::string {
            std::this_thread::sleep_for(60s);
            return "";
        },
        limits);
    EXPECT_LT(Clock::now() - start, 5s);
    EXPECT_EQ(message, kSource +
                           ": the test library took longer than 300 ms reading this file (gave "
                           "up): corrupt or not a test file");
    EXPECT_TRUE(noChildLeft());
}

TEST(IsolatedCall, AResultOverTheLimitIsRefused) {
    IsolationLimits limits;
    limits.resultLimitBytes = 1000;
    EXPECT_EQ(runIsolated(
                  kSource, kReader, [] { return std::string(1000, 'x'); }, limits),
              std::string(1000, 'x'));
    const std::string message = errorOf([] { return std::string(100'000, 'x'); }, limits);
    EXPECT_NE(message.find("returned more than 1000 bytes"), std::string::npos) << message;
    EXPECT_TRUE(noChildLeft());
}

TEST(IsolatedCall, TheChildsMemoryIsLimited) {
    IsolationLimits limits;
    limits.memoryLimitBytes = std::uint64_t(64) << 20;
    const std::string message = errorOf(
        [] {
            std::vector<char> huge(std::size_t(512) << 20, 'x');
            return std::string(1, huge.back());
        },
        limits);
#ifdef TAGSCOPE_TEST_SANITIZED
    // A sanitizer's allocator reports the failed allocation and ends the child.
    EXPECT_NE(message.find("stopped by the sanitizer"), std::string::npos) << message;
#else
    EXPECT_EQ(message, kSource +
                           ": the test library needed more than 64 MiB of memory reading this "
                           "file: corrupt or not a test file");
#endif
}

TEST(IsolatedCall, TheLibraryMutexIsHeldAcrossForkAndFreeInTheChild) {
    std::mutex libraryMutex;
    const IsolatedReader reader{"the test library", "corrupt", &libraryMutex};
    const std::string result = runIsolated(kSource, reader, [&] {
        std::lock_guard lock(libraryMutex);
        return std::string("locked in the child");
    });
    EXPECT_EQ(result, "locked in the child");
    EXPECT_TRUE(libraryMutex.try_lock());
    libraryMutex.unlock();
}

TEST(IsolatedCall, ManyThreadsAtOnce) {
    std::mutex libraryMutex;
    const IsolatedReader reader{"the test library", "corrupt", &libraryMutex};
    std::vector<std::string> results(8);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < results.size(); ++k)
        threads.emplace_back([&, k] {
            for (int round = 0; round < 5; ++round)
                results[k] = runIsolated(kSource, reader, [&] {
                    std::lock_guard lock(libraryMutex);
                    return std::to_string(k);
                });
        });
    for (auto& t : threads) t.join();
    for (std::size_t k = 0; k < results.size(); ++k) EXPECT_EQ(results[k], std::to_string(k));
    EXPECT_TRUE(noChildLeft());
}

}  // namespace
}  // namespace tagscope
