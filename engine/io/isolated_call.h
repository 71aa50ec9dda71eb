#pragma once
// Runs work that cannot be made safe on every input (libhdf5 parsing a file the user names) in a
// forked child process, so that a crash, a runaway allocation or a hang there becomes a clear
// Error naming the file instead of taking the program down.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace tagscope {

struct IsolationLimits {
    std::chrono::milliseconds timeLimit{20'000};
    // Address space the child may add to what it inherited (RLIMIT_AS). Under a sanitizer an
    // allocation beyond it ends the child with the sanitizer's report instead of failing.
    std::uint64_t memoryLimitBytes = std::uint64_t(256) << 20;
    std::size_t resultLimitBytes = std::size_t(64) << 20;
};

// The library the child runs, for messages and for a safe fork().
struct IsolatedReader {
    std::string library;    // "the HDF5 library"
    std::string diagnosis;  // "corrupt or not a Keras weight file"
    // The library's global lock, held across fork() so that no other thread is inside the
    // library when the child's copy of memory is taken; the child may lock it again.
    std::mutex* libraryMutex = nullptr;
};

// Runs work() in a child process and returns the string it returned. An Error thrown by work()
// is rethrown with the same message. A crash becomes Error("<source>: <library> crashed reading
// this file (SIGSEGV): <diagnosis>"); running out of memory or time, or a result larger than the
// limit, become one-line Errors naming `source` too. The child never returns into the caller's
// code: it ends with _exit() (no atexit handlers, no leak check).
std::string runIsolated(const std::string& source, const IsolatedReader& reader,
                        const std::function<std::string()>& work,
                        const IsolationLimits& limits = {});

}  // namespace tagscope
