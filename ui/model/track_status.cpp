#include "ui/model/track_status.h"

#include <QCoreApplication>

namespace tagscope::ui {

QString trackStatusText(TrackStatus status) {
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
            return QCoreApplication::translate("TrackStatus", "Error");
    }
    return {};
}

}  // namespace tagscope::ui
