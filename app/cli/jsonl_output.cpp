#include "app/cli/jsonl_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/error.h"

namespace tagscope::cli {
namespace {

std::string systemError() {
    return std::strerror(errno);
}

}  // namespace

JsonlOutput::JsonlOutput(const std::string& path, std::ostream& standardOutput)
    : path_(path == "-" ? std::string() : path), standardOutput_(standardOutput) {
    if (path_.empty()) return;
    resume();
    fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) fail(path_, "cannot be opened for appending: " + systemError());
}

JsonlOutput::~JsonlOutput() {
    if (fd_ >= 0) ::close(fd_);
}

void JsonlOutput::resume() {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_regular_file(path_, ec)) return;  // missing, or e.g. /dev/null or a pipe
    std::ifstream in(path_, std::ios::binary);
    if (!in) fail(path_, "cannot be read to resume it");
    // Lines are written whole, each ending in '\n': anything after the last one is a torn write.
    std::uintmax_t complete = 0;
    std::size_t lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        if (in.eof()) {  // no newline after it
            tornBytes_ = line.size();
            break;
        }
        ++lineNumber;
        const nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
        if (!object.is_object() || !object.contains("file") || !object["file"].is_string())
            fail(path_, "line " + std::to_string(lineNumber) +
                            " is not a result of tagscope-cli --format jsonl; not resuming it");
        done_.insert(object["file"].get<std::string>());
        complete += line.size() + 1;
    }
    if (in.bad()) fail(path_, "read error while resuming it");
    if (tornBytes_ > 0) {
        fs::resize_file(path_, complete, ec);
        if (ec) fail(path_, "cannot cut off its torn last line: " + ec.message());
    }
}

void JsonlOutput::append(const std::string& lines) {
    const std::lock_guard lock(writing_);
    if (fd_ < 0) {
        standardOutput_ << lines << std::flush;
        return;
    }
    for (std::size_t written = 0; written < lines.size();) {
        const ssize_t n = ::write(fd_, lines.data() + written, lines.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(path_, "write failed: " + systemError());
        written += std::size_t(n);
    }
}

}  // namespace tagscope::cli
