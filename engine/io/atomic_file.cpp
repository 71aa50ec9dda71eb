#include "engine/io/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <random>
#include <system_error>

#include "engine/error.h"
#include "engine/io/output_target.h"
#include "engine/io/temporary_files.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

std::string describe(int error) {
    return std::generic_category().message(error);
}

std::atomic<bool> namedTemporariesPreferred{false};
std::atomic<void (*)(const std::string&)> beforeReplaceHook{nullptr};

// ---- Writing ----

// Writes all of content; returns 0 or the errno of the failure.
int writeAll(int fd, std::string_view content) {
    constexpr std::size_t kMaxChunk = std::size_t(1) << 30;
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), std::min(content.size(), kMaxChunk));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) return EIO;
        content.remove_prefix(std::size_t(n));
    }
    return 0;
}

int syncFile(int fd) {
    while (::fsync(fd) != 0)
        if (errno != EINTR) return errno;
    return 0;
}

[[noreturn]] void failToWrite(const std::string& path, const OutputTarget& d, int error) {
    fail(path, "cannot write (" + describe(error) + ")" +
                   (d.kind == TargetKind::Regular ? "; the existing file was left untouched" : ""));
}

[[noreturn]] void failToCreate(const std::string& path, const OutputTarget& d,
                               const std::string& folder, int error) {
    switch (error) {
        case ENOENT:
        case ENOTDIR:
            fail(path, "cannot write: the folder " + folder + " does not exist");
        case EACCES:
        case EPERM:
            fail(path, "cannot write: no permission to create files in the folder " + folder);
        default:
            failToWrite(path, d, error);
    }
}

void writeToStream(const std::string& path, const OutputTarget& d, std::string_view content) {
    if (d.descriptor >= 0) {
        const int flags = ::fcntl(d.descriptor, F_GETFL);
        if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY)
            fail(path, "cannot write: that descriptor is not open for writing");
        if (const int error = writeAll(d.descriptor, content))
            failWithErrno(path, "cannot write", error);
        return;
    }
    const int fd = ::open(d.target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) failWithErrno(path, "cannot open for writing", errno);
    const int writeError = writeAll(fd, content);
    const int closeError = ::close(fd) == 0 ? 0 : errno;
    if (writeError || closeError)
        failWithErrno(path, "cannot write", writeError ? writeError : closeError);
}

// ---- The temporary file ----

// Removes itself (fd and name) unless published.
class TemporaryFile {
public:
    TemporaryFile() = default;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        closeFile();
        discardName();
    }

    int fd() const { return fd_; }
    const std::string& name() const { return name_; }  // empty while unnamed (O_TMPFILE)

    void adopt(int fd) { fd_ = fd; }
    void setName(const std::string& name) {
        name_ = name;
        slot_ = registerTemporary(name);
    }
    int closeFile() {
        if (fd_ < 0) return 0;
        const int error = ::close(fd_) == 0 ? 0 : errno;
        fd_ = -1;
        return error;
    }
    void discardName() {
        if (name_.empty()) return;
        ::unlink(name_.c_str());
        forgetName();
    }
    void forgetName() {
        unregisterTemporary(slot_);
        slot_ = -1;
        name_.clear();
    }

private:
    int fd_ = -1;
    std::string name_;
    int slot_ = -1;
};

// A hidden name next to target, e.g. ".tags.csv.tmp-1234-5f3a9c01d2e4b687".
std::string temporaryName(const std::string& folder, const std::string& target) {
    thread_local std::mt19937_64 random{std::random_device{}()};
    char suffix[17];
    std::snprintf(suffix, sizeof suffix, "%016llx", static_cast<unsigned long long>(random()));
    const std::string base = fs::path(target).filename().string().substr(0, 200);
    return (fs::path(folder) / ("." + base + ".tmp-" + std::to_string(::getpid()) + "-" + suffix))
        .string();
}

void createNamed(TemporaryFile& t, const std::string& folder, const std::string& target,
                 const std::string& path, const OutputTarget& d) {
    for (int attempt = 0;; ++attempt) {
        const std::string name = temporaryName(folder, target);
        InterruptsHeldBack heldBack;  // created and registered as one step
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            t.adopt(fd);
            t.setName(name);
            return;
        }
        if (errno != EEXIST || attempt == 100) failToCreate(path, d, folder, errno);
    }
}

