#include "engine/store/content_fingerprint.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "engine/error.h"
#include "engine/io/input_file.h"
#include "engine/store/xxhash64.h"

namespace tagscope {
namespace {

FileStamp stampOf(const struct stat& st) {
    return {std::uint64_t(st.st_size),
            std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

std::string sizeBytes(std::uint64_t size) {
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i) bytes[i] = char((size >> (8 * i)) & 0xff);
    return bytes;
}

// An open, checked file whose stamp is taken from the descriptor itself, so the stamp and the
// bytes read belong to the same file even if the path is replaced meanwhile.
class OpenFile {
public:
    explicit OpenFile(const std::string& path) : path_(path) {
        checkInputFile(path, true);
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) fail(path, std::string("cannot open (") + std::strerror(errno) + ")");
        struct stat st {};
        if (::fstat(fd_, &st) != 0)
            fail(path, std::string("cannot stat (") + std::strerror(errno) + ")");
        stamp_ = stampOf(st);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    ~OpenFile() { ::close(fd_); }

    const FileStamp& stamp() const { return stamp_; }

    // Exactly `size` bytes at `offset`; a file that shrank meanwhile is an error.
    std::string read(std::uint64_t offset, std::uint64_t size) const {
        std::string bytes(size, '\0');
        for (std::uint64_t done = 0; done < size;) {
            const ssize_t n = ::pread(fd_, bytes.data() + done, size - done, off_t(offset + done));
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) fail(path_, std::string("cannot read (") + std::strerror(errno) + ")");
            if (n == 0) fail(path_, "changed while being read (shorter than it was)");
            done += std::uint64_t(n);
        }
        return bytes;
    }

private:
    const std::string& path_;
    int fd_ = -1;
    FileStamp stamp_;
};

}  // namespace

FileStamp fileStamp(const std::string& path) {
    checkInputFile(path, true);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        fail(path, std::string("cannot stat (") + std::strerror(errno) + ")");
    return stampOf(st);
}

namespace {

// The three blocks (or the whole) of a file of `size` bytes, as read(offset, count) gives them.
template <class Read>
std::uint64_t sampledHash(std::uint64_t size, const Read& read) {
    Xxh64 hash;
    hash.update(sizeBytes(size));
    if (size <= 3 * kFingerprintBlockBytes) {
        hash.update(read(0, size));
    } else {
        hash.update(read(0, kFingerprintBlockBytes));
        hash.update(read(size / 2 - kFingerprintBlockBytes / 2, kFingerprintBlockBytes));
        hash.update(read(size - kFingerprintBlockBytes, kFingerprintBlockBytes));
    }
    return hash.digest();
}

}  // namespace

ContentFingerprint sampledFingerprint(const std::string& path) {
    const OpenFile file(path);
    const std::uint64_t hash = sampledHash(
        file.stamp().size,
        [&](std::uint64_t offset, std::uint64_t count) { return file.read(offset, count); });
    return {file.stamp(), hash};
}

std::uint64_t sampledFingerprintOf(std::string_view bytes) {
    return sampledHash(bytes.size(), [&](std::uint64_t offset, std::uint64_t count) {
        return bytes.substr(offset, count);
    });
}

FileContent readFileContent(const std::string& path, std::uint64_t maxBytes) {
    const OpenFile file(path);
    if (file.stamp().size > maxBytes)
        fail(path, "is too large (" + std::to_string(file.stamp().size) + " bytes; at most " +
                       std::to_string(maxBytes) + ")");
    return {file.stamp(), file.read(0, file.stamp().size)};
}

ContentFingerprint fullFingerprint(const std::string& path) {
    constexpr std::uint64_t kChunk = 1 << 20;
    const OpenFile file(path);
    const std::uint64_t size = file.stamp().size;
    Xxh64 hash;
    hash.update(sizeBytes(size));
    for (std::uint64_t offset = 0; offset < size; offset += kChunk)
        hash.update(file.read(offset, std::min(kChunk, size - offset)));
    return {file.stamp(), hash.digest()};
}

}  // namespace tagscope
