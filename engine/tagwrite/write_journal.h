#pragma once
// Where tag writes are journaled (write_batch.h) so that `undo` can restore the previous
// values: in the result store when there is one, otherwise in a JSON file in the user's data
// folder ($XDG_DATA_HOME/Tagscope/Tagscope/write-journal.json, by default
// ~/.local/share/Tagscope/Tagscope/write-journal.json), rewritten atomically on every change:
//   {"format": "tagscope-write-journal", "version": 1,
//    "batches": [{"id": 3, "written_at": 1764518400, "mode": "add", "undone_at": null,
//                 "files": [{"path": "/music/a.mp3",
//                            "fields": [{"field": "GENRE", "previous": ["Rock"],
//                                        "written": ["Rock", "jazz"]}]}]}]}
// The file keeps the last 100 batches. It is not locked: two programs writing tags at the same
// moment without a store may lose one's journal entry (a store is shared safely).
// Every method throws Error naming the journal on failure.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "engine/store/write_batch.h"

namespace tagscope {

class ResultStore;

class WriteJournal {
public:
    virtual ~WriteJournal() = default;
    virtual std::string where() const = 0;  // the store's or the journal file's path
    // Saves the batch (its id and time are given here) and returns its id.
    virtual std::int64_t add(const WriteBatch& batch) = 0;
    // Drops a file of a batch (it could not be written after all).
    virtual void removeFile(std::int64_t batch, const std::string& path) = 0;
    // The latest batch not yet undone.
    virtual std::optional<WriteBatch> last() const = 0;
    virtual void markUndone(std::int64_t batch) = 0;
};

std::unique_ptr<WriteJournal> journalInStore(std::shared_ptr<ResultStore> store);
std::unique_ptr<WriteJournal> journalInFile(std::string path);

// $XDG_DATA_HOME/Tagscope/Tagscope/write-journal.json, or
// ~/.local/share/Tagscope/Tagscope/write-journal.json. Throws Error if neither XDG_DATA_HOME nor
// HOME is set.
std::string defaultWriteJournalPath();

}  // namespace tagscope
