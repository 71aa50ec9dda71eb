// File identity for the result store: XXH64 as published, the sampled content fingerprint
// (what it sees and, by design, what it does not), and stamps.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/error.h"
#include "engine/store/content_fingerprint.h"
#include "engine/store/xxhash64.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string pattern(std::size_t size) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = char((i * 31 + 7) % 256);
    return bytes;
}

TEST(Xxh64, GivesThePublishedDigests) {
    // Reference values from xxhsum -H1 (xxHash 0.8).
    EXPECT_EQ(xxh64(""), 0xef46db3751d8e999ull);
    EXPECT_EQ(xxh64("abc"), 0x44bc2cf5ad770999ull);
    EXPECT_EQ(xxh64("The quick brown fox jumps over the lazy dog"), 0x0b242d361fda71bcull);
    EXPECT_EQ(xxh64(pattern(100000)), 0x3ac9cbc5a9b7f843ull);
}

TEST(Xxh64, PiecesOfAnySizeGiveTheSameDigest) {
    const std::string bytes = pattern(1000);
    for (std::size_t piece : {1u, 3u, 31u, 32u, 33u, 64u, 999u}) {
        Xxh64 hash;
        for (std::size_t at = 0; at < bytes.size(); at += piece)
            hash.update(std::string_view(bytes).substr(at, piece));
        EXPECT_EQ(hash.digest(), xxh64(bytes)) << piece;
    }
}

TEST(ContentFingerprint, ASmallFileIsHashedWhole) {
    const test::TempDir dir;
    const std::string path = dir.file("small.bin");
    std::string bytes = pattern(3 * kFingerprintBlockBytes);
    writeBytes(path, bytes);
    const ContentFingerprint before = sampledFingerprint(path);
    EXPECT_EQ(before.stamp.size, bytes.size());
    EXPECT_EQ(before.fingerprint, fullFingerprint(path).fingerprint);
    bytes[kFingerprintBlockBytes + 5] ^= 1;  // anywhere at all
    writeBytes(path, bytes);
    EXPECT_NE(sampledFingerprint(path).fingerprint, before.fingerprint);
}

TEST(ContentFingerprint, ALargeFileIsKnownByItsStartMiddleEndAndSize) {
    const test::TempDir dir;
    const std::string path = dir.file("large.bin");
    const std::size_t size = 10 * kFingerprintBlockBytes + 12345;
    const std::string original = pattern(size);
    writeBytes(path, original);
    const std::uint64_t fingerprint = sampledFingerprint(path).fingerprint;

    for (std::size_t at : {std::size_t(0), size / 2, size - 1}) {
        std::string changed = original;
        changed[at] ^= 1;
        writeBytes(path, changed);
        EXPECT_NE(sampledFingerprint(path).fingerprint, fingerprint) << at;
        EXPECT_NE(fullFingerprint(path).fingerprint, fingerprint) << at;
    }
    writeBytes(path, original + "x");
    EXPECT_NE(sampledFingerprint(path).fingerprint, fingerprint);

    // The trade-off: a same-size change between the blocks is not seen by the sampled
    // fingerprint (the full one sees it).
    std::string between = original;
    between[2 * kFingerprintBlockBytes] ^= 1;
    writeBytes(path, between);
    EXPECT_EQ(sampledFingerprint(path).fingerprint, fingerprint);
    writeBytes(path, original);
    const std::uint64_t full = fullFingerprint(path).fingerprint;
    writeBytes(path, between);
    EXPECT_NE(fullFingerprint(path).fingerprint, full);
}

TEST(ContentFingerprint, StampsHaveNanosecondsAndFollowTheFile) {
    const test::TempDir dir;
    const std::string path = dir.file("a.bin");
    writeBytes(path, "abc");
    const std::chrono::sys_time<std::chrono::nanoseconds> when{
        std::chrono::nanoseconds(1'700'000'000'123'456'789)};
    std::filesystem::last_write_time(path, std::chrono::file_clock::from_sys(when));
    const FileStamp stamp = fileStamp(path);
    EXPECT_EQ(stamp.size, 3u);
    EXPECT_EQ(stamp.mtimeNs, 1'700'000'000'123'456'789);
    EXPECT_EQ(sampledFingerprint(path).stamp, stamp);
}

TEST(ContentFingerprint, ProblemsNameTheFile) {
    const test::TempDir dir;
    for (const std::string& path : {dir.file("missing.mp3"), dir.path().string()}) {
        try {
            sampledFingerprint(path);
            ADD_FAILURE() << path;
        } catch (const Error& e) {
            EXPECT_TRUE(std::string(e.what()).starts_with(path + ": ")) << e.what();
        }
    }
}

}  // namespace
}  // namespace tagscope
