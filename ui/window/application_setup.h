#pragma once
// What the tagscope executable (and the GUI tests) set up before the main window exists.

#include <QLocale>
#include <QString>

class QApplication;
class QCoreApplication;

namespace tagscope::ui {

// No display to show a window on: QT_QPA_PLATFORM unset and neither DISPLAY nor WAYLAND_DISPLAY
// set. Checked before QApplication exists (which would abort).
bool noDisplayAvailable();

// Names (for QSettings), resources, translations for the locale, style and palette.
void setUpApplication(QApplication& app, const QLocale& locale = QLocale::system());

// Tagscope's and Qt's own translations for the locale; returns whether Tagscope's was found
// (if not, the English one is installed for its plural forms).
bool installTranslations(QCoreApplication& app, const QLocale& locale);

// The four sample tracks' folder (see findSamplesDir()), or "" if there is none.
QString samplesDir();

}  // namespace tagscope::ui
