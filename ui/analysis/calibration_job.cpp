#include "ui/analysis/calibration_job.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include "engine/networks/calibration.h"
#include "engine/session/track_tagging.h"
#include "ui/analysis/analysis_service.h"
#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {

CalibrationJob::CalibrationJob(AnalysisService& service, QObject* parent)
    : ServiceTaskJob(service, parent) {}

CalibrationJob* CalibrationJob::compute(AnalysisService& service,
                                        std::vector<CalibrationInput> tracks,
                                        std::vector<NetworkKind> networks, QString outputDir,
                                        QObject* parent) {
    // A new name each time: results and taggers are kept per calibration file.
    static int calibrations = 0;
    const int number = ++calibrations;
    auto* job = new CalibrationJob(service, parent);
    job->start([registry = service.registry(), tracks = std::move(tracks),
                networks = std::move(networks), outputDir, number,
                self = QPointer<CalibrationJob>(job)](const TaskContext& task) {
        const RunContext& context = task.run();
        std::vector<Melgram> decodedAgain;  // the clips the cache no longer had
        decodedAgain.reserve(tracks.size());
        std::vector<const Melgram*> clips;
        for (const CalibrationInput& track : tracks) {
            context.throwIfStopped();
            if (track.decoded) {
                clips.push_back(&track.decoded->central);
                continue;
            }
            decodedAgain.push_back(
                tagTrack(track.path.toStdString(), {}, TrackTaggingOptions{}, context).central);
            clips.push_back(&decodedAgain.back());
        }
        QList<CalibrationFile> files;
        for (NetworkKind kind : networks) {
            ModelConfig config;
            config.kind = kind;
            config.norm = NormMode::Track;  // needs no calibration of its own
            Calibration calibration = registry->tagger(config)->network().calibrate(clips, context);
            for (const CalibrationInput& track : tracks)
                calibration.clipNames.push_back(QFileInfo(track.path).fileName().toStdString());
            const QString path =
                QDir(outputDir).filePath(QStringLiteral("%1-session-%2.calibration.json")
                                             .arg(QString::fromStdString(networkId(kind)))
                                             .arg(number));
            calibration.save(path.toStdString());
            files.append({kind, path, calibration.clipCount});
        }
        return std::function<void()>([self, files] {
            if (self) emit self->finished(files);
        });
    });
    return job;
}

CalibrationJob* CalibrationJob::inspect(AnalysisService& service, QString path, QObject* parent) {
    auto* job = new CalibrationJob(service, parent);
    job->start([path, self = QPointer<CalibrationJob>(job)](const TaskContext&) {
        const Calibration calibration = Calibration::load(path.toStdString());
        const QList<CalibrationFile> files{{calibration.kind, path, calibration.clipCount}};
        return std::function<void()>([self, files] {
            if (self) emit self->finished(files);
        });
    });
    return job;
}

}  // namespace tagscope::ui
