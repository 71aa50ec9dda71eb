#include "engine/store/result_store.h"

#include <bit>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "engine/error.h"
#include "engine/store/number_blob.h"
#include "engine/store/result_rows.h"
#include "engine/store/sqlite_db.h"
#include "engine/store/store_opening.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

// SQLite integers are signed: fingerprints are kept as the same 64 bits.
std::int64_t asInteger(std::uint64_t v) {
    return std::bit_cast<std::int64_t>(v);
}
std::uint64_t asUnsigned(std::int64_t v) {
    return std::bit_cast<std::uint64_t>(v);
}

std::int64_t now() {
    return std::int64_t(std::time(nullptr));
}

constexpr const char* kFileColumns =
    "id, path, size, mtime_ns, fingerprint, duration_s, sample_rate, channels, codec, title, "
    "artist, album";

StoredFile fileFromRow(const sqlite::Statement& row) {
    StoredFile f;
    f.id = row.integer(0);
    f.path = row.text(1);
    f.stamp = {std::uint64_t(row.integer(2)), row.integer(3)};
    f.fingerprint = asUnsigned(row.integer(4));
    if (!row.isNull(6)) {
        f.info.durationSeconds = row.real(5);
        f.info.sampleRate = int(row.integer(6));
        f.info.channels = int(row.integer(7));
        f.info.codec = row.text(8);
        f.info.title = row.text(9);
        f.info.artist = row.text(10);
        f.info.album = row.text(11);
    }
    return f;
}

// Binds identity and audio details as parameters 2..11 (1 is the id or the path).
void bindFile(sqlite::Statement& s, const ContentFingerprint& content, const AudioInfo& info) {
    s.bind(2, std::int64_t(content.stamp.size))
        .bind(3, content.stamp.mtimeNs)
        .bind(4, asInteger(content.fingerprint));
    if (info.sampleRate == 0) {  // not audio (a melgram)
        for (int column = 5; column <= 11; ++column) s.bindNull(column);
        return;
    }
    s.bind(5, info.durationSeconds)
        .bind(6, std::int64_t(info.sampleRate))
        .bind(7, std::int64_t(info.channels))
        .bind(8, info.codec)
        .bind(9, info.title)
        .bind(10, info.artist)
        .bind(11, info.album);
}

bool exists(const std::string& path) {
    std::error_code ec;
    const bool found = fs::exists(path, ec);
    return found || ec;  // in doubt (no permission to look), it is there
}

}  // namespace

std::string canonicalStorePath(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec) return path;
    const fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal().string() : canonical.string();
}

ResultStore::Opened ResultStore::open(const std::string& path) {
    OpenedStoreDatabase opened = openStoreDatabase(path);
    return {std::shared_ptr<ResultStore>(
                new ResultStore(path, std::move(opened.db), opened.schemaVersion)),
            std::move(opened.warnings)};
}

ResultStore::ResultStore(std::string path, std::unique_ptr<sqlite::Database> db, int schemaVersion)
    : path_(std::move(path)), schemaVersion_(schemaVersion), db_(std::move(db)) {}

ResultStore::~ResultStore() = default;

std::optional<StoredFile> ResultStore::fileAt(const std::string& canonicalPath) const {
    static const std::string sql =
        std::string("SELECT ") + kFileColumns + " FROM files WHERE path = ?1";
    auto query = db_->cached(sql.c_str());
    query->bind(1, canonicalPath);
    if (!query->step()) return std::nullopt;
    return fileFromRow(*query);
}

IdentifiedFile ResultStore::identify(const std::string& path) {
    IdentifiedFile f;
    f.path = canonicalStorePath(path);
    const FileStamp stamp = fileStamp(path);
    {
        const std::lock_guard lock(mutex_);
        if (const auto row = fileAt(f.path); row && row->stamp == stamp) {
            f.status = FileStatus::Unchanged;
            f.id = row->id;
            f.content = {stamp, row->fingerprint};
            f.info = row->info;
            return f;
        }
    }
    f.content = sampledFingerprint(path);  // read outside the lock

    const std::lock_guard lock(mutex_);
    if (const auto row = fileAt(f.path)) {
        if (row->fingerprint != f.content.fingerprint || row->stamp.size != f.content.stamp.size) {
            f.status = FileStatus::Changed;
            return f;
        }
        auto update = db_->cached("UPDATE files SET mtime_ns = ?2 WHERE id = ?1");
        update->bind(1, row->id).bind(2, f.content.stamp.mtimeNs).run();
        f.status = FileStatus::Touched;
        f.id = row->id;
        f.info = row->info;
        return f;
    }
    static const std::string candidatesSql =
        std::string("SELECT ") + kFileColumns + " FROM files WHERE fingerprint = ?1 AND size = ?2";
    std::vector<StoredFile> candidates;
    {
        auto query = db_->cached(candidatesSql.c_str());
        query->bind(1, asInteger(f.content.fingerprint))
            .bind(2, std::int64_t(f.content.stamp.size));
        while (query->step()) candidates.push_back(fileFromRow(*query));
    }
    for (const StoredFile& candidate : candidates) {
        if (exists(candidate.path)) continue;  // a copy, not a move: analysed on its own
        auto update = db_->cached("UPDATE files SET path = ?2, mtime_ns = ?3 WHERE id = ?1");
        update->bind(1, candidate.id).bind(2, f.path).bind(3, f.content.stamp.mtimeNs).run();
        f.status = FileStatus::Moved;
        f.id = candidate.id;
        f.info = candidate.info;
        f.movedFrom = candidate.path;
        return f;
    }
    f.status = FileStatus::New;
    return f;
}