bool unnamedFilesCanBeLinked() {
    static const bool procMounted = ::access("/proc/self/fd", X_OK) == 0;
    return procMounted;
}

void createTemporary(TemporaryFile& t, const OutputTarget& d, const std::string& path) {
    const std::string folder = folderOf(d.target);
    if (!namedTemporariesPreferred && unnamedFilesCanBeLinked()) {
        const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        if (fd >= 0) {
            t.adopt(fd);
            return;
        }
        // Filesystems (or kernels) without O_TMPFILE say so in one of these ways.
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
            failToCreate(path, d, folder, errno);
    }
    createNamed(t, folder, d.target, path, d);
}

// The old file's mode, and its owner and group where we may give them (root may).
void keepModeAndOwner(int fd, const struct stat& old, const std::string& path) {
    if (old.st_uid != ::geteuid() || old.st_gid != ::getegid()) {
        if (::fchown(fd, old.st_uid, old.st_gid) != 0 && ::fchown(fd, uid_t(-1), old.st_gid) != 0) {
            // Neither could be kept: the new file belongs to us, like any file we create.
        }
    }
    if (::fchmod(fd, old.st_mode & 07777) != 0) failWithErrno(path, "cannot write", errno);
}

void giveUnnamedFileAName(TemporaryFile& t, const OutputTarget& d, const std::string& path) {
    const std::string folder = folderOf(d.target);
    const std::string self = "/proc/self/fd/" + std::to_string(t.fd());
    for (int attempt = 0;; ++attempt) {
        const std::string name = temporaryName(folder, d.target);
        int linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
        if (linked != 0 && errno == ENOENT)  // /proc gone meanwhile: needs CAP_DAC_READ_SEARCH
            linked = ::linkat(t.fd(), "", AT_FDCWD, name.c_str(), AT_EMPTY_PATH);
        if (linked == 0) {
            t.setName(name);
            return;
        }
        if (errno != EEXIST || attempt == 100) failToWrite(path, d, errno);
    }
}

// Renames the finished temporary file over the target, with interrupts held back from the
// moment it has a name: either the target is replaced or the temporary name is gone.
void publish(TemporaryFile& t, const OutputTarget& d, const std::string& path) {
    InterruptsHeldBack heldBack;
    if (t.name().empty()) giveUnnamedFileAName(t, d, path);
    if (const int error = t.closeFile()) {
        t.discardName();
        failToWrite(path, d, error);
    }
    if (::rename(t.name().c_str(), d.target.c_str()) != 0) {
        const int error = errno;
        t.discardName();
        failWithErrno(path, "cannot replace the file", error);
    }
    t.forgetName();
}

// Makes the rename itself durable. Some filesystems cannot sync folders (EINVAL); that is fine.
void syncFolder(const std::string& path, const OutputTarget& d) {
    const int fd = ::open(folderOf(d.target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    const int error = syncFile(fd);
    ::close(fd);
    if (error && error != EINVAL && error != EROFS)
        failWithErrno(path, "written, but its folder could not be synced to disk", error);
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view content) {
    const OutputTarget d = inspectOutput(path);
    if (d.kind == TargetKind::Stream) return writeToStream(path, d, content);
    TemporaryFile t;
    createTemporary(t, d, path);
    if (d.kind == TargetKind::Regular) keepModeAndOwner(t.fd(), d.existing, path);
    if (const int error = writeAll(t.fd(), content)) failToWrite(path, d, error);
    if (const int error = syncFile(t.fd())) failToWrite(path, d, error);
    if (const auto hook = beforeReplaceHook.load()) hook(path);
    publish(t, d, path);
    syncFolder(path, d);
}

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    const bool same = fs::equivalent(a, b, ec);
    return !ec && same;
}

void removeTemporaryFilesOnSignals() {
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction current {};
        if (::sigaction(signal, nullptr, &current) != 0) continue;
        if ((current.sa_flags & SA_SIGINFO) || current.sa_handler != SIG_DFL) continue;
        struct sigaction action {};
        action.sa_handler = removeTemporariesAndDie;
        sigemptyset(&action.sa_mask);
        ::sigaction(signal, &action, nullptr);
    }
}

namespace detail {
void preferNamedTemporaryFiles(bool prefer) {
    namedTemporariesPreferred = prefer;
}
void setBeforeReplaceHook(void (*hook)(const std::string& path)) {
    beforeReplaceHook = hook;
}
}  // namespace detail

}  // namespace tagscope
