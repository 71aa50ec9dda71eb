#include "engine/io/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "engine/error.h"

namespace tagscope {
namespace {

std::string describeErrno(int error) {
    switch (error) {
        case ENOENT:
            return "file not found";
        case ENOTDIR:
            return "file not found (a part of the path is not a folder)";
        case EACCES:
        case EPERM:
            return "permission denied";
        case ELOOP:
            return "too many levels of symbolic links";
        case ENAMETOOLONG:
            return "file name too long";
        default:
            return std::strerror(error);
    }
}

std::string describeType(mode_t mode) {
    if (S_ISDIR(mode)) return "is a folder, not a file";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a regular file";
    if (S_ISSOCK(mode)) return "is a socket, not a regular file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file";
    return "is not a regular file";
}

}  // namespace

std::uintmax_t checkInputFile(const std::string& path, bool allowEmpty) {
    if (path.empty()) fail("(empty file name)", "file not found");
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) fail(path, describeErrno(errno));
    if (!S_ISREG(st.st_mode)) fail(path, describeType(st.st_mode));
    // stat succeeds on files we may not read; opening tells (a regular file never blocks).
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, describeErrno(errno));
    ::close(fd);
    if (st.st_size == 0 && !allowEmpty) fail(path, "file is empty");
    return std::uintmax_t(st.st_size);
}

}  // namespace tagscope
