#include "ui/export/csv_export.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <sstream>

#include "engine/report/reports.h"

namespace tagscope::ui {

QByteArray csvText(const std::vector<TagResult>& results, bool withWindows) {
    std::ostringstream out;
    writeCsvReport(out, results, withWindows);
    const std::string text = out.str();
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString writeCsvFile(const QString& path, const std::vector<TagResult>& results, bool withWindows) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("CsvExport", "Cannot create %1: %2")
            .arg(path, file.errorString());
    const QByteArray text = csvText(results, withWindows);
    if (file.write(text) != text.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, error);
    }
    if (!file.commit())
        return QCoreApplication::translate("CsvExport", "Cannot save %1: %2")
            .arg(path, file.errorString());
    return {};
}

}  // namespace tagscope::ui
