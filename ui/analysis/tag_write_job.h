#pragma once
// Tags into the files (engine/tagwrite/tag_write_session.h), as tasks of the app's
// AnalysisService on a store thread, so that quitting stops and joins them like any other job:
// - plan: the write plan of some files (their results read from the store, anything missing
//   analysed), with the TagWriteSession that made it;
// - write: a plan, file by file, with progress; stopWriting() stops it between files and the
//   report still arrives (the files after the stop are named as not written);
// - undo: the last write not yet undone;
// - readJournal: how many files the last write not yet undone holds (0: nothing to undo).
// Each job reports once (progress before that). Deleting a job stops its task and nothing of
// it is reported.

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <stop_token>

#include "engine/decisions/tag_decisions.h"
#include "engine/tagwrite/tag_write_session.h"
#include "ui/analysis/service_task_job.h"
#include "ui/model/model_config.h"

namespace tagscope {
class ResultStore;
}

namespace tagscope::ui {

class AnalysisService;

// What a write is decided and kept with: the network that decides (the first active one), the
// library's store (none: the files are analysed again and the journal is a file in the user's
// data folder) and the tag decider.
struct TagWriteSetup {
    ModelConfig model;
    std::shared_ptr<ResultStore> store;
    std::shared_ptr<const TagDecider> decider;

    SessionConfig sessionConfig() const;
    std::unique_ptr<WriteJournal> journal() const;  // throws Error
};

// A plan, and the session that made it (which writes it: same store, same mode).
struct PlannedWrite {
    std::shared_ptr<const TagWriteSession> session;
    WritePlan plan;
};

class TagWriteJob : public ServiceTaskJob {
    Q_OBJECT
public:
    static TagWriteJob* plan(AnalysisService& service, TagWriteSetup setup, QStringList files,
                             WriteMode mode, QObject* parent);
    // Writes `plan` with `session` (a PlannedWrite's, the caller having dropped what it must not
    // write).
    static TagWriteJob* write(AnalysisService& service, TagWriteSetup setup,
                              std::shared_ptr<const TagWriteSession> session, WritePlan plan,
                              QObject* parent);
    static TagWriteJob* undo(AnalysisService& service, TagWriteSetup setup, QObject* parent);
    static TagWriteJob* readJournal(AnalysisService& service, TagWriteSetup setup, QObject* parent);

    // A write stops before its next file, and reports.
    void stopWriting();

signals:
    void planned(const tagscope::ui::PlannedWrite& planned);
    void progressed(int done, int total, const QString& path);
    void written(const tagscope::WriteReport& report);
    void undone(const tagscope::UndoReport& report);
    void journalRead(int filesToUndo);

private:
    TagWriteJob(AnalysisService& service, QObject* parent);
    void start(TaskWork work) { ServiceTaskJob::start(std::move(work), TaskLane::Store); }

    std::stop_source writeStop_;  // a write's own: its report still arrives
};

}  // namespace tagscope::ui
