#include "ui/analysis/tag_write_job.h"

#include <QPointer>

#include "engine/input_files.h"
#include "ui/analysis/analysis_service.h"

namespace tagscope::ui {

SessionConfig TagWriteSetup::sessionConfig() const {
    SessionConfig config;
    // As the app analyses (the exact resampler, its default), so that the store's results are
    // found.
    config.models.push_back({model.kind, model.weightsPath.toStdString(), model.norm,
                             model.calibrationPath.toStdString()});
    config.store = store;
    return config;
}

std::unique_ptr<WriteJournal> TagWriteSetup::journal() const {
    return store ? journalInStore(store) : journalInFile(defaultWriteJournalPath());
}

TagWriteJob::TagWriteJob(AnalysisService& service, QObject* parent)
    : ServiceTaskJob(service, parent) {}

void TagWriteJob::stopWriting() {
    writeStop_.request_stop();
}

TagWriteJob* TagWriteJob::plan(AnalysisService& service, TagWriteSetup setup, QStringList files,
                               WriteMode mode, QObject* parent) {
    auto* job = new TagWriteJob(service, parent);
    job->start([setup = std::move(setup), files, mode,
                self = QPointer<TagWriteJob>(job)](const TaskContext& task) {
        ExpandedInputs inputs;
        for (const QString& file : files) inputs.files.push_back(file.toStdString());
        auto session =
            std::make_shared<const TagWriteSession>(setup.sessionConfig(), *setup.decider, mode);
        PlannedWrite planned{session, session->plan(inputs, task.run().stopToken())};
        task.throwIfStopped();
        return std::function<void()>([self, planned = std::move(planned)] {
            if (self) emit self->planned(planned);
        });
    });
    return job;
}

TagWriteJob* TagWriteJob::write(AnalysisService& service, TagWriteSetup setup,
                                std::shared_ptr<const TagWriteSession> session, WritePlan plan,
                                QObject* parent) {
    auto* job = new TagWriteJob(service, parent);
    job->start([setup = std::move(setup), session = std::move(session), plan = std::move(plan),
                stop = job->writeStop_,
                self = QPointer<TagWriteJob>(job)](const TaskContext& task) mutable {
        // Quitting stops the write too (then nothing is reported).
        const std::stop_callback quitting(task.run().stopToken(), [&stop] { stop.request_stop(); });
        const std::unique_ptr<WriteJournal> journal = setup.journal();
        const WriteReport report = session->write(
            plan, *journal, stop.get_token(),
            [&task, self](std::size_t done, std::size_t total, const std::string& path) {
                task.deliver([self, done, total, path = QString::fromStdString(path)] {
                    if (self) emit self->progressed(int(done), int(total), path);
                });
            });
        return std::function<void()>([self, report] {
            if (self) emit self->written(report);
        });
    });
    return job;
}

TagWriteJob* TagWriteJob::undo(AnalysisService& service, TagWriteSetup setup, QObject* parent) {
    auto* job = new TagWriteJob(service, parent);
    job->start(
        [setup = std::move(setup), self = QPointer<TagWriteJob>(job)](const TaskContext& task) {
            const std::unique_ptr<WriteJournal> journal = setup.journal();
            const UndoReport report = undoLastWrite(*journal, setup.store, task.run().stopToken());
            return std::function<void()>([self, report] {
                if (self) emit self->undone(report);
            });
        });
    return job;
}

TagWriteJob* TagWriteJob::readJournal(AnalysisService& service, TagWriteSetup setup,
                                      QObject* parent) {
    auto* job = new TagWriteJob(service, parent);
    job->start([setup = std::move(setup), self = QPointer<TagWriteJob>(job)](const TaskContext&) {
        const std::optional<WriteBatch> last = setup.journal()->last();
        const int files = last ? int(last->files.size()) : 0;
        return std::function<void()>([self, files] {
            if (self) emit self->journalRead(files);
        });
    });
    return job;
}

}  // namespace tagscope::ui
