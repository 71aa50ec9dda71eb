#include "engine/tagwrite/tag_write_session.h"

#include <map>

#include "engine/error.h"
#include "engine/store/result_store.h"
#include "engine/tagwrite/tag_file_writer.h"

namespace tagscope {
namespace {

// Refuses a file that is no longer what the plan was made from.
void checkAsPlanned(const LoadedTagFile& file, const FileWritePlan& plan) {
    if (file.content.fingerprint != plan.analysedFingerprint)
        fail(file.path, "changed since it was analysed; analyse it again (tags not written)");
    for (const FieldChange& change : plan.fields)
        if (change.changes() && valuesOf(file.fields, change.field) != change.current)
            fail(file.path, "its " + std::string(tagFieldName(change.field)) +
                                " changed since the preview; analyse it again (tags not written)");
}

// A store trusts an unchanged size and modification time (docs/LIBRARY.md); before tags
// decided from stored results go into a file, its content must be what the store analysed.
void checkStoredContent(const std::shared_ptr<ResultStore>& store, const std::string& path,
                        std::uint64_t fingerprint) {
    if (!store) return;
    const std::optional<StoredFile> stored = store->file(canonicalStorePath(path));
    if (stored && stored->fingerprint != fingerprint)
        fail(path,
             "differs from what the result store analysed (changed, keeping its modification "
             "time); touch it to have it analysed again (tags not written)");
}

JournaledFile journalEntry(const FileWritePlan& plan) {
    JournaledFile entry{canonicalStorePath(plan.path), {}};
    for (const FieldChange& change : plan.fields)
        if (change.changes())
            entry.fields.push_back(
                {std::string(tagFieldName(change.field)), change.current, change.next});
    return entry;
}

// The store's record of a rewritten file follows it; failing that costs nothing but a warning
// (the file is then analysed again next time).
void adopt(const std::shared_ptr<ResultStore>& store, const std::string& path, std::uint64_t before,
           const ContentFingerprint& after, std::vector<std::string>& warnings) {
    if (!store) return;
    try {
        store->adoptRewrittenFile(path, before, after);
    } catch (const Error& e) {
        warnings.push_back(e.what());
    }
}

// The fields of a journaled file that must be restored; throws Error if one was changed by
// someone else since Tagscope wrote it.
FieldMap fieldsToRestore(const JournaledFile& entry, const LoadedTagFile& file) {
    FieldMap restore;
    for (const JournaledField& journaled : entry.fields) {
        const std::optional<TagField> field = parseTagField(journaled.field);
        if (!field) fail(entry.path, "the journal names an unknown field " + journaled.field);
        const FieldValues& now = valuesOf(file.fields, *field);
        if (now == journaled.previous) continue;
        if (now != journaled.written)
            fail(entry.path, journaled.field + " changed since Tagscope wrote it (now \"" +
                                 joinValues(now) + "\"); not undone");
        restore[*field] = journaled.previous;
    }
    return restore;
}

}  // namespace

bool FileWritePlan::changesSomething() const {
    for (const FieldChange& change : fields)
        if (change.changes()) return true;
    return false;
}

TagWriteSession::TagWriteSession(SessionConfig analysis, TagDecider decider, WriteMode mode)
    : tagging_(std::move(analysis)), decider_(std::move(decider)), mode_(mode) {}

WritePlan TagWriteSession::plan(const ExpandedInputs& inputs, std::stop_token stop) const {
    WritePlan plan;
    plan.mode = mode_;
    plan.failures = inputs.failures;

    // What can be written into at all, and the content each analysis will be of.
    ExpandedInputs writable;
    std::map<std::string, std::uint64_t> fingerprints;
    for (const std::string& file : inputs.files) {
        try {
            requireTagFormat(file);
            fingerprints[file] = sampledFingerprint(file).fingerprint;
            writable.files.push_back(file);
        } catch (const Error& e) {
            plan.failures.push_back({file, e.what()});
        }
    }

    const SessionReport analysis = tagging_.tag(writable, stop);
    plan.failures.insert(plan.failures.end(), analysis.failures.begin(), analysis.failures.end());
    plan.warnings = analysis.warnings;
    plan.cancelled = analysis.cancelled;
    const std::shared_ptr<ResultStore>& store = tagging_.config().store;
    std::map<std::string, const TagResult*> deciding;  // the first model's result per file
    for (const TagResult& result : analysis.results) deciding.emplace(result.file, &result);

    for (const std::string& file : writable.files) {
        const auto result = deciding.find(file);
        if (result == deciding.end()) continue;  // failed: already named
        try {
            const LoadedTagFile loaded = loadTagFile(file);
            if (loaded.content.fingerprint != fingerprints[file])
                fail(file, "changed while it was analysed; analyse it again (tags not written)");
            checkStoredContent(store, file, loaded.content.fingerprint);
            FileWritePlan entry{file,
                                loaded.format,
                                loaded.content.fingerprint,
                                decider_.decide(result->second->probabilities),
                                {}};
            entry.fields = planFieldChanges(loaded.fields, entry.tags, mode_, loaded.format);
            plan.files.push_back(std::move(entry));
        } catch (const Error& e) {
            plan.failures.push_back({file, e.what()});
        }
    }
    return plan;
}

WriteReport TagWriteSession::write(const WritePlan& plan, WriteJournal& journal,
                                   std::stop_token stop, const WriteProgress& progress) const {
    WriteReport report;
    report.journal = journal.where();

    // Everything is checked before the journal is written, and again just before each file is.
    WriteBatch batch;
    batch.mode = std::string(writeModeName(plan.mode));
    std::vector<const FileWritePlan*> toWrite;
    for (const FileWritePlan& file : plan.files) {
        if (!file.changesSomething()) continue;
        try {
            checkAsPlanned(loadTagFile(file.path), file);
            batch.files.push_back(journalEntry(file));
            toWrite.push_back(&file);
        } catch (const Error& e) {
            report.failures.push_back({file.path, e.what()});
        }
    }
    if (toWrite.empty()) return report;
    report.batch = journal.add(batch);

    const std::shared_ptr<ResultStore>& store = tagging_.config().store;
    for (std::size_t k = 0; k < toWrite.size(); ++k) {
        const FileWritePlan& file = *toWrite[k];
        try {
            if (stop.stop_requested()) {
                report.cancelled = true;
                fail(file.path, "cancelled; tags not written");
            }
            const LoadedTagFile loaded = loadTagFile(file.path);
            checkAsPlanned(loaded, file);
            const ContentFingerprint after = replaceTagFields(loaded, changedFields(file.fields));
            report.written.push_back(file.path);
            adopt(store, file.path, loaded.content.fingerprint, after, report.warnings);
        } catch (const Error& e) {
            report.failures.push_back({file.path, e.what()});
            try {
                journal.removeFile(report.batch, batch.files[k].path);
            } catch (const Error& j) {
                report.warnings.push_back(j.what());
            }
        }
        if (progress) progress(k + 1, toWrite.size(), file.path);
    }
    if (report.written.empty()) journal.markUndone(report.batch);  // nothing to undo
    return report;
}

UndoReport undoLastWrite(WriteJournal& journal, const std::shared_ptr<ResultStore>& store,
                         std::stop_token stop) {
    UndoReport report;
    const std::optional<WriteBatch> batch = journal.last();
    if (!batch) return report;
    report.batch = batch->id;
    for (const JournaledFile& entry : batch->files) {
        try {
            if (stop.stop_requested()) fail(entry.path, "cancelled; not undone");
            const LoadedTagFile loaded = loadTagFile(entry.path);
            const FieldMap restore = fieldsToRestore(entry, loaded);
            if (restore.empty()) {
                report.alreadyAsBefore.push_back(entry.path);
                continue;
            }
            const ContentFingerprint after = replaceTagFields(loaded, restore);
            report.restored.push_back(entry.path);
            adopt(store, entry.path, loaded.content.fingerprint, after, report.warnings);
        } catch (const Error& e) {
            report.failures.push_back({entry.path, e.what()});
        }
    }
    if (report.failures.empty()) journal.markUndone(batch->id);
    return report;
}

}  // namespace tagscope
