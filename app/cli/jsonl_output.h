#pragma once
// Where `tag --format jsonl` streams its lines: appended to a file (resuming it) or written to
// standard output, one file's lines at a time, each batch flushed as it is written.

#include <cstddef>
#include <mutex>
#include <ostream>
#include <set>
#include <string>

namespace tagscope::cli {

class JsonlOutput {
public:
    // Empty or "-": standard output. A file is made if missing; an existing regular one is
    // resumed (a device or pipe is just written to): a
    // torn last line (no final newline: a run killed mid-write) is cut off, and the "file" of
    // every other line is remembered as done. Throws Error naming the file if it cannot be
    // opened or holds a line that is not a JSON object with a "file".
    JsonlOutput(const std::string& path, std::ostream& standardOutput);
    ~JsonlOutput();
    JsonlOutput(const JsonlOutput&) = delete;
    JsonlOutput& operator=(const JsonlOutput&) = delete;

    const std::set<std::string>& done() const { return done_; }  // files already in the output
    std::size_t tornBytes() const { return tornBytes_; }         // cut off when resuming

    // Appends complete lines in one write and flushes them (thread-safe). Throws Error.
    void append(const std::string& lines);

private:
    void resume();

    std::string path_;
    std::ostream& standardOutput_;
    int fd_ = -1;
    std::set<std::string> done_;
    std::size_t tornBytes_ = 0;
    std::mutex writing_;
};

}  // namespace tagscope::cli
