#include "app/cli/jsonl_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
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
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Lines are written whole, each ending in '\n': anything after the last one is a torn write.
    const std::size_t complete = text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1;
    std::size_t lineNumber = 0;
    for (std::size_t start = 0; start < complete;) {
        const std::size_t end = text.find('\n', start);
        ++lineNumber;
        const nlohmann::json line =
            nlohmann::json::parse(text.begin() + std::ptrdiff_t(start),
                                  text.begin() + std::ptrdiff_t(end), nullptr, false);
        if (!line.is_object() || !line.contains("file") || !line["file"].is_string())
            fail(path_, "line " + std::to_string(lineNumber) +
                            " is not a result of tagscope-cli --format jsonl; not resuming it");
        done_.insert(line["file"].get<std::string>());
        start = end + 1;
    }
    if (complete < text.size()) {
        tornBytes_ = text.size() - complete;
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
