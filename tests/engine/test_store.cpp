// The result store's API: results come back bit for bit, files are recognised as unchanged,
// touched, changed, moved or copied, and folders and settings are kept.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/error.h"
#include "engine/store/result_store.h"
#include "engine/store/sqlite_db.h"
#include "engine/store/store_schema.h"
#include "engine/tags.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

void setModificationTime(const std::string& path, std::int64_t seconds) {
    const std::chrono::sys_seconds when{std::chrono::seconds(seconds)};
    fs::last_write_time(path, std::chrono::file_clock::from_sys(when));
}

std::vector<float> probabilities(int seed) {
    std::vector<float> p(kTagCount);
    for (std::size_t t = 0; t < kTagCount; ++t)
        p[t] = float((seed * 37 + int(t) * 11) % 997) / 996.0f;
    return p;
}

// Values whose every bit matters: zero, one, the smallest denormal, a value with no short
// decimal form, the float just above one half.
std::vector<float> awkwardProbabilities() {
    std::vector<float> p = probabilities(7);
    p[0] = 0.0f;
    p[1] = 1.0f;
    p[2] = std::numeric_limits<float>::denorm_min();
    p[3] = 0.1f;
    p[4] = std::nextafter(0.5f, 1.0f);
    return p;
}

StoredResult withWindows(int seed, double hop, int windows) {
    StoredResult r;
    r.central = probabilities(seed);
    r.summary = probabilities(seed + 1);
    r.hopSeconds = hop;
    for (int w = 0; w < windows; ++w)
        r.segments.push_back({w * hop, probabilities(seed + 2 + w), {}});
    return r;
}

StoredResult centralOnly(int seed) {
    StoredResult r;
    r.central = probabilities(seed);
    r.summary = r.central;
    return r;
}

void expectSameBits(const std::vector<float>& a, const std::vector<float>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t k = 0; k < a.size(); ++k)
        EXPECT_EQ(std::bit_cast<std::uint32_t>(a[k]), std::bit_cast<std::uint32_t>(b[k])) << k;
}

void expectSameResult(const StoredResult& a, const StoredResult& b) {
    expectSameBits(a.central, b.central);
    expectSameBits(a.summary, b.summary);
    EXPECT_EQ(a.hopSeconds, b.hopSeconds);
    ASSERT_EQ(a.segments.size(), b.segments.size());
    for (std::size_t w = 0; w < a.segments.size(); ++w) {
        EXPECT_EQ(std::bit_cast<std::uint64_t>(a.segments[w].startSeconds),
                  std::bit_cast<std::uint64_t>(b.segments[w].startSeconds));
        expectSameBits(a.segments[w].probabilities, b.segments[w].probabilities);
    }
}

AudioInfo someAudio() {
    return {187.0427, 44100, 2, "mp3", "Jazz für Anfänger", "Bensound", "Samples, \"vol. 1\""};
}

class Store : public ::testing::Test {
protected:
    std::shared_ptr<ResultStore> open() {
        ResultStore::Opened opened = ResultStore::open(storePath);
        EXPECT_TRUE(opened.warnings.empty());
        return opened.store;
    }
    std::string musicFile(const std::string& name, const std::string& content) {
        const std::string path = dir.file(name);
        writeBytes(path, content);
        return path;
    }

    test::TempDir dir{"tagscope-store"};
    std::string storePath = dir.file("results.db");
};

TEST_F(Store, ANewStoreIsMarkedVersionedAndInWalMode) {
    auto store = open();
    EXPECT_EQ(store->schemaVersion(), currentStoreVersion());
    store.reset();
    sqlite::Database raw(storePath);
    EXPECT_EQ(raw.integerOf("PRAGMA application_id"), kStoreApplicationId);
    EXPECT_EQ(raw.integerOf("PRAGMA user_version"), currentStoreVersion());
    EXPECT_EQ(raw.textOf("PRAGMA journal_mode"), "wal");
}

