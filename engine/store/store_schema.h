#pragma once
// The result store's schema: an ordered list of migrations, each a block of SQL taking the
// store from version N − 1 to N. The version lives in SQLite's PRAGMA user_version, the store's
// mark in PRAGMA application_id. A store is brought up to date when opened, one migration per
// transaction, so a crash leaves it at the last version completed. The tables are described in
// docs/LIBRARY.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/store/sqlite_db.h"

namespace tagscope {

// "TagS": what PRAGMA application_id says in a Tagscope result store.
inline constexpr std::int64_t kStoreApplicationId = 0x54616753;

struct Migration {
    int version;           // the version the store has once this step is applied
    std::string_view sql;  // what it runs
};

// Every migration, in order; the last one's version is the current schema version.
const std::vector<Migration>& storeMigrations();
int currentStoreVersion();

// Why the store's tables are not those its `version` has, or nullopt: every table the
// migrations up to `version` make must be there with the columns they give it (name, type,
// NOT NULL, key), none of the later ones, and no view or trigger (Tagscope makes none; in a
// hostile file they could stand in for a table or run on every write). Throws SqliteError.
std::optional<std::string> storeSchemaProblem(sqlite::Database& db, int version);

// Applies the migrations above `fromVersion` (marking a new store as ours first). Throws
// SqliteError.
void migrateStore(sqlite::Database& db, int fromVersion);

}  // namespace tagscope
