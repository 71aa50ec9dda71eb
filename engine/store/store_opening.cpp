#include "engine/store/store_opening.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>

#include "engine/error.h"
#include "engine/input_files.h"
#include "engine/io/input_file.h"
#include "engine/store/store_schema.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

// Why a store file must be moved aside, and under which suffix.
struct SetAside {
    std::string kind;    // "corrupt" or "newer"
    std::string reason;  // for the warning
};

std::string utcStamp() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return text;
}

// True for an SQLite file, or an empty one (SQLite makes a new database of it).
bool hasSqliteHeader(const std::string& path) {
    static constexpr char kHeader[] = "SQLite format 3";  // and its terminating NUL: 16 bytes
    std::ifstream in(path, std::ios::binary);
    char bytes[sizeof kHeader] = {};
    in.read(bytes, sizeof bytes);
    if (in.gcount() == 0) return true;
    return in.gcount() == std::streamsize(sizeof bytes) &&
           std::equal(bytes, bytes + sizeof bytes, kHeader);
}

bool exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(path, ec));
}

// Renames the store and its -wal and -shm files to "<path>.<kind>-<time>[-n]" (the journal
// files first: a crash in between leaves the damaged store where it was, to be found again).
std::string moveAside(const std::string& path, const std::string& kind) {
    const std::string base = path + "." + kind + "-" + utcStamp();
    std::string target = base;
    for (int n = 2; exists(target) || exists(target + "-wal") || exists(target + "-shm"); ++n)
        target = base + "-" + std::to_string(n);
    for (const char* suffix : {"-wal", "-shm"}) {
        if (!exists(path + suffix)) continue;
        std::error_code ec;
        fs::rename(path + suffix, target + suffix, ec);
        if (ec) fail(path + suffix, "cannot move it aside (" + ec.message() + ")");
    }
    std::error_code ec;
    fs::rename(path, target, ec);
    if (ec) fail(path, "cannot move the unusable store aside (" + ec.message() + ")");
    return target;
}

// quick_check's report on one line: "*** in database main ***\nPage 3: ..." → "Page 3: ...".
std::string oneLine(std::string report) {
    const std::string banner = "*** in database main ***\n";
    if (report.starts_with(banner)) report.erase(0, banner.size());
    for (std::size_t at; (at = report.find('\n')) != std::string::npos;)
        report.replace(at, 1, "; ");
    return report;
}

void configure(sqlite::Database& db) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = ON");
}

// Opens and checks the store: a ready connection, or why the file must be set aside.
std::optional<SetAside> tryOpen(const std::string& path, OpenedStoreDatabase& opened) {
    if (!hasSqliteHeader(path)) {
        if (hasAudioExtension(path) || hasMelgramExtension(path))
            fail(path, "is not a result store (it looks like audio or a melgram); not touching it");
        return SetAside{"corrupt", "not an SQLite database"};
    }
    try {
        auto db = std::make_unique<sqlite::Database>(path);
        const std::string check = db->textOf("PRAGMA quick_check(1)");
        if (check != "ok") return SetAside{"corrupt", "SQLite's quick_check: " + oneLine(check)};
        const std::int64_t application = db->integerOf("PRAGMA application_id");
        const std::int64_t version = db->integerOf("PRAGMA user_version");
        const bool empty = db->integerOf("SELECT count(*) FROM sqlite_master") == 0;
        if (application != kStoreApplicationId && !(application == 0 && version == 0 && empty))
            fail(path,
                 "is an SQLite database of another program, not a Tagscope result store; "
                 "not touching it");
        if (version > currentStoreVersion())
            return SetAside{"newer", "made by a newer Tagscope (store version " +
                                         std::to_string(version) + "; this one knows up to " +
                                         std::to_string(currentStoreVersion()) + ")"};
        if (auto schema = storeSchemaProblem(*db, int(version)))
            return SetAside{"corrupt", "its schema is not a Tagscope store's: it " + *schema};
        if (db->readOnly()) fail(path, "cannot write the result store (read-only)");
        configure(*db);
        migrateStore(*db, int(version));
        opened.db = std::move(db);
        opened.schemaVersion = currentStoreVersion();
        return std::nullopt;
    } catch (const sqlite::SqliteError& e) {
        if (!e.isCorruption()) throw;
        return SetAside{"corrupt", oneLine(e.reason())};
    }
}

}  // namespace

OpenedStoreDatabase openStoreDatabase(const std::string& path) {
    if (exists(path)) {
        checkInputFile(path, true);  // a folder, a FIFO, unreadable: refused
    } else {
        const fs::path folder = fs::absolute(path).parent_path();
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            fail(path, "cannot make a result store here: no folder " + folder.string());
    }
    OpenedStoreDatabase opened;
    std::optional<SetAside> problem = tryOpen(path, opened);
    if (!problem) return opened;
    const std::string target = moveAside(path, problem->kind);
    opened.warnings.push_back(
        path + ": " + (problem->kind == "newer" ? "" : "not a usable result store: ") +
        problem->reason + "; moved it aside to " + target + " and started a new store");
    problem = tryOpen(path, opened);
    if (problem) fail(path, "cannot make a new result store: " + problem->reason);
    return opened;
}

}  // namespace tagscope
