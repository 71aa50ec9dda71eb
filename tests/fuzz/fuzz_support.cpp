#include "fuzz_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>

namespace tagscope::fuzz {

namespace {
std::map<std::string, std::string>& scratchPaths() {
    static std::map<std::string, std::string> paths;
    return paths;
}
}  // namespace

const std::string& scratchFile(const std::uint8_t* data, std::size_t size,
                               const std::string& extension) {
    std::string& path = scratchPaths()[extension];
    if (path.empty()) {
        static const bool cleanup = [] {
            return std::atexit([] {
                       for (const auto& [ext, file] : scratchPaths()) std::remove(file.c_str());
                   }) == 0;
        }();
        (void)cleanup;
        const char* tmp = std::getenv("TMPDIR");
        path = std::string(tmp && *tmp ? tmp : "/tmp") + "/tagscope-fuzz-" +
               std::to_string(::getpid()) + extension;
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) std::abort();
    if (size > 0 && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    return path;
}

}  // namespace tagscope::fuzz