TEST_F(Store, ResultsComeBackBitForBitWithTheAudioDetails) {
    const std::string song = musicFile("song.mp3", std::string(5000, 'a'));
    StoredResult windows = withWindows(3, 14.56, 4);
    windows.central = awkwardProbabilities();
    windows.segments[1].startSeconds = 1.0 / 3.0;
    const StoredResult central = centralOnly(9);
    std::int64_t fileId = 0, cnn = 0, rnn = 0;
    {
        auto store = open();
        cnn = store->configurationId("network cnn");
        rnn = store->configurationId("network rnn");
        const IdentifiedFile file = store->identify(song);
        EXPECT_EQ(file.status, FileStatus::New);
        fileId = store->saveResults(file, someAudio(), {{cnn, windows}, {rnn, central}});
    }
    auto store = open();  // everything from the file, nothing from memory
    EXPECT_EQ(store->configurationId("network cnn"), cnn);
    const auto stored = store->result(fileId, cnn);
    ASSERT_TRUE(stored);
    expectSameResult(*stored, windows);
    EXPECT_GT(stored->computedAt, 1'700'000'000);
    const auto storedCentral = store->result(fileId, rnn);
    ASSERT_TRUE(storedCentral);
    expectSameResult(*storedCentral, central);
    EXPECT_FALSE(storedCentral->hopSeconds);

    const auto file = store->file(song);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->id, fileId);
    EXPECT_EQ(file->path, fs::canonical(song).string());
    EXPECT_EQ(file->stamp, fileStamp(song));
    const AudioInfo info = someAudio();
    EXPECT_EQ(file->info.durationSeconds, info.durationSeconds);
    EXPECT_EQ(file->info.sampleRate, info.sampleRate);
    EXPECT_EQ(file->info.channels, info.channels);
    EXPECT_EQ(file->info.codec, info.codec);
    EXPECT_EQ(file->info.title, info.title);
    EXPECT_EQ(file->info.artist, info.artist);
    EXPECT_EQ(file->info.album, info.album);
    EXPECT_EQ(store->files().size(), 1u);
}

