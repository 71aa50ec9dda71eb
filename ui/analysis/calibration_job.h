#pragma once
// Background calibration work: computing new calibrations from tracks' central clips (one per
// network, as batch mode would over those clips), or reading a calibration file to learn which
// network it is for. Each job runs in its own thread and reports once; deleting the job waits
// for its thread.

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "engine/networks/network_weights.h"
#include "ui/model/track_analysis_data.h"

class QThread;

namespace tagscope::ui {

class TaggerRegistry;

struct CalibrationFile {
    NetworkKind kind = NetworkKind::ConvNet;
    QString path;
    int clipCount = 0;
};

class CalibrationJob : public QObject {
    Q_OBJECT
public:
    ~CalibrationJob() override;

    // Calibrations for each network from the tracks' central clips, saved into outputDir.
    static CalibrationJob* compute(TaggerRegistry& registry,
                                   std::vector<std::shared_ptr<const DecodedTrack>> tracks,
                                   QStringList clipNames, std::vector<NetworkKind> networks,
                                   QString outputDir, QObject* parent);
    // Reads (and so validates) a calibration file.
    static CalibrationJob* inspect(QString path, QObject* parent);

    void start();

signals:
    void finished(const QList<tagscope::ui::CalibrationFile>& files);
    void failed(const QString& error);

private:
    explicit CalibrationJob(QObject* parent);

    QThread* thread_ = nullptr;
};

}  // namespace tagscope::ui
