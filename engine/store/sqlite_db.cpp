#include "engine/store/sqlite_db.h"

#include <sqlite3.h>

namespace tagscope::sqlite {
namespace {

constexpr int kBusyTimeoutMs = 5000;  // another process writing: wait, do not fail at once

std::string reasonFor(sqlite3* db, int code) {
    const char* detail = db ? sqlite3_errmsg(db) : nullptr;
    return detail ? detail : sqlite3_errstr(code);
}

[[noreturn]] void throwError(const std::string& source, const std::string& doing, sqlite3* db,
                             int code) {
    const std::string reason = reasonFor(db, code);
    throw SqliteError(source + ": " + doing + " (" + reason + ")", code & 0xff, reason);
}

}  // namespace

bool SqliteError::isCorruption() const {
    return code_ == SQLITE_CORRUPT || code_ == SQLITE_NOTADB;
}

Statement::Statement(sqlite3* db, sqlite3_stmt* statement, std::string source)
    : db_(db), statement_(statement), source_(std::move(source)) {}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), statement_(other.statement_), source_(std::move(other.source_)) {
    other.statement_ = nullptr;
}

Statement::~Statement() {
    sqlite3_finalize(statement_);
}

namespace {
void checkBind(int rc, sqlite3* db, const std::string& source) {
    if (rc != SQLITE_OK) throwError(source, "cannot bind a value", db, rc);
}
}  // namespace

Statement& Statement::bind(int index, std::int64_t value) {
    checkBind(sqlite3_bind_int64(statement_, index, value), db_, source_);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    checkBind(sqlite3_bind_double(statement_, index, value), db_, source_);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    checkBind(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                  SQLITE_UTF8),
              db_, source_);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    // A zero-length blob must still be a blob, not NULL: give SQLite a valid pointer.
    static const char empty = 0;
    checkBind(sqlite3_bind_blob64(statement_, index, bytes.empty() ? &empty : bytes.data(),
                                  bytes.size(), SQLITE_TRANSIENT),
              db_, source_);
    return *this;
}

Statement& Statement::bindNull(int index) {
    checkBind(sqlite3_bind_null(statement_, index), db_, source_);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string sql = sqlite3_sql(statement_) ? sqlite3_sql(statement_) : "";
    const std::string verb = sql.substr(0, sql.find(' '));
    throwError(source_, "cannot run " + verb, db_, rc);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() noexcept {
    sqlite3_reset(statement_);  // returns the last step's error, already thrown from step()
    sqlite3_clear_bindings(statement_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(statement_, column);
}

std::string Statement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return bytes ? std::string(bytes, std::size_t(sqlite3_column_bytes(statement_, column)))
                 : std::string();
}

std::string Statement::blob(int column) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement_, column));
    return bytes ? std::string(bytes, std::size_t(sqlite3_column_bytes(statement_, column)))
                 : std::string();
}

Database::Database(const std::string& path) : path_(path) {
    const int rc =
        sqlite3_open_v2(path.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string reason = reasonFor(db_, rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw SqliteError(path_ + ": cannot open (" + reason + ")", rc & 0xff, reason);
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
}

Database::~Database() {
    cache_.clear();  // statements first: closing waits for none
    sqlite3_close_v2(db_);
}

void Database::fail(int code, const std::string& doing) const {
    throwError(path_, doing, db_, code);
}

void Database::exec(const std::string& sql) {
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc, "cannot run " + sql.substr(0, sql.find_first_of(" ;\n")));
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), int(sql.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        fail(rc, "cannot prepare " + std::string(sql.substr(0, sql.find(' '))));
    }
    return Statement(db_, statement, path_);
}

StatementUse Database::cached(const char* sql) {
    auto found = cache_.find(sql);
    if (found == cache_.end())
        found = cache_.emplace(sql, std::make_unique<Statement>(prepare(sql))).first;
    return StatementUse(*found->second);
}

std::int64_t Database::integerOf(const char* sql) {
    Statement statement = prepare(sql);
    return statement.step() ? statement.integer(0) : 0;
}

std::string Database::textOf(const char* sql) {
    Statement statement = prepare(sql);
    return statement.step() ? statement.text(0) : std::string();
}

bool Database::readOnly() const {
    return sqlite3_db_readonly(db_, "main") == 1;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!open_) return;
    try {
        db_.exec("ROLLBACK");
    } catch (const Error&) {
        // Already rolled back by SQLite itself (some errors end the transaction).
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

}  // namespace tagscope::sqlite
