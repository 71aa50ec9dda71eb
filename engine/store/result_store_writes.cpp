// ResultStore: the journal of tag writes (schema version 3) and the identity of files whose
// tags Tagscope rewrote. The rest of the class: result_store.cpp.
#include <algorithm>
#include <bit>
#include <ctime>
#include <nlohmann/json.hpp>

#include "engine/error.h"
#include "engine/store/result_store.h"
#include "engine/store/sqlite_db.h"

namespace tagscope {
namespace {

std::string jsonArray(const std::vector<std::string>& values) {
    return nlohmann::json(values).dump();
}

// A journaled field's values: a JSON array of strings, as addWriteBatch wrote it. A damaged or
// hand-edited store may hold anything there: that is an Error naming the store and the entry.
std::vector<std::string> stringsOf(const std::string& json, const std::string& store,
                                   std::int64_t batch, const std::string& path,
                                   const std::string& field, const char* which) {
    const nlohmann::json values = nlohmann::json::parse(json, nullptr, false);
    if (values.is_array() &&
        std::all_of(values.begin(), values.end(), [](const auto& v) { return v.is_string(); }))
        return values.get<std::vector<std::string>>();
    fail(store, "the write journal is damaged: batch " + std::to_string(batch) + ", " + path +
                    ", " + field + ": the " + which + " values are not a JSON array of strings");
}

}  // namespace

std::int64_t ResultStore::addWriteBatch(const WriteBatch& batch) {
    const std::lock_guard lock(mutex_);
    sqlite::Transaction transaction(*db_);
    db_->cached("INSERT INTO write_batches (written_at, mode) VALUES (?1, ?2)")
        ->bind(1, std::int64_t(std::time(nullptr)))
        .bind(2, batch.mode)
        .run();
    const std::int64_t id = db_->lastInsertId();
    for (const JournaledFile& file : batch.files)
        for (const JournaledField& field : file.fields)
            db_->cached(
                   "INSERT INTO written_fields (batch_id, path, field, previous, written) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)")
                ->bind(1, id)
                .bind(2, file.path)
                .bind(3, field.field)
                .bind(4, jsonArray(field.previous))
                .bind(5, jsonArray(field.written))
                .run();
    transaction.commit();
    return id;
}

void ResultStore::removeWrittenFile(std::int64_t batch, const std::string& path) {
    const std::lock_guard lock(mutex_);
    db_->cached("DELETE FROM written_fields WHERE batch_id = ?1 AND path = ?2")
        ->bind(1, batch)
        .bind(2, path)
        .run();
}

std::optional<WriteBatch> ResultStore::lastWriteBatch() const {
    const std::lock_guard lock(mutex_);
    WriteBatch batch;
    {
        auto query = db_->cached(
            "SELECT id, written_at, mode FROM write_batches WHERE undone_at IS NULL "
            "ORDER BY id DESC LIMIT 1");
        if (!query->step()) return std::nullopt;
        batch.id = query->integer(0);
        batch.writtenAt = query->integer(1);
        batch.mode = query->text(2);
    }
    auto query = db_->cached(
        "SELECT path, field, previous, written FROM written_fields WHERE batch_id = ?1 "
        "ORDER BY rowid");
    query->bind(1, batch.id);
    while (query->step()) {
        const std::string path = query->text(0);
        if (batch.files.empty() || batch.files.back().path != path)
            batch.files.push_back({path, {}});
        const std::string field = query->text(1);
        batch.files.back().fields.push_back(
            {field, stringsOf(query->text(2), path_, batch.id, path, field, "previous"),
             stringsOf(query->text(3), path_, batch.id, path, field, "written")});
    }
    return batch;
}

void ResultStore::markWriteBatchUndone(std::int64_t batch) {
    const std::lock_guard lock(mutex_);
    db_->cached("UPDATE write_batches SET undone_at = ?2 WHERE id = ?1")
        ->bind(1, batch)
        .bind(2, std::int64_t(std::time(nullptr)))
        .run();
}

bool ResultStore::adoptRewrittenFile(const std::string& path, std::uint64_t before,
                                     const ContentFingerprint& after) {
    const std::lock_guard lock(mutex_);
    db_->cached(
           "UPDATE files SET size = ?3, mtime_ns = ?4, fingerprint = ?5 "
           "WHERE path = ?1 AND fingerprint = ?2")
        ->bind(1, canonicalStorePath(path))
        .bind(2, std::bit_cast<std::int64_t>(before))
        .bind(3, std::int64_t(after.stamp.size))
        .bind(4, after.stamp.mtimeNs)
        .bind(5, std::bit_cast<std::int64_t>(after.fingerprint))
        .run();
    return db_->changes() > 0;
}

}  // namespace tagscope
