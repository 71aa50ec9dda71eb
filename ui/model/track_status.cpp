#include "ui/model/track_status.h"

#include <QCoreApplication>
#include <QLocale>

namespace tagscope::ui {

QString trackStatusText(TrackStatus status, int progressPercent) {
    const bool running = status == TrackStatus::Decoding || status == TrackStatus::Tagging;
    if (running && progressPercent >= 0)
        return QCoreApplication::translate("TrackStatus", "%1 %2 %")
            .arg(trackStatusText(status), QLocale().toString(progressPercent));
    switch (status) {
        case TrackStatus::Queued:
            return QCoreApplication::translate("TrackStatus", "Queued");
        case TrackStatus::Decoding:
            return QCoreApplication::translate("TrackStatus", "Decoding");
        case TrackStatus::Tagging:
            return QCoreApplication::translate("TrackStatus", "Tagging");
        case TrackStatus::Done:
            return QCoreApplication::translate("TrackStatus", "Done");
        case TrackStatus::Error:
            return QCoreApplication::translate("TrackStatus", "Failed");
    }
    return {};
}

QString trackFailureText(const QString& error) {
    if (error.isEmpty()) return trackStatusText(TrackStatus::Error);
    return QCoreApplication::translate("TrackStatus", "Failed: %1").arg(error);
}

}  // namespace tagscope::ui
