#include "engine/io/temporary_files.h"

#include <limits.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <iterator>

namespace tagscope {
namespace {

// A fixed table, so a handler only reads memory that is never reallocated or freed.
enum SlotState : int { kFree, kClaimed, kActive };

struct TemporarySlot {
    std::atomic<int> state{kFree};
    char path[PATH_MAX];
};

TemporarySlot temporarySlots[32];

}  // namespace

int registerTemporary(const std::string& path) {
    if (path.size() >= PATH_MAX) return -1;
    for (int i = 0; i < int(std::size(temporarySlots)); ++i) {
        int expected = kFree;
        if (!temporarySlots[i].state.compare_exchange_strong(expected, kClaimed)) continue;
        std::memcpy(temporarySlots[i].path, path.c_str(), path.size() + 1);
        temporarySlots[i].state.store(kActive, std::memory_order_release);
        return i;
    }
    return -1;
}

void unregisterTemporary(int slot) {
    if (slot >= 0) temporarySlots[slot].state.store(kFree, std::memory_order_release);
}

void removeTemporariesAndDie(int signal) {
    for (TemporarySlot& slot : temporarySlots)
        if (slot.state.load(std::memory_order_acquire) == kActive) ::unlink(slot.path);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

InterruptsHeldBack::InterruptsHeldBack() {
    sigset_t interrupts;
    sigemptyset(&interrupts);
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&interrupts, s);
    pthread_sigmask(SIG_BLOCK, &interrupts, &previous_);
}

InterruptsHeldBack::~InterruptsHeldBack() {
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

}  // namespace tagscope
