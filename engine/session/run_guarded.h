#pragma once
// Where a job's exceptions end: every job for one input (one file in a batch, one track in
// the app) runs under runGuarded, so nothing escapes a thread.

#include <exception>
#include <new>
#include <string>

#include "engine/run_context.h"

namespace tagscope {

// Runs job(), turning what it throws into an outcome: Cancelled, or Failed with `error` set
// to a one-line message naming `path` (unless empty; out-of-memory and any other exception
// included).
template <typename Job>
Outcome runGuarded(const std::string& path, std::string& error, Job&& job) {
    const auto named = [&](const std::string& message) {
        return path.empty() || message.starts_with(path + ": ") ? message : path + ": " + message;
    };
    try {
        job();
        return Outcome::Done;
    } catch (const Cancelled&) {
        return Outcome::Cancelled;
    } catch (const std::bad_alloc&) {
        error = named("out of memory");
    } catch (const std::exception& e) {
        error = named(e.what());
    } catch (...) {
        error = named("unexpected failure");
    }
    return Outcome::Failed;
}

}  // namespace tagscope
