#include "engine/io/output_target.h"

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <filesystem>
#include <system_error>

#include "engine/error.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

// N for the names of the process's own descriptors (/dev/fd/N, /proc/self/fd/N, where
// /dev/stdout and /dev/stderr lead), -1 otherwise. Writing to the descriptor itself keeps the
// shell's redirection (append, offset) as it is; reopening by name would not.
int ownDescriptor(const std::string& name) {
    const std::string normal = fs::path(name).lexically_normal().string();
    for (const std::string& prefix : {std::string("/dev/fd/"), std::string("/proc/self/fd/"),
                                      "/proc/" + std::to_string(::getpid()) + "/fd/"}) {
        if (normal.compare(0, prefix.size(), prefix) != 0) continue;
        const char* end = normal.data() + normal.size();
        int fd = -1;
        const auto [last, error] = std::from_chars(normal.data() + prefix.size(), end, fd);
        if (error == std::errc() && last == end) return fd;
    }
    return -1;
}

// Follows the chain of symbolic links at path to the file it leads to (which may not exist).
std::string resolveSymlinks(const std::string& path) {
    std::string current = path;
    for (int hops = 0; hops < 40; ++hops) {
        if (ownDescriptor(current) >= 0) return current;
        struct stat st {};
        if (::lstat(current.c_str(), &st) != 0) {
            if (errno == ENOENT) return current;
            failWithErrno(path, "cannot write", errno);
        }
        if (!S_ISLNK(st.st_mode)) return current;
        std::error_code ec;
        const fs::path link = fs::read_symlink(current, ec);
        if (ec) fail(path, "cannot write: cannot read the symbolic link (" + ec.message() + ")");
        current =
            link.is_absolute() ? link.string() : (fs::path(current).parent_path() / link).string();
    }
    fail(path, "cannot write: too many levels of symbolic links");
}

}  // namespace

[[noreturn]] void failWithErrno(const std::string& path, const std::string& what, int error) {
    fail(path, what + " (" + std::generic_category().message(error) + ")");
}

OutputTarget inspectOutput(const std::string& path) {
    if (path.empty()) fail("(empty file name)", "cannot write: no file name");
    OutputTarget d;
    d.target = resolveSymlinks(path);
    d.descriptor = ownDescriptor(d.target);
    if (d.descriptor >= 0) {
        d.kind = TargetKind::Stream;
        return d;
    }
    // The kernel follows every link, also the /proc ones that lead to pipes by no path.
    struct stat& st = d.existing;
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return d;  // a missing folder is reported when creating the file
        failWithErrno(path, "cannot write", errno);
    }
    if (S_ISDIR(st.st_mode)) fail(path, "is a folder; cannot write a file in its place");
    if (S_ISSOCK(st.st_mode)) fail(path, "is a socket; cannot write to it");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode)) {
        d.kind = TargetKind::Stream;
        d.target = path;
        return d;
    }
    if (!S_ISREG(st.st_mode)) fail(path, "is not a regular file; not replaced");
    // Root may write anything: the mode bits still say what the owner wants.
    if ((st.st_mode & 0222) == 0 || ::access(d.target.c_str(), W_OK) != 0)
        fail(path, "is read-only; not replaced");
    if (st.st_nlink > 1)
        fail(path, "has " + std::to_string(st.st_nlink) +
                       " hard links; replacing it would break them (not replaced)");
    d.kind = TargetKind::Regular;
    return d;
}

std::string folderOf(const std::string& target) {
    const fs::path folder = fs::path(target).parent_path();
    return folder.empty() ? "." : folder.string();
}

}  // namespace tagscope