std::optional<StoredFile> ResultStore::file(const std::string& path) const {
    const std::lock_guard lock(mutex_);
    return fileAt(canonicalStorePath(path));
}

std::vector<StoredFile> ResultStore::files() const {
    static const std::string sql =
        std::string("SELECT ") + kFileColumns + " FROM files ORDER BY path";
    const std::lock_guard lock(mutex_);
    std::vector<StoredFile> all;
    auto query = db_->cached(sql.c_str());
    while (query->step()) all.push_back(fileFromRow(*query));
    return all;
}

bool ResultStore::forgetFile(const std::string& path) {
    const std::lock_guard lock(mutex_);
    db_->cached("DELETE FROM files WHERE path = ?1")->bind(1, canonicalStorePath(path)).run();
    return db_->changes() > 0;
}

std::int64_t ResultStore::configurationId(const std::string& key) {
    const std::lock_guard lock(mutex_);
    db_->cached("INSERT INTO configurations (key) VALUES (?1) ON CONFLICT (key) DO NOTHING")
        ->bind(1, key)
        .run();
    auto query = db_->cached("SELECT id FROM configurations WHERE key = ?1");
    query->bind(1, key);
    if (!query->step()) fail(path_, "cannot record the analysis configuration");
    return query->integer(0);
}

std::optional<StoredResult> ResultStore::result(std::int64_t fileId,
                                                std::int64_t configurationId) const {
    const std::lock_guard lock(mutex_);
    auto query = db_->cached(
        "SELECT central, summary, hop_s, window_starts, window_probabilities, computed_at, "
        "embedding, window_embeddings, central_padding, central_rms_db, window_levels "
        "FROM results WHERE file_id = ?1 AND configuration_id = ?2");
    query->bind(1, fileId).bind(2, configurationId);
    if (!query->step()) return std::nullopt;
    ResultRow row;
    row.central = query->blob(0);
    if (!query->isNull(1)) row.summary = query->blob(1);
    if (!query->isNull(2)) row.hopSeconds = query->real(2);
    if (!query->isNull(3)) row.windowStarts = query->blob(3);
    if (!query->isNull(4)) row.windowProbabilities = query->blob(4);
    row.computedAt = query->integer(5);
    if (!query->isNull(6)) row.embedding = query->blob(6);
    if (!query->isNull(7)) row.windowEmbeddings = query->blob(7);
    if (!query->isNull(8)) row.centralPadding = query->real(8);
    if (!query->isNull(9)) row.centralRmsDb = query->real(9);
    if (!query->isNull(10)) row.windowLevels = query->blob(10);
    return decodeResultRow(row);
}

std::vector<StoredEmbedding> ResultStore::trackEmbeddings(const AnalysisKey& key) const {
    std::optional<std::int64_t> id;
    {
        const std::lock_guard lock(mutex_);
        auto query = db_->cached("SELECT id FROM configurations WHERE key = ?1");
        query->bind(1, key);
        if (query->step()) id = query->integer(0);
    }
    return id ? trackEmbeddings(*id) : std::vector<StoredEmbedding>{};
}

std::vector<StoredEmbedding> ResultStore::trackEmbeddings(std::int64_t configurationId) const {
    const std::lock_guard lock(mutex_);
    auto query = db_->cached(
        "SELECT files.id, files.path, results.embedding FROM results "
        "JOIN files ON files.id = results.file_id "
        "WHERE results.configuration_id = ?1 AND results.embedding IS NOT NULL "
        "ORDER BY files.path");
    query->bind(1, configurationId);
    std::vector<StoredEmbedding> all;
    while (query->step()) {
        auto embedding = float32sFromBlob(query->blob(2));
        if (!embedding || embedding->empty()) continue;
        bool finite = true;
        for (float v : *embedding) finite &= std::isfinite(v);
        if (finite) all.push_back({query->integer(0), query->text(1), std::move(*embedding)});
    }
    return all;
}

