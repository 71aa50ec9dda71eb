#pragma once
// Tags into the files, as one flow shared by the command line and the app:
//   plan()  analyses the inputs (or reads them from the result store), decides their tags and
//           reads their current fields: per file, per field, current → new. Writes nothing.
//   write() journals the previous values of every field it will touch (write_journal.h), then
//           writes each file safely (tag_file_writer.h). A caller may drop files or fields
//           from the plan first (the app's check boxes).
//   undoLastWrite() restores the fields of the latest batch not yet undone.
// One bad file never stops a batch: it becomes a TagFailure naming it.
//
// Refusals that protect the user's files:
// - a file whose content changed after it was analysed (its sampled fingerprint differs from
//   the one the tags were decided for), or whose fields changed after the preview: analyse
//   it again;
// - read-only files, files with several hard links, anything but a regular file;
// - on undo, a field changed since Tagscope wrote it (someone else's edit is never undone).
// After a file is written (or restored), the store's record of it takes the new identity, so
// its results stay valid without analysing it again (its audio is untouched).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "engine/session/tagging_session.h"
#include "engine/tagwrite/field_plan.h"
#include "engine/tagwrite/write_journal.h"

namespace tagscope {

struct FileWritePlan {
    std::string path;  // as given
    TagFormat format = TagFormat::Mp3;
    std::uint64_t analysedFingerprint = 0;  // the content the tags were decided for
    std::vector<DecidedTag> tags;           // most probable first
    std::vector<FieldChange> fields;        // one per field of kTagFields

    bool changesSomething() const;
};

struct WritePlan {
    WriteMode mode = WriteMode::Add;
    std::vector<FileWritePlan> files;   // input order
    std::vector<TagFailure> failures;   // inputs that cannot be written into, and why
    std::vector<std::string> warnings;  // from the analysis (e.g. a store that failed a save)
    bool cancelled = false;
};

struct WriteReport {
    std::int64_t batch = 0;            // the journal's batch id; 0 when nothing was to write
    std::string journal;               // where the batch is journaled
    std::vector<std::string> written;  // files written, plan order
    std::vector<TagFailure> failures;  // files not written, and why (each left untouched)
    std::vector<std::string> warnings;
    bool cancelled = false;
};

struct UndoReport {
    std::int64_t batch = 0;                    // the batch undone; 0: nothing to undo
    std::vector<std::string> restored;         // files whose fields were restored
    std::vector<std::string> alreadyAsBefore;  // files that already held the previous values
    std::vector<TagFailure> failures;          // files not restored (the batch stays undoable)
    std::vector<std::string> warnings;
};

// Told on the writing thread after each file a write() meant to change is done with (written,
// refused or cancelled): how many are done, of how many, and which one it was.
using WriteProgress =
    std::function<void(std::size_t done, std::size_t total, const std::string& path)>;

class TagWriteSession {
public:
    // The analysis configuration (one or more models: the first decides; a store there is
    // used for the analysis and for the write's bookkeeping). Throws Error like
    // TaggingSession.
    TagWriteSession(SessionConfig analysis, TagDecider decider, WriteMode mode);

    WritePlan plan(const ExpandedInputs& inputs, std::stop_token stop = {}) const;
    // Throws Error (writing nothing) if the journal cannot record the batch.
    WriteReport write(const WritePlan& plan, WriteJournal& journal, std::stop_token stop = {},
                      const WriteProgress& progress = {}) const;

private:
    TaggingSession tagging_;
    TagDecider decider_;
    WriteMode mode_;
};

// Restores the latest batch not yet undone. Files whose fields already hold the previous
// values are left alone; the batch is marked undone once no file failed (run it again after
// fixing a failure). `store`, when given, gets the restored files' new identities.
UndoReport undoLastWrite(WriteJournal& journal, const std::shared_ptr<ResultStore>& store,
                         std::stop_token stop = {});

}  // namespace tagscope
