#pragma once
// What identifies a file's content for the result store, without reading it all:
// - its stamp: size and modification time (nanoseconds), from one stat(); an unchanged stamp
//   at the same path is trusted to mean unchanged content (as make and rsync do);
// - its sampled fingerprint: XXH64 over the size (8 bytes, little-endian) followed by three
//   64 KiB blocks — the start, the middle (centred on size / 2) and the end; files up to
//   192 KiB are hashed whole. 192 KiB read per file whatever its length. Any change to a
//   block counts (a tag edit at the start of an mp3 makes the file "changed": re-analysed,
//   which is safe); a same-size change that misses all three blocks goes unseen.
// - its full fingerprint: XXH64 over the size then every byte (for weight and calibration
//   files, which are read whole anyway when used).
// Every function checks the file first (checkInputFile) and throws Error naming it.

#include <cstdint>
#include <string>
#include <string_view>

namespace tagscope {

inline constexpr std::uint64_t kFingerprintBlockBytes = 64 * 1024;

struct FileStamp {
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
    bool operator==(const FileStamp&) const = default;
};

struct ContentFingerprint {
    FileStamp stamp;  // as it was when the content was read
    std::uint64_t fingerprint = 0;
};

FileStamp fileStamp(const std::string& path);
ContentFingerprint sampledFingerprint(const std::string& path);
ContentFingerprint fullFingerprint(const std::string& path);

// The sampled fingerprint of bytes held in memory: what sampledFingerprint gives for a file
// holding exactly these bytes (tag writing checks and records files it rewrites in memory).
std::uint64_t sampledFingerprintOf(std::string_view bytes);

// A whole file with its stamp, both through one descriptor. Throws Error naming the file,
// also when it is longer than maxBytes.
struct FileContent {
    FileStamp stamp;
    std::string bytes;
};
FileContent readFileContent(const std::string& path, std::uint64_t maxBytes);

}  // namespace tagscope
