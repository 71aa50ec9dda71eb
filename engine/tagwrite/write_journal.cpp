#include "engine/tagwrite/write_journal.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "engine/decisions/json_file.h"
#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/store/result_store.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kJournalFormat = "tagscope-write-journal";
// Far above any real journal (a batch of 50,000 files is a few MB), checked before reading.
constexpr std::uint64_t kMaxJournalBytes = 256ull << 20;
constexpr int kMaxJournalDepth = 16;
constexpr std::size_t kKeptBatches = 100;

class StoreJournal : public WriteJournal {
public:
    explicit StoreJournal(std::shared_ptr<ResultStore> store) : store_(std::move(store)) {}
    std::string where() const override { return store_->path(); }
    std::int64_t add(const WriteBatch& batch) override { return store_->addWriteBatch(batch); }
    void removeFile(std::int64_t batch, const std::string& path) override {
        store_->removeWrittenFile(batch, path);
    }
    std::optional<WriteBatch> last() const override { return store_->lastWriteBatch(); }
    void markUndone(std::int64_t batch) override { store_->markWriteBatchUndone(batch); }

private:
    std::shared_ptr<ResultStore> store_;
};

json batchToJson(const WriteBatch& batch) {
    json files = json::array();
    for (const JournaledFile& file : batch.files) {
        json fields = json::array();
        for (const JournaledField& f : file.fields)
            fields.push_back(
                {{"field", f.field}, {"previous", f.previous}, {"written", f.written}});
        files.push_back({{"path", file.path}, {"fields", fields}});
    }
    return {{"id", batch.id},
            {"written_at", batch.writtenAt},
            {"mode", batch.mode},
            {"undone_at", nullptr},
            {"files", files}};
}

WriteBatch batchFromJson(const json& j) {
    WriteBatch batch;
    batch.id = j.at("id").get<std::int64_t>();
    batch.writtenAt = j.at("written_at").get<std::int64_t>();
    batch.mode = j.at("mode").get<std::string>();
    for (const json& file : j.at("files")) {
        JournaledFile f{file.at("path").get<std::string>(), {}};
        for (const json& field : file.at("fields"))
            f.fields.push_back({field.at("field").get<std::string>(),
                                field.at("previous").get<std::vector<std::string>>(),
                                field.at("written").get<std::vector<std::string>>()});
        batch.files.push_back(std::move(f));
    }
    return batch;
}

class FileJournal : public WriteJournal {
public:
    explicit FileJournal(std::string path) : path_(std::move(path)) {}
    std::string where() const override { return path_; }

    std::int64_t add(const WriteBatch& batch) override {
        json doc = load();
        json& batches = doc["batches"];
        WriteBatch saved = batch;
        saved.id = batches.empty() ? 1 : batches.back().at("id").get<std::int64_t>() + 1;
        saved.writtenAt = std::int64_t(std::time(nullptr));
        batches.push_back(batchToJson(saved));
        while (batches.size() > kKeptBatches) batches.erase(batches.begin());
        save(doc);
        return saved.id;
    }

    void removeFile(std::int64_t batch, const std::string& path) override {
        json doc = load();
        if (json* b = find(doc, batch)) {
            json& files = (*b)["files"];
            for (auto it = files.begin(); it != files.end();)
                it = it->at("path") == path ? files.erase(it) : it + 1;
            save(doc);
        }
    }

    std::optional<WriteBatch> last() const override {
        const json doc = load();
        const json& batches = doc.at("batches");
        for (auto it = batches.rbegin(); it != batches.rend(); ++it)
            if (it->at("undone_at").is_null()) return batchFromJson(*it);
        return std::nullopt;
    }

    void markUndone(std::int64_t batch) override {
        json doc = load();
        if (json* b = find(doc, batch)) {
            (*b)["undone_at"] = std::int64_t(std::time(nullptr));
            save(doc);
        }
    }

private:
    static json* find(json& doc, std::int64_t batch) {
        for (json& b : doc["batches"])
            if (b.at("id") == batch) return &b;
        return nullptr;
    }

    // The journal, or an empty one if the file does not exist yet. A journal that cannot be
    // read is an error (never silently replaced: it holds what undo needs).
    json load() const {
        std::error_code ec;
        if (!fs::exists(path_, ec) && !ec)
            return {{"format", kJournalFormat}, {"version", 1}, {"batches", json::array()}};
        const std::string what = "usable Tagscope write journal";
        json doc = decisions_detail::parseSmallJson(
            decisions_detail::readSmallFile(path_, kMaxJournalBytes, what), path_, what,
            kMaxJournalDepth);
        try {
            if (doc.at("format") != kJournalFormat || doc.at("version") != 1)
                fail(path_, "not a Tagscope write journal of version 1");
            for (const json& b : doc.at("batches")) batchFromJson(b);  // checks every field
            return doc;
        } catch (const json::exception& e) {
            fail(path_, std::string("not a usable Tagscope write journal (") + e.what() + ")");
        }
    }

    void save(const json& doc) const {
        std::error_code ec;
        fs::create_directories(fs::path(path_).parent_path(), ec);
        writeFileAtomically(path_, doc.dump(1) + "\n");
    }

    std::string path_;
};

}  // namespace

std::unique_ptr<WriteJournal> journalInStore(std::shared_ptr<ResultStore> store) {
    return std::make_unique<StoreJournal>(std::move(store));
}

std::unique_ptr<WriteJournal> journalInFile(std::string path) {
    return std::make_unique<FileJournal>(std::move(path));
}

std::string defaultWriteJournalPath() {
    fs::path data;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/')
        data = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        data = fs::path(home) / ".local" / "share";
    else
        fail("write journal", "neither XDG_DATA_HOME nor HOME is set; use --store FILE");
    // The app's data folder (QStandardPaths::AppDataLocation: organisation/application).
    return (data / "Tagscope" / "Tagscope" / "write-journal.json").string();
}

}  // namespace tagscope