TEST_F(Store, AFileIsUnchangedTouchedChangedMovedOrCopied) {
    auto store = open();
    const std::int64_t config = store->configurationId("k");
    const std::string content(400 * 1024, 'x');
    const std::string first = musicFile("first.mp3", content);
    setModificationTime(first, 1'600'000'000);
    const std::int64_t id =
        store->saveResults(store->identify(first), {}, {{config, centralOnly(1)}});

    const IdentifiedFile unchanged = store->identify(first);
    EXPECT_EQ(unchanged.status, FileStatus::Unchanged);
    EXPECT_EQ(unchanged.id, id);

    setModificationTime(first, 1'600'000'100);  // touched: same bytes
    const IdentifiedFile touched = store->identify(first);
    EXPECT_EQ(touched.status, FileStatus::Touched);
    EXPECT_EQ(touched.id, id);
    EXPECT_EQ(store->identify(first).status, FileStatus::Unchanged);  // the new time is kept

    const std::string second = dir.file("renamed.mp3");
    fs::rename(first, second);
    const IdentifiedFile moved = store->identify(second);
    EXPECT_EQ(moved.status, FileStatus::Moved);
    EXPECT_EQ(moved.id, id);
    EXPECT_EQ(moved.movedFrom, fs::weakly_canonical(first).string());
    EXPECT_FALSE(store->file(first));
    EXPECT_TRUE(store->result(id, config));
    EXPECT_EQ(store->identify(second).status, FileStatus::Unchanged);

    const std::string copy = dir.file("copy.mp3");
    fs::copy_file(second, copy);  // the original is still there: a copy is analysed anew
    const IdentifiedFile copied = store->identify(copy);
    EXPECT_EQ(copied.status, FileStatus::New);
    EXPECT_FALSE(copied.id);

    std::string changedContent = content;
    changedContent[10] = 'y';  // same size, new bytes at the start (a tag edit)
    writeBytes(second, changedContent);
    const IdentifiedFile changed = store->identify(second);
    EXPECT_EQ(changed.status, FileStatus::Changed);
    EXPECT_FALSE(changed.id);
    EXPECT_TRUE(store->result(id, config));  // until the new analysis is saved
}

TEST_F(Store, SavingChangedContentDropsTheFilesOtherResults) {
    auto store = open();
    const std::int64_t a = store->configurationId("a"), b = store->configurationId("b");
    const std::string song = musicFile("song.mp3", "first content");
    const std::int64_t id =
        store->saveResults(store->identify(song), {}, {{a, centralOnly(1)}, {b, centralOnly(2)}});
    writeBytes(song, "other content, longer");
    const IdentifiedFile changed = store->identify(song);
    ASSERT_EQ(changed.status, FileStatus::Changed);
    EXPECT_EQ(store->saveResults(changed, {}, {{a, centralOnly(3)}}), id);  // same file, kept
    ASSERT_TRUE(store->result(id, a));
    expectSameBits(store->result(id, a)->central, probabilities(3));
    EXPECT_FALSE(store->result(id, b));
}

TEST_F(Store, RowsThatDoNotDecodeAreTreatedAsMissing) {
    auto store = open();
    const std::int64_t config = store->configurationId("k");
    const std::string song = musicFile("song.mp3", "content");
    const std::int64_t id =
        store->saveResults(store->identify(song), {}, {{config, withWindows(1, 10.0, 3)}});
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::string nanBlob(4 * kTagCount, '\0');
    std::memcpy(nanBlob.data(), &nan, sizeof nan);
    const std::vector<std::pair<const char*, std::string>> damage = {
        {"UPDATE results SET central = ?1", "abc"},
        {"UPDATE results SET central = ?1", nanBlob},
        {"UPDATE results SET window_probabilities = ?1", std::string(4 * kTagCount, '\0')},
        {"UPDATE results SET window_starts = ?1", "12345678"},
    };
    for (const auto& [sql, blob] : damage) {
        store->saveResults(store->identify(song), {}, {{config, withWindows(1, 10.0, 3)}});
        ASSERT_TRUE(store->result(id, config));
        sqlite::Database raw(storePath);
        raw.prepare(sql).bindBlob(1, blob).run();
        EXPECT_FALSE(store->result(id, config)) << sql;
    }
    {
        sqlite::Database raw(storePath);
        raw.exec("UPDATE results SET hop_s = NULL");  // windows without their hop
    }
    EXPECT_FALSE(store->result(id, config));
}

TEST_F(Store, ForgettingAFileForgetsItsResults) {
    auto store = open();
    const std::int64_t config = store->configurationId("k");
    const std::string song = musicFile("song.mp3", "content");
    const std::int64_t id =
        store->saveResults(store->identify(song), {}, {{config, centralOnly(1)}});
    EXPECT_TRUE(store->forgetFile(song));
    EXPECT_FALSE(store->forgetFile(song));
    EXPECT_FALSE(store->result(id, config));
    EXPECT_TRUE(store->files().empty());
}

TEST_F(Store, ModelFileFingerprintsAreRememberedByPathSizeAndTime) {
    auto store = open();
    const std::string weights = musicFile("weights.hdf5", "weights, version one");
    setModificationTime(weights, 1'600'000'000);
    const std::uint64_t first = store->modelFileFingerprint(weights);
    EXPECT_EQ(first, fullFingerprint(weights).fingerprint);

    writeBytes(weights, "weights, version two");  // same size, time put back: trusted as is
    setModificationTime(weights, 1'600'000'000);
    EXPECT_EQ(store->modelFileFingerprint(weights), first);
    setModificationTime(weights, 1'600'000'001);
    EXPECT_NE(store->modelFileFingerprint(weights), first);
}

TEST_F(Store, FoldersAndSettingsAreKept) {
    {
        auto store = open();
        store->addFolder(dir.path().string());
        store->addFolder(dir.path().string() + "/.");  // the same folder, once
        store->addFolder(dir.file("elsewhere"));
        store->setSetting("thresholds", R"({"jazz": 0.25, "rock": 0.4})");
        store->setSetting("labels", R"({"hip-hop": "Hip-hop"})");
        store->setSetting("labels", R"({"hip-hop": "Hip hop"})");
        EXPECT_TRUE(store->removeFolder(dir.file("elsewhere")));
    }
    auto store = open();
    EXPECT_EQ(store->folders(), std::vector<std::string>{fs::canonical(dir.path()).string()});
    EXPECT_EQ(store->setting("thresholds"), R"({"jazz": 0.25, "rock": 0.4})");
    EXPECT_EQ(store->setting("labels"), R"({"hip-hop": "Hip hop"})");
    EXPECT_FALSE(store->setting("absent"));
    try {
        store->setSetting("thresholds", "{jazz: 0.25");
        ADD_FAILURE() << "invalid JSON saved";
    } catch (const Error& e) {
        EXPECT_TRUE(std::string(e.what()).starts_with(storePath + ": ")) << e.what();
    }
    EXPECT_EQ(store->setting("thresholds"), R"({"jazz": 0.25, "rock": 0.4})");
    EXPECT_TRUE(store->removeSetting("labels"));
    EXPECT_FALSE(store->setting("labels"));
}

TEST_F(Store, ThreadsShareOneStore) {
    auto store = open();
    const std::int64_t config = store->configurationId("k");
    constexpr int kThreads = 4, kFilesEach = 25;
    std::vector<std::string> songs;
    for (int i = 0; i < kThreads * kFilesEach; ++i)
        songs.push_back(
            musicFile("song" + std::to_string(i) + ".mp3", "content " + std::to_string(i)));
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = t * kFilesEach; i < (t + 1) * kFilesEach; ++i) {
                const std::int64_t id =
                    store->saveResults(store->identify(songs[i]), {}, {{config, centralOnly(i)}});
                const auto back = store->result(id, config);
                EXPECT_TRUE(back && back->central == probabilities(i));
                store->setSetting("last" + std::to_string(t), std::to_string(i));
            }
        });
    threads.clear();
    EXPECT_EQ(store->files().size(), songs.size());
    for (std::size_t i = 0; i < songs.size(); ++i)
        EXPECT_EQ(store->identify(songs[i]).status, FileStatus::Unchanged);
}

}  // namespace
}  // namespace tagscope
