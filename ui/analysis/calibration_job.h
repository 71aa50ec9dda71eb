#pragma once
// Background calibration work, run as tasks of the app's AnalysisService (so quitting stops
// and joins it like any other job): computing new calibrations from tracks' central clips
// (one per network, as batch mode would over those clips), or reading a calibration file to
// learn which network it is for. Reports once; deleting the job cancels its task.

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "engine/networks/network_weights.h"
#include "ui/analysis/service_task_job.h"
#include "ui/model/track_analysis_data.h"

namespace tagscope::ui {

class AnalysisService;

struct CalibrationFile {
    NetworkKind kind = NetworkKind::ConvNet;
    QString path;
    int clipCount = 0;
};

// One track to calibrate on: its file, and its decoded data if the cache still has it (else
// the task decodes the file again).
struct CalibrationInput {
    QString path;
    std::shared_ptr<const DecodedTrack> decoded;
};

class CalibrationJob : public ServiceTaskJob {
    Q_OBJECT
public:
    // Calibrations for each network from the tracks' central clips, saved into outputDir.
    static CalibrationJob* compute(AnalysisService& service, std::vector<CalibrationInput> tracks,
                                   std::vector<NetworkKind> networks, QString outputDir,
                                   QObject* parent);
    // Reads (and so validates) a calibration file.
    static CalibrationJob* inspect(AnalysisService& service, QString path, QObject* parent);

signals:
    void finished(const QList<tagscope::ui::CalibrationFile>& files);

private:
    CalibrationJob(AnalysisService& service, QObject* parent);
    void start(TaskWork work) { ServiceTaskJob::start(std::move(work), TaskLane::Analysis); }
};

}  // namespace tagscope::ui
