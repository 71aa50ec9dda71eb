#include "engine/io/atomic_file.h"

#include <unistd.h>

#include <filesystem>
#include <cstdio>
#include <random>

#include "engine/error.h"

namespace tagscope {

void writeFileAtomically(const std::string& path,
                         const std::function<void(const std::string& temporaryPath)>& writer) {
    namespace fs = std::filesystem;
    std::random_device random;
    const fs::path target(path);
    const fs::path temporary =
        target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                std::to_string(::getpid()) + "-" + std::to_string(random()));
    try {
        writer(temporary.string());
        std::error_code ec;
        fs::rename(temporary, target, ec);
        if (ec) fail(path, "cannot replace file: " + ec.message());
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

}  // namespace tagscope

namespace tagscope {

void writeFileAtomically(const std::string& path, std::string_view content) {
    writeFileAtomically(path, [&](const std::string& temporary) {
        std::FILE* f = std::fopen(temporary.c_str(), "wb");
        if (!f) fail(path, "cannot create file");
        const bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
        if (std::fclose(f) != 0 || !ok) fail(path, "cannot write (disk full?)");
    });
}

}  // namespace tagscope
