#include "ui/model/prediction_warning.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

#include "engine/melgram.h"
#include "ui/model/time_format.h"

namespace tagscope::ui {
QString predictionWarning(const ShownPrediction& shown, double trackSeconds) {
    if (shown.probabilities.empty()) return {};
    if (trackSeconds > 0.0 && trackSeconds < kClipSeconds)
        return QCoreApplication::translate(
                   "PredictionWarning",
                   "Track shorter than 29.12 s (%1): the network heard %2 % zero padding")
            .arg(formatTime(trackSeconds))
            .arg(QLocale().toString(std::round(100.0 * (1.0 - trackSeconds / kClipSeconds)), 'f',
                                    0));
    const auto silent = std::count_if(shown.levels.begin(), shown.levels.end(),
                                      [](const WindowLevel& l) { return l.silent(); });
    const auto padded = std::count_if(shown.levels.begin(), shown.levels.end(),
                                      [](const WindowLevel& l) { return l.mostlyPadding(); });
    const QString level = QLocale().toString(kSilenceDb, 'f', 0);
    if (shown.source == ShownPrediction::Source::Summary) {
        if (silent > 0)
            return QCoreApplication::translate(
                       "PredictionWarning",
                       "%1 of %2 windows are silent (below %3 dBFS); the summary averages them in")
                .arg(silent)
                .arg(shown.levels.size())
                .arg(level);
        return {};
    }
    if (silent > 0)
        return shown.source == ShownPrediction::Source::Central
                   ? QCoreApplication::translate(
                         "PredictionWarning",
                         "Silent central window (below %1 dBFS): these tags mean little")
                         .arg(level)
                   : QCoreApplication::translate(
                         "PredictionWarning",
                         "Silent window (below %1 dBFS): these tags mean little")
                         .arg(level);
    if (padded > 0)
        return QCoreApplication::translate("PredictionWarning",
                                           "Window mostly zero padding: these tags mean little");
    return {};
}

}  // namespace tagscope::ui
