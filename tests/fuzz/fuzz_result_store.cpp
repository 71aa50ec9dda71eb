// Fuzzes opening a library (the result store, engine/store) and reading everything back, as the
// app and the CLI do: files, results, embeddings, folders, settings, the write journal, a
// session's stored tracks, then a few writes. Any file gives a store or a tagscope::Error.
// The first byte picks the mode:
// - even: the rest is the whole store file (SQLite's own checks, quick_check, moving aside);
// - odd: a valid store, made once with the store's own API, whose cells (blobs, counts, texts,
//   versions) are overwritten by edits read from the rest, so that the row decoders see
//   hostile values behind a well-formed SQLite file. An edit is: a cell byte (which table and
//   column, or a PRAGMA), a row byte, a type byte (blob, text, integer, real or NULL; or drop
//   the column or the table) and a value (2-byte length, then the bytes).
// With TAGSCOPE_FUZZ_STORE_SEED=FILE set, the target writes the valid store as a whole-file
// seed to FILE at start-up (tests/fuzz/run-fuzzers.sh).
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "engine/error.h"
#include "engine/store/result_store.h"
#include "engine/store/sqlite_db.h"
#include "engine/store/stored_tracks.h"
#include "engine/tags.h"

namespace {

namespace fs = std::filesystem;
using namespace tagscope;

constexpr const char* kWindowedKey = "tagscope-analysis 2; network cnn";
constexpr const char* kCentralKey = "tagscope-analysis 2; network rnn";
constexpr double kHopSeconds = 14.56;

// A folder of this process: "audio" holds a track the store knows (so that a session's
// lookup finds it unchanged), "store" the store under test (emptied for every input, as a
// damaged store is moved aside beside it).
struct Scratch {
    fs::path root, store, track;
    Scratch() {
        // In memory unless TMPDIR says otherwise: SQLite's syncs on a disk make runs 10x slower.
        const char* tmp = std::getenv("TMPDIR");
        std::error_code ec;
        const fs::path folder = tmp && *tmp                        ? fs::path(tmp)
                                : fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm")
                                                                   : fs::path("/tmp");
        root = folder / ("tagscope-fuzz-store-" + std::to_string(::getpid()));
        store = root / "store";
        fs::create_directories(root / "audio");
        track = root / "audio" / "track.mp3";
        std::ofstream(track, std::ios::binary) << std::string(3000, 'a');
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    static const Scratch& scratch();
    std::string storeFile() const {
        std::error_code ec;
        fs::remove_all(store, ec);
        fs::create_directories(store);
        return (store / "library.db").string();
    }
};

const Scratch& Scratch::scratch() {
    static const Scratch instance;
    return instance;
}

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const std::string& path, std::string_view bytes) {
    std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

std::vector<float> pattern(std::size_t count, int seed, float scale) {
    std::vector<float> values(count);
    for (std::size_t k = 0; k < count; ++k) values[k] = float((k * 37 + seed) % 101) / 100 * scale;
    return values;
}

StoredResult windowedResult() {
    StoredResult r;
    r.central = pattern(kTagCount, 1, 1.0f);
    r.summary = pattern(kTagCount, 2, 1.0f);
    r.hopSeconds = kHopSeconds;
    r.embedding = pattern(8, 3, 4.0f);
    r.centralLevel = {0.0, -20.5};
    for (int w = 0; w < 3; ++w)
        r.segments.push_back({w * kHopSeconds,
                              pattern(kTagCount, 4 + w, 1.0f),
                              {0.1 * w, -30.0 - w},
                              pattern(8, 7 + w, 4.0f)});
    return r;
}

StoredResult centralResult() {
    StoredResult r;
    r.central = pattern(kTagCount, 11, 1.0f);
    r.summary = r.central;
    r.embedding = pattern(4, 12, 2.0f);
    return r;
}

// The valid store every structured input starts from: two files (one on disk, with windowed
// and central results; one of an older schema, without embedding), a model file, a folder,
// settings and a write journal; pages of 512 bytes to keep it small.
const std::string& validStore() {
    static const std::string bytes = [] {
        const Scratch& scratch = Scratch::scratch();
        const std::string path = scratch.storeFile();
        {
            auto store = ResultStore::open(path).store;
            const std::int64_t windowed = store->configurationId(kWindowedKey);
            const std::int64_t central = store->configurationId(kCentralKey);
            const IdentifiedFile track = store->identify(scratch.track.string());
            store->saveResults(track, {31.5, 44100, 2, "mp3", "Title", "Artist", "Album"},
                               {{windowed, windowedResult()}, {central, centralResult()}});
            IdentifiedFile old;
            old.path = "/music/old.flac";
            old.content = {{1234, 5}, 42};
            StoredResult unmeasured = centralResult();
            unmeasured.embedding.clear();
            store->saveResults(old, {}, {{windowed, unmeasured}});
            store->modelFileFingerprint(scratch.track.string());
            store->addFolder("/music");
            store->setSetting("thresholds", R"({"jazz": 0.3})");
            store->setSetting("labels", R"({"rock": "Rock"})");
            WriteBatch batch;
            batch.mode = "add";
            batch.files = {{scratch.track.string(), {{"GENRE", {"Rock"}, {"Rock", "jazz"}}}},
                           {"/music/old.flac", {{"MOOD", {}, {"sad"}}}}};
            store->addWriteBatch(batch);
        }
        {
            sqlite::Database raw(path);
            raw.exec("PRAGMA journal_mode = DELETE");
            raw.exec("PRAGMA page_size = 512");
            raw.exec("VACUUM");
            raw.exec("PRAGMA journal_mode = WAL");
        }
        return readBytes(path);
    }();
    return bytes;
}

// What an app or CLI session reads of a library, and a few of its writes.
void readEverything(ResultStore& store) {
    const Scratch& scratch = Scratch::scratch();
    const std::int64_t windowed = store.configurationId(kWindowedKey);
    const std::int64_t central = store.configurationId(kCentralKey);
    for (const StoredFile& f : store.files()) {
        store.file(f.path);
        for (std::int64_t configuration = 0; configuration <= 3; ++configuration)
            store.result(f.id, configuration);
    }
    store.trackEmbeddings(AnalysisKey(kWindowedKey));
    store.trackEmbeddings(AnalysisKey(kCentralKey));
    for (std::int64_t configuration = 0; configuration <= 3; ++configuration)
        store.trackEmbeddings(configuration);
    store.folders();
    store.setting("thresholds");
    store.setting("labels");
    store.lastWriteBatch();
    store.file(scratch.track.string());
    store.modelFileFingerprint(scratch.track.string());

    auto shared = std::shared_ptr<ResultStore>(&store, [](ResultStore*) {});
    for (const bool windows : {true, false}) {
        const StoredTracks tracks(shared, {windowed, central}, windows, kHopSeconds, {});
        const StoredTracks::Lookup lookup = tracks.lookup(scratch.track.string());
        if (lookup.file && lookup.missing().empty()) tracks.trackFrom(lookup);
    }

    IdentifiedFile added;
    added.path = "/music/new.ogg";
    added.content = {{77, 88}, 99};
    store.saveResults(added, {}, {{central, centralResult()}});
    store.addFolder("/music/more");
    store.setSetting("thresholds", R"({"rock": 0.4})");
    if (const auto batch = store.lastWriteBatch()) store.markWriteBatchUndone(batch->id);
}

// The cells a structured input may overwrite; "pragma" rows set a PRAGMA instead.
struct Cell {
    const char* table;
    const char* column;
};
constexpr Cell kCells[] = {
    {"files", "id"},
    {"files", "path"},
    {"files", "size"},
    {"files", "mtime_ns"},
    {"files", "fingerprint"},
    {"files", "duration_s"},
    {"files", "sample_rate"},
    {"files", "channels"},
    {"files", "codec"},
    {"files", "title"},
    {"configurations", "id"},
    {"configurations", "key"},
    {"results", "file_id"},
    {"results", "configuration_id"},
    {"results", "central"},
    {"results", "summary"},
    {"results", "hop_s"},
    {"results", "window_starts"},
    {"results", "window_probabilities"},
    {"results", "computed_at"},
    {"results", "embedding"},
    {"results", "window_embeddings"},
    {"results", "central_padding"},
    {"results", "central_rms_db"},
    {"results", "window_levels"},
    {"model_files", "path"},
    {"model_files", "size"},
    {"model_files", "mtime_ns"},
    {"model_files", "fingerprint"},
    {"folders", "path"},
    {"settings", "key"},
    {"settings", "value"},
    {"write_batches", "id"},
    {"write_batches", "mode"},
    {"write_batches", "undone_at"},
    {"written_fields", "batch_id"},
    {"written_fields", "path"},
    {"written_fields", "field"},
    {"written_fields", "previous"},
    {"written_fields", "written"},
    {"pragma", "user_version"},
    {"pragma", "application_id"},
};

std::int64_t integerFrom(std::string_view bytes) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < bytes.size() && i < 8; ++i)
        value |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * i);
    return std::bit_cast<std::int64_t>(value);
}

