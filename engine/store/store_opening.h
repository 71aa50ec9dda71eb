#pragma once
// Opening a result store file so that whatever is there, the caller gets a usable store and
// nothing is lost:
// - no file (or an empty one): a new store;
// - a Tagscope store of this or an older version: opened, brought up to date (migrations);
// - a file that is not SQLite, fails SQLite's quick_check, or is reported damaged by SQLite:
//   moved aside as "<name>.corrupt-<UTC time>", with its -wal and -shm files beside it, and a
//   new store made;
// - a store from a newer Tagscope (a schema version this one does not know): moved aside as
//   "<name>.newer-<UTC time>" likewise, so the newer version's data is kept as it was;
// each move aside gives one warning line naming both files. Nothing is ever deleted.
// Refused with an Error, untouched: a folder or special file, an SQLite database of another
// program, a file that looks like audio or a melgram (a mistyped --store), and stores that
// cannot be opened for writing (busy past the timeout, read-only, no space).
// The connection comes configured: WAL journal, synchronous=NORMAL, foreign keys on, a busy
// timeout for other processes using the same store.

#include <memory>
#include <string>
#include <vector>

#include "engine/store/sqlite_db.h"

namespace tagscope {

struct OpenedStoreDatabase {
    std::unique_ptr<sqlite::Database> db;
    int schemaVersion = 0;              // the store's version now (after migrations)
    std::vector<std::string> warnings;  // one line per store moved aside
};

OpenedStoreDatabase openStoreDatabase(const std::string& path);

}  // namespace tagscope
