#pragma once
// The engine's one exception type: every message names the file (or input) and the problem.

#include <stdexcept>
#include <string>

namespace tagscope {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws Error("<source>: <problem>").
[[noreturn]] inline void fail(const std::string& source, const std::string& problem) {
    throw Error(source + ": " + problem);
}

}  // namespace tagscope