// Applies one edit; returns the bytes it did not use.
std::string_view applyEdit(sqlite::Database& raw, std::string_view edit) {
    if (edit.size() < 5) return {};
    const Cell& cell = kCells[static_cast<unsigned char>(edit[0]) % std::size(kCells)];
    const std::int64_t row = 1 + static_cast<unsigned char>(edit[1]) % 4;
    const int type = static_cast<unsigned char>(edit[2]) % 8;
    const std::size_t length = std::min<std::size_t>(
        edit.size() - 5, static_cast<unsigned char>(edit[3]) |
                             std::size_t(static_cast<unsigned char>(edit[4])) << 8);
    const std::string_view value = edit.substr(5, length);
    const std::string_view rest = edit.substr(5 + length);
    if (std::string_view(cell.table) == "pragma") {
        raw.exec(std::string("PRAGMA ") + cell.column + " = " +
                 std::to_string(type == 0 ? integerFrom(value) % 8 : integerFrom(value)));
        return rest;
    }
    if (type == 6) {  // a schema other than the version says
        raw.exec(std::string("ALTER TABLE ") + cell.table + " DROP COLUMN " + cell.column);
        return rest;
    }
    if (type == 7) {
        raw.exec(std::string("DROP TABLE ") + cell.table);
        return rest;
    }
    sqlite::Statement update = raw.prepare(std::string("UPDATE ") + cell.table + " SET " +
                                           cell.column + " = ?1 WHERE rowid = ?2");
    update.bind(2, row);
    switch (type) {
        case 0:
        case 1:
            update.bindBlob(1, value);
            break;
        case 2:
            update.bind(1, value);
            break;
        case 3:
            update.bind(1, integerFrom(value));
            break;
        case 4:
            update.bind(1, std::bit_cast<double>(integerFrom(value)));
            break;
        default:
            update.bindNull(1);
            break;
    }
    update.run();
    return rest;
}

void writeEditedStore(const std::string& path, std::string_view edits) {
    writeBytes(path, validStore());
    sqlite::Database raw(path);
    raw.exec("PRAGMA ignore_check_constraints = ON");
    while (!edits.empty()) {
        try {
            edits = applyEdit(raw, edits);
        } catch (const sqlite::SqliteError&) {
            // A UNIQUE or NOT NULL constraint refused the edit: the store stays as it was.
            edits = edits.substr(std::min<std::size_t>(edits.size(), 5));
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* seed = std::getenv("TAGSCOPE_FUZZ_STORE_SEED")) {
        writeBytes(seed, std::string(1, '\0') + validStore());
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    validStore();  // made once, before the store folder is emptied for this input
    const std::string path = Scratch::scratch().storeFile();
    if (data[0] & 1) {
        writeEditedStore(path, rest);
    } else {
        writeBytes(path, rest);
    }
    try {
        ResultStore::Opened opened = ResultStore::open(path);
        readEverything(*opened.store);
    } catch (const Error&) {
    }
    return 0;
}
