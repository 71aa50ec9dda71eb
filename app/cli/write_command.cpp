#include "app/cli/write_command.h"

#include <memory>
#include <set>

#include "app/cli/command_setup.h"
#include "app/cli/counted.h"
#include "app/cli/tag_command.h"
#include "engine/error.h"
#include "engine/session/model_request.h"
#include "engine/store/result_store.h"
#include "engine/tagwrite/tag_write_session.h"

namespace tagscope::cli {
namespace {

std::string shown(const FieldValues& values) {
    return values.empty() ? "(none)" : joinValues(values);
}

// The preview of one file: each field that changes, current → new.
void printFilePlan(const FileWritePlan& file, std::ostream& out) {
    if (!file.changesSomething()) {
        out << file.path << ": nothing to change\n";
        return;
    }
    out << file.path << '\n';
    for (const FieldChange& change : file.fields) {
        if (!change.changes()) continue;
        std::string name(tagFieldName(change.field));
        name.resize(9, ' ');
        out << "  " << name << shown(change.current) << " → " << shown(change.next) << '\n';
    }
}

void printWarnings(const std::vector<std::string>& warnings, std::ostream& err) {
    for (const std::string& w : warnings) err << "tagscope-cli: " << w << '\n';
}

std::unique_ptr<WriteJournal> journalFor(const std::shared_ptr<ResultStore>& store) {
    return store ? journalInStore(store) : journalInFile(defaultWriteJournalPath());
}

std::string undoCommand(const std::string& store) {
    return store.empty() ? "tagscope-cli undo" : "tagscope-cli undo --store " + store;
}

}  // namespace

int runWrite(const WriteOptions& options, std::ostream& out, std::ostream& err) {
    const TagOptions& analysis = options.analysis;
    WritePlan plan;
    WriteReport report;
    try {
        SessionConfig config;
        config.resampler = analysis.resampler;
        config.jobs = analysis.jobs;
        config.limits = limitsFor(analysis.maxDurationHours);
        config.models = resolveModels({analysis.models, analysis.modelGiven, analysis.weights,
                                       analysis.norm, analysis.calibration});
        const ExpandedInputs inputs = expandInputs(analysis.inputs);
        config.store = openStore(analysis, inputs, err);
        const std::shared_ptr<ResultStore> store = config.store;
        // The journal is found before anything is analysed: a write that could not be undone
        // is never started.
        const std::unique_ptr<WriteJournal> journal = options.dryRun ? nullptr : journalFor(store);
        const TagWriteSession session(std::move(config), deciderFor(analysis), options.mode);
        plan = session.plan(inputs);
        printFailures(plan.failures, err);
        printWarnings(plan.warnings, err);
        std::size_t changing = 0;
        for (const FileWritePlan& file : plan.files) changing += file.changesSomething();
        if (options.dryRun) {
            for (const FileWritePlan& file : plan.files) printFilePlan(file, out);
            err << "tagscope-cli: dry run: " << changing << " of "
                << counted(plan.files.size(), "file") << " would change; nothing written\n";
            return plan.failures.empty() ? kExitOk : kExitSomeFailed;
        }
        report = session.write(plan, *journal);
        printFailures(report.failures, err);
        printWarnings(report.warnings, err);
        const std::set<std::string> written(report.written.begin(), report.written.end());
        for (const FileWritePlan& file : plan.files)
            if (written.contains(file.path)) printFilePlan(file, out);
        err << "tagscope-cli: wrote " << report.written.size() << " of "
            << counted(changing, "file") << " to change";
        if (report.batch != 0 && !report.written.empty())
            err << " (batch " << report.batch << ", journaled in " << report.journal
                << "; undo: " << undoCommand(analysis.store) << ")";
        err << '\n';
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return plan.failures.empty() && report.failures.empty() ? kExitOk : kExitSomeFailed;
}

int runUndo(const UndoOptions& options, std::ostream& out, std::ostream& err) {
    UndoReport report;
    std::string where;
    try {
        std::shared_ptr<ResultStore> store;
        if (!options.store.empty()) {
            ResultStore::Opened opened = ResultStore::open(options.store);
            printWarnings(opened.warnings, err);
            store = opened.store;
        }
        const std::unique_ptr<WriteJournal> journal = journalFor(store);
        where = journal->where();
        report = undoLastWrite(*journal, store);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    if (report.batch == 0) {
        err << "tagscope-cli: nothing to undo (no write journaled in " << where << ")\n";
        return kExitOk;
    }
    for (const std::string& file : report.restored) out << "restored " << file << '\n';
    for (const std::string& file : report.alreadyAsBefore)
        out << "unchanged " << file << " (already as before)\n";
    printFailures(report.failures, err);
    printWarnings(report.warnings, err);
    err << "tagscope-cli: undo of batch " << report.batch << ": "
        << counted(report.restored.size(), "file") << " restored";
    if (!report.failures.empty())
        err << ", " << report.failures.size()
            << " not (the batch stays in the journal: undo again once they are fixed)";
    err << '\n';
    return report.failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace tagscope::cli