std::int64_t ResultStore::saveResults(
    const IdentifiedFile& file, const AudioInfo& info,
    const std::vector<std::pair<std::int64_t, StoredResult>>& results) {
    const std::lock_guard lock(mutex_);
    sqlite::Transaction transaction(*db_);
    std::int64_t id = 0;
    if (const auto row = fileAt(file.path)) {
        id = row->id;
        if (row->fingerprint != file.content.fingerprint ||
            row->stamp.size != file.content.stamp.size)
            db_->cached("DELETE FROM results WHERE file_id = ?1")->bind(1, id).run();
        auto update = db_->cached(
            "UPDATE files SET size = ?2, mtime_ns = ?3, fingerprint = ?4, duration_s = ?5, "
            "sample_rate = ?6, channels = ?7, codec = ?8, title = ?9, artist = ?10, album = ?11 "
            "WHERE id = ?1");
        update->bind(1, id);
        bindFile(*update, file.content, info);
        update->run();
    } else {
        auto insert = db_->cached(
            "INSERT INTO files (path, size, mtime_ns, fingerprint, duration_s, sample_rate, "
            "channels, codec, title, artist, album) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        insert->bind(1, file.path);
        bindFile(*insert, file.content, info);
        insert->run();
        id = db_->lastInsertId();
    }
    for (const auto& [configuration, result] : results) {
        const ResultRow row = encodeResultRow(result);
        auto insert = db_->cached(
            "INSERT OR REPLACE INTO results (file_id, configuration_id, central, summary, hop_s, "
            "window_starts, window_probabilities, computed_at, embedding, window_embeddings, "
            "central_padding, central_rms_db, window_levels) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        insert->bind(1, id).bind(2, configuration).bindBlob(3, row.central);
        if (row.summary) insert->bindBlob(4, *row.summary);
        if (row.hopSeconds) insert->bind(5, *row.hopSeconds);
        if (row.windowStarts) insert->bindBlob(6, *row.windowStarts);
        if (row.windowProbabilities) insert->bindBlob(7, *row.windowProbabilities);
        if (row.embedding) insert->bindBlob(9, *row.embedding);
        if (row.windowEmbeddings) insert->bindBlob(10, *row.windowEmbeddings);
        if (row.centralPadding) insert->bind(11, *row.centralPadding);
        if (row.centralRmsDb) insert->bind(12, *row.centralRmsDb);
        if (row.windowLevels) insert->bindBlob(13, *row.windowLevels);
        insert->bind(8, now()).run();
    }
    transaction.commit();
    return id;
}

std::uint64_t ResultStore::modelFileFingerprint(const std::string& path) {
    const std::string key = canonicalStorePath(path);
    const FileStamp stamp = fileStamp(path);
    {
        const std::lock_guard lock(mutex_);
        auto query =
            db_->cached("SELECT size, mtime_ns, fingerprint FROM model_files WHERE path = ?1");
        query->bind(1, key);
        if (query->step() &&
            FileStamp{std::uint64_t(query->integer(0)), query->integer(1)} == stamp)
            return asUnsigned(query->integer(2));
    }
    const ContentFingerprint content = fullFingerprint(path);  // read outside the lock
    const std::lock_guard lock(mutex_);
    db_->cached(
           "INSERT OR REPLACE INTO model_files (path, size, mtime_ns, fingerprint) "
           "VALUES (?1, ?2, ?3, ?4)")
        ->bind(1, key)
        .bind(2, std::int64_t(content.stamp.size))
        .bind(3, content.stamp.mtimeNs)
        .bind(4, asInteger(content.fingerprint))
        .run();
    return content.fingerprint;
}

std::vector<std::string> ResultStore::folders() const {
    const std::lock_guard lock(mutex_);
    std::vector<std::string> all;
    auto query = db_->cached("SELECT path FROM folders ORDER BY path");
    while (query->step()) all.push_back(query->text(0));
    return all;
}

void ResultStore::addFolder(const std::string& path) {
    const std::lock_guard lock(mutex_);
    db_->cached(
           "INSERT INTO folders (path, added_at) VALUES (?1, ?2) ON CONFLICT (path) DO NOTHING")
        ->bind(1, canonicalStorePath(path))
        .bind(2, now())
        .run();
}

bool ResultStore::removeFolder(const std::string& path) {
    const std::lock_guard lock(mutex_);
    db_->cached("DELETE FROM folders WHERE path = ?1")->bind(1, canonicalStorePath(path)).run();
    return db_->changes() > 0;
}

std::optional<std::string> ResultStore::setting(const std::string& key) const {
    const std::lock_guard lock(mutex_);
    auto query = db_->cached("SELECT value FROM settings WHERE key = ?1");
    query->bind(1, key);
    if (!query->step()) return std::nullopt;
    return query->text(0);
}

void ResultStore::setSetting(const std::string& key, const std::string& json) {
    if (!nlohmann::json::accept(json))
        fail(path_, "setting '" + key + "' is not valid JSON; not saved");
    const std::lock_guard lock(mutex_);
    db_->cached(
           "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3) "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
           "updated_at = excluded.updated_at")
        ->bind(1, key)
        .bind(2, json)
        .bind(3, now())
        .run();
}

bool ResultStore::removeSetting(const std::string& key) {
    const std::lock_guard lock(mutex_);
    db_->cached("DELETE FROM settings WHERE key = ?1")->bind(1, key).run();
    return db_->changes() > 0;
}

}  // namespace tagscope
