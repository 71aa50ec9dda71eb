#pragma once
// The persistent result store: one SQLite file (WAL journal) that remembers, across runs,
// - every analysed file: its identity (path, size, modification time, content fingerprint)
//   and audio details (duration, rate, channels, codec, title, artist, album);
// - per file and analysis configuration (analysis_key.h): the central prediction, the
//   summary, and the analysis windows (starts and probabilities) when they were computed;
// - what the user makes: remembered folders and settings (JSON text under a key: thresholds,
//   label edits, ...).
// Schema and migrations: store_schema.h; opening, damaged and newer stores: store_opening.h;
// the design and its trade-offs: docs/LIBRARY.md.
//
// Thread-safe: every method may be called from any thread (one connection, one mutex; files
// are read for fingerprints outside the lock). Several processes may share a store (SQLite's
// locking; a writer waits up to 5 s for another). Each save is one transaction, so a crash or
// kill loses at most the saves in flight. Errors throw tagscope::Error naming the store file
// (store problems) or the audio file (file problems).

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/report/tag_result.h"
#include "engine/store/content_fingerprint.h"
#include "engine/store/write_batch.h"

namespace tagscope {

namespace sqlite {
class Database;
}

// A file as the store knows it.
struct StoredFile {
    std::int64_t id = 0;
    std::string path;  // absolute and canonical
    FileStamp stamp;
    std::uint64_t fingerprint = 0;  // sampled content fingerprint
    AudioInfo info;                 // empty for a melgram input
};

// How a file on disk relates to what the store holds.
enum class FileStatus {
    New,        // no stored file has this path or this content
    Unchanged,  // same path, size and modification time: nothing was read
    Touched,    // same path, new modification time, same content: the stored time is updated
    Moved,      // new path, content of a stored file whose path no longer exists: renamed
    Changed,    // same path, different content: its stored results no longer apply
};

struct IdentifiedFile {
    std::string path;  // absolute and canonical: the store's key
    FileStatus status = FileStatus::New;
    // The stored file whose results belong to this content (Unchanged, Touched, Moved).
    std::optional<std::int64_t> id;
    ContentFingerprint content;  // for Unchanged, the stored fingerprint (nothing read)
    AudioInfo info;              // as stored, when `id` is set
    std::string movedFrom;       // Moved: the path the store had
};

// One configuration's results for one file.
struct StoredResult {
    std::vector<float> central;           // 50 probabilities: the central window
    std::vector<float> summary;           // mean over the windows; the central one when none
    std::optional<double> hopSeconds;     // set when the windows were computed
    std::vector<SegmentResult> segments;  // the windows (levels, embeddings), when computed
    std::vector<float> embedding = {};    // the track embedding (tag_result.h); empty: none
    WindowLevel centralLevel = {};        // the central clip's padding and loudness
    std::int64_t computedAt = 0;          // seconds since 1970 (UTC); set by saveResults
};

// A configuration's key, as analysisKey() (analysis_key.h) makes it.
using AnalysisKey = std::string;

// A file's track embedding under one configuration (for similar tracks).
struct StoredEmbedding {
    std::int64_t fileId = 0;
    std::string path;
    std::vector<float> embedding;
};

class ResultStore {
public:
    struct Opened {
        std::shared_ptr<ResultStore> store;
        std::vector<std::string> warnings;  // one line per unusable store moved aside
    };
    // Opens or creates the store (store_opening.h: damaged or newer stores are moved aside,
    // with a warning, never deleted). Throws Error naming the file if it cannot be used.
    static Opened open(const std::string& path);

    ~ResultStore();
    ResultStore(const ResultStore&) = delete;
    ResultStore& operator=(const ResultStore&) = delete;

    const std::string& path() const { return path_; }
    int schemaVersion() const { return schemaVersion_; }

    // Files. identify() stats the file, and reads its fingerprint blocks unless path, size and
    // modification time match a stored file; a Touched or Moved file's stored identity is
    // updated on the spot. Throws Error naming the file if it cannot be read.
    IdentifiedFile identify(const std::string& path);
    std::optional<StoredFile> file(const std::string& path) const;
    std::vector<StoredFile> files() const;     // by path
    bool forgetFile(const std::string& path);  // the file and all its results

    // Analysis configurations: the id for a key (analysis_key.h), made on first use.
    std::int64_t configurationId(const std::string& key);

    // The stored result, or nullopt (also for a row that does not decode to 50 finite
    // probabilities per window: it is treated as missing, and the next save replaces it).
    std::optional<StoredResult> result(std::int64_t fileId, std::int64_t configurationId) const;

    // Every file with a stored track embedding under the configuration `key` (analysis_key.h),
    // by path. Rows whose embedding does not decode are left out. Empty for an unknown key.
    std::vector<StoredEmbedding> trackEmbeddings(const AnalysisKey& key) const;
    std::vector<StoredEmbedding> trackEmbeddings(std::int64_t configurationId) const;

    // Records an analysis of `file` (as identify() described it, before the analysis): its
    // identity, its audio details and one result per configuration id, in one transaction.
    // If the stored content differs, the file's other results are dropped first. Returns the
    // file's id.
    std::int64_t saveResults(const IdentifiedFile& file, const AudioInfo& info,
                             const std::vector<std::pair<std::int64_t, StoredResult>>& results);

    // The full fingerprint of a weight or calibration file, remembered by path, size and
    // modification time (so an unchanged file is not read again).
    std::uint64_t modelFileFingerprint(const std::string& path);

    // Folders the user keeps in the library (absolute, canonical), by path.
    std::vector<std::string> folders() const;
    void addFolder(const std::string& path);
    bool removeFolder(const std::string& path);

    // Settings: JSON text under a key. setSetting throws Error unless `json` is valid JSON.
    std::optional<std::string> setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& json);
    bool removeSetting(const std::string& key);

    // The journal of tag writes (write_batch.h; result_store_writes.cpp). addWriteBatch saves
    // a batch in one transaction and returns its id (its writtenAt is now). lastWriteBatch is
    // the latest batch not marked undone, its files in the order they were added.
    std::int64_t addWriteBatch(const WriteBatch& batch);
    void removeWrittenFile(std::int64_t batch, const std::string& path);
    std::optional<WriteBatch> lastWriteBatch() const;
    void markWriteBatchUndone(std::int64_t batch);

    // After Tagscope rewrote a file's tags (the audio untouched): the stored file at `path`
    // whose content was `before` takes the identity `after`, keeping its results. False if the
    // store holds no such file.
    bool adoptRewrittenFile(const std::string& path, std::uint64_t before,
                            const ContentFingerprint& after);

private:
    ResultStore(std::string path, std::unique_ptr<sqlite::Database> db, int schemaVersion);
    std::optional<StoredFile> fileAt(const std::string& canonicalPath) const;  // mutex held

    std::string path_;
    int schemaVersion_;
    mutable std::mutex mutex_;
    std::unique_ptr<sqlite::Database> db_;
};

// The absolute, canonical form of a path (links resolved as far as they exist): how the store
// names files and folders.
std::string canonicalStorePath(const std::string& path);

}  // namespace tagscope
