#include "engine/store/store_schema.h"

#include <algorithm>
#include <map>
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

// A table's columns as "name TYPE [NOT NULL] [KEY n]", in order.
std::vector<std::string> columnsOf(sqlite::Database& db, const std::string& table) {
    sqlite::Statement query =
        db.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1) ORDER BY cid");
    query.bind(1, table);
    std::vector<std::string> columns;
    while (query.step()) {
        std::string column = query.text(0) + " " + query.text(1);
        if (query.integer(2)) column += " NOT NULL";
        if (query.integer(3)) column += " KEY " + std::to_string(query.integer(3));
        columns.push_back(std::move(column));
    }
    return columns;
}

std::vector<std::string> namesOf(sqlite::Database& db, std::string_view sql) {
    sqlite::Statement query = db.prepare(sql);
    std::vector<std::string> names;
    while (query.step()) names.push_back(query.text(0));
    return names;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string joined(const std::vector<std::string>& columns) {
    std::string text;
    for (const std::string& column : columns) text += (text.empty() ? "" : ", ") + column;
    return text;
}

constexpr std::string_view kTablesSql = "SELECT name FROM sqlite_master WHERE type = 'table'";

// Per version (0 to current), the tables the migrations up to it make, with their columns:
// worked out once, in memory.
using Tables = std::map<std::string, std::vector<std::string>>;
const std::vector<Tables>& tablesByVersion() {
    static const std::vector<Tables> tables = [] {
        std::vector<Tables> byVersion(1);
        sqlite::Database scratch(":memory:");
        for (const Migration& step : storeMigrations()) {
            scratch.exec(std::string(step.sql));
            Tables now;
            for (const std::string& table : namesOf(scratch, kTablesSql))
                now[table] = columnsOf(scratch, table);
            byVersion.resize(std::size_t(step.version) + 1, now);
        }
        return byVersion;
    }();
    return tables;
}

}  // namespace

std::optional<std::string> storeSchemaProblem(sqlite::Database& db, int version) {
    const std::vector<std::string> hidden =
        namesOf(db,
                "SELECT type || ' ' || name FROM sqlite_master "
                "WHERE type IN ('view', 'trigger') ORDER BY name");
    if (!hidden.empty()) return "holds a " + hidden.front() + ", which no Tagscope store has";

    const std::vector<Tables>& byVersion = tablesByVersion();
    const Tables& expected =
        byVersion.at(std::size_t(std::clamp(version, 0, currentStoreVersion())));
    const std::vector<std::string> present = namesOf(db, kTablesSql);
    const std::string ofVersion = " (store version " + std::to_string(version) + ")";
    for (const auto& [table, any] : byVersion.back()) {
        const auto wanted = expected.find(table);
        const bool there = contains(present, table);
        if (wanted == expected.end() && there)
            return "has a table '" + table + "' that comes only with a later version" + ofVersion;
        if (wanted == expected.end()) continue;
        if (!there) return "has no table '" + table + "'" + ofVersion;
        const std::vector<std::string> columns = columnsOf(db, table);
        if (columns != wanted->second)
            return "has a table '" + table + "' with the columns (" + joined(columns) + "), not (" +
                   joined(wanted->second) + ")" + ofVersion;
    }
    return std::nullopt;
}

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
