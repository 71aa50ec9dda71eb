#pragma once
// What an output path leads to, and whether we may replace it: links are followed to their
// target, devices, FIFOs and our own descriptors are written directly, and folders, sockets,
// read-only and hard-linked files are refused with a message naming the path.

#include <sys/stat.h>

#include <string>

namespace tagscope {

// Stream: a device, a FIFO or one of our own descriptors, written directly.
enum class TargetKind { New, Regular, Stream };

struct OutputTarget {
    std::string target;  // path with the symbolic links of its last component resolved
    TargetKind kind = TargetKind::New;
    int descriptor = -1;      // for Stream: our own descriptor (/dev/stdout), or -1
    struct stat existing {};  // for Regular
};

// Throws Error(path: ...) for targets that are not to be written or replaced.
OutputTarget inspectOutput(const std::string& path);

// The folder a target lives in ("." for a bare name).
std::string folderOf(const std::string& target);

// "<what> (<strerror>)", thrown as Error naming path.
[[noreturn]] void failWithErrno(const std::string& path, const std::string& what, int error);

}  // namespace tagscope
