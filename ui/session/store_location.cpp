#include "ui/session/store_location.h"

#include <QDir>
#include <QStandardPaths>

namespace tagscope::ui {

QString defaultStorePath() {
    const QString chosen = qEnvironmentVariable("TAGSCOPE_STORE");
    if (!chosen.isEmpty()) return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.tagscope"));
}

}  // namespace tagscope::ui
