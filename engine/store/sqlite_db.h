#pragma once
// A small RAII layer over the SQLite C API: a connection, prepared statements, transactions.
// Every failing call throws SqliteError naming the database file and what was being done,
// e.g. "library.db: cannot read results (database disk image is malformed)". Not thread-safe:
// the owner serialises access (ResultStore holds one connection behind a mutex).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tagscope::sqlite {

class SqliteError : public Error {
public:
    SqliteError(const std::string& message, int code, std::string reason)
        : Error(message), code_(code), reason_(std::move(reason)) {}
    int code() const { return code_; }                     // SQLite's primary result code
    const std::string& reason() const { return reason_; }  // SQLite's words, e.g. "disk I/O error"
    // The file is damaged or not a database at all (as opposed to busy, read-only, full, ...).
    bool isCorruption() const;

private:
    int code_;
    std::string reason_;
};

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* statement, std::string source);
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQL's "?1".
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);

    // Runs to the next row: true if there is one, false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    // Ready to run again, bindings cleared; ends any read it had open.
    void reset() noexcept;

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* statement_;
    std::string source_;  // the database file, for messages
};

// One use of a cached statement: reset when it goes out of scope, so that no statement keeps a
// read open (which would hold back commits and checkpoints).
class StatementUse {
public:
    explicit StatementUse(Statement& statement) : statement_(statement) {}
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;
    ~StatementUse() { statement_.reset(); }
    Statement* operator->() const { return &statement_; }
    Statement& operator*() const { return statement_; }

private:
    Statement& statement_;
};

class Database {
public:
    // Opens (creating if needed) a database file read-write. Throws SqliteError.
    explicit Database(const std::string& path);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::string& path() const { return path_; }

    // Runs one or more statements that return no rows.
    void exec(const std::string& sql);
    // A statement prepared once per connection, for one use.
    StatementUse cached(const char* sql);
    // A statement prepared for this use only.
    Statement prepare(std::string_view sql);

    // The first column of the first row of a query returning one value (e.g. a PRAGMA).
    std::int64_t integerOf(const char* sql);
    std::string textOf(const char* sql);

    bool readOnly() const;
    std::int64_t lastInsertId() const;
    int changes() const;  // rows changed by the last INSERT, UPDATE or DELETE

private:
    [[noreturn]] void fail(int code, const std::string& doing) const;

    std::string path_;
    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

// BEGIN IMMEDIATE (the write lock up front, so a transaction never fails half-way for want of
// it); rolled back unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

}  // namespace tagscope::sqlite
