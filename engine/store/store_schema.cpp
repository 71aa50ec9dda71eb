#include "engine/store/store_schema.h"

#include <string>

namespace tagscope {
namespace {

// Version 1: what `tagscope-cli tag --store` needs. Paths are absolute and canonical; sizes in
// bytes; times in nanoseconds (mtime) or seconds (computed_at) since 1970, UTC; fingerprints
// are 64-bit content hashes (content_fingerprint.h) stored as signed integers; probability
// blobs are little-endian float32, 50 per row in tagNames() order; window starts are
// little-endian float64 seconds.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL,
    duration_s REAL,
    sample_rate INTEGER,
    channels INTEGER,
    codec TEXT,
    title TEXT,
    artist TEXT,
    album TEXT
);
CREATE INDEX files_by_content ON files (fingerprint, size);
CREATE TABLE model_files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL
);
CREATE TABLE configurations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE results (
    file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    configuration_id INTEGER NOT NULL REFERENCES configurations (id) ON DELETE CASCADE,
    central BLOB NOT NULL,
    summary BLOB,
    hop_s REAL,
    window_starts BLOB,
    window_probabilities BLOB,
    computed_at INTEGER NOT NULL,
    PRIMARY KEY (file_id, configuration_id)
);
)sql";

// Version 2: what the app's library and the user's own choices need. Settings hold JSON text
// (thresholds, label edits, ...) under keys the app chooses.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    added_at INTEGER NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value)),
    updated_at INTEGER NOT NULL
);
)sql";

// Version 3: the journal of tag writes (engine/tagwrite), so that a write can be undone. A
// batch is one write command; per file and field, the values before (previous) and the values
// written, as JSON arrays of strings ([] when the field was absent). Batches are marked undone,
// never deleted.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE write_batches (
    id INTEGER PRIMARY KEY,
    written_at INTEGER NOT NULL,
    mode TEXT NOT NULL,
    undone_at INTEGER
);
CREATE TABLE written_fields (
    batch_id INTEGER NOT NULL REFERENCES write_batches (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    field TEXT NOT NULL,
    previous TEXT NOT NULL CHECK (json_valid(previous)),
    written TEXT NOT NULL CHECK (json_valid(written)),
    PRIMARY KEY (batch_id, path, field)
);
)sql";

// Version 4: embeddings for similar tracks, and the levels that make the reports' silence
// warnings (window_level.h). Per result: the track embedding (little-endian float32: 256 for
// the ConvNet, 32 for the RecurrentNet); the windows' embeddings (n × that, little-endian
// float16, window after window); the central clip's padding share and RMS level (dBFS; NULL:
// not measured); the windows' levels (n × 2 little-endian float64: padding share, RMS dBFS or
// NaN when not measured). All NULL in rows saved before version 4.
constexpr std::string_view kVersion4 = R"sql(
ALTER TABLE results ADD COLUMN embedding BLOB;
ALTER TABLE results ADD COLUMN window_embeddings BLOB;
ALTER TABLE results ADD COLUMN central_padding REAL;
ALTER TABLE results ADD COLUMN central_rms_db REAL;
ALTER TABLE results ADD COLUMN window_levels BLOB;
)sql";

}  // namespace

const std::vector<Migration>& storeMigrations() {
    static const std::vector<Migration> migrations = {
        {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}};
    return migrations;
}

int currentStoreVersion() {
    return storeMigrations().back().version;
}

void migrateStore(sqlite::Database& db, int fromVersion) {
    for (const Migration& step : storeMigrations()) {
        if (step.version <= fromVersion) continue;
        sqlite::Transaction transaction(db);
        if (step.version == 1)
            db.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
        db.exec(std::string(step.sql));
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

}  // namespace tagscope
