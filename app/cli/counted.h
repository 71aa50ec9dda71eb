#pragma once
// "1 file", "3 files": a count and its noun for the command line's messages.

#include <cstddef>
#include <string>
#include <string_view>

namespace tagscope::cli {

inline std::string counted(std::size_t n, std::string_view noun) {
    return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

}  // namespace tagscope::cli
