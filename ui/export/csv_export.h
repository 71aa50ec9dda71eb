#pragma once
// Export in the CLI's CSV format (engine writeCsvReport), written atomically with QSaveFile:
// an existing file is replaced only once the new one is complete.

#include <QByteArray>
#include <QString>
#include <vector>

#include "engine/report/tag_result.h"

namespace tagscope::ui {

QByteArray csvText(const std::vector<TagResult>& results, bool withWindows);

// Returns an empty string on success, else what went wrong (translated, for a message box).
QString writeCsvFile(const QString& path, const std::vector<TagResult>& results, bool withWindows);

}  // namespace tagscope::ui
