#pragma once
// Named temporary files as signal handlers see them: a fixed table that a handler can walk
// without allocating, so an interrupt (SIGINT, SIGTERM, SIGHUP) removes what a write in
// progress created. And a scope that holds interrupts back between two steps that must not
// be separated.

#include <signal.h>

#include <string>

namespace tagscope {

// Returns the slot, or -1 when the table is full (that file then survives a signal).
int registerTemporary(const std::string& path);
void unregisterTemporary(int slot);

// The handler removeTemporaryFilesOnSignals installs: unlinks every registered file, then ends
// the process by the same signal.
void removeTemporariesAndDie(int signal);

class InterruptsHeldBack {
public:
    InterruptsHeldBack();
    ~InterruptsHeldBack();
    InterruptsHeldBack(const InterruptsHeldBack&) = delete;
    InterruptsHeldBack& operator=(const InterruptsHeldBack&) = delete;

private:
    sigset_t previous_;
};

}  // namespace tagscope
