#include "ui/analysis/calibration_job.h"

#include <QDir>
#include <QThread>

#include "engine/error.h"
#include "engine/networks/calibration.h"
#include "ui/analysis/tagger_registry.h"
#include "ui/analysis/thread_priority.h"

namespace tagscope::ui {
namespace {

// Runs work(); turns exceptions into a message.
template <typename Work>
void runReporting(CalibrationJob* job, Work work) {
    try {
        emit job->finished(work());
    } catch (const std::exception& e) {
        emit job->failed(QString::fromStdString(e.what()));
    }
}

}  // namespace

CalibrationJob::CalibrationJob(QObject* parent) : QObject(parent) {}

CalibrationJob::~CalibrationJob() {
    if (thread_) thread_->wait();
}

void CalibrationJob::start() {
    thread_->start(QThread::LowPriority);
}

CalibrationJob* CalibrationJob::compute(TaggerRegistry& registry,
                                        std::vector<std::shared_ptr<const DecodedTrack>> tracks,
                                        QStringList clipNames, std::vector<NetworkKind> networks,
                                        QString outputDir, QObject* parent) {
    auto* job = new CalibrationJob(parent);
    job->thread_ = QThread::create([job, &registry, tracks = std::move(tracks),
                                    clipNames = std::move(clipNames),
                                    networks = std::move(networks), outputDir] {
        lowerCurrentThreadPriority();
        runReporting(job, [&] {
            std::vector<const Melgram*> clips;
            for (const auto& track : tracks) clips.push_back(&track->clips.central);
            QList<CalibrationFile> files;
            for (NetworkKind kind : networks) {
                ModelConfig config;
                config.kind = kind;
                config.norm = NormMode::Track;  // needs no calibration of its own
                Calibration calibration = registry.tagger(config)->network().calibrate(clips);
                for (const QString& name : clipNames)
                    calibration.clipNames.push_back(name.toStdString());
                const QString path =
                    QDir(outputDir).filePath(QStringLiteral("%1-session.calibration.h5")
                                                 .arg(QString::fromStdString(networkId(kind))));
                calibration.save(path.toStdString());
                files.append({kind, path, calibration.clipCount});
            }
            return files;
        });
    });
    job->thread_->setParent(job);
    return job;
}

CalibrationJob* CalibrationJob::inspect(QString path, QObject* parent) {
    auto* job = new CalibrationJob(parent);
    job->thread_ = QThread::create([job, path] {
        runReporting(job, [&] {
            const Calibration calibration = Calibration::load(path.toStdString());
            return QList<CalibrationFile>{{calibration.kind, path, calibration.clipCount}};
        });
    });
    job->thread_->setParent(job);
    return job;
}

}  // namespace tagscope::ui
