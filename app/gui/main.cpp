// tagscope: the desktop application. With no arguments it loads the four sample tracks; with
// arguments, those files and folders.
#include <QApplication>
#include <QStringList>
#include <cstdio>
#include <cstring>

#include "engine/installation_check.h"

#include "ui/window/application_setup.h"
#include "ui/window/main_window.h"

int main(int argc, char* argv[]) {
    if (argc == 2 && std::strcmp(argv[1], "--self-check") == 0) {
        const tagscope::InstallationReport report = tagscope::checkInstallation();
        std::fputs(report.text.c_str(), report.ok ? stdout : stderr);
        return report.ok ? 0 : 2;
    }
    if (tagscope::ui::noDisplayAvailable()) {
        std::fputs(
            "tagscope: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Use the command-line tagger instead, e.g.:  tagscope-cli tag FILE-OR-FOLDER...\n"
            "(or run headless with QT_QPA_PLATFORM=offscreen, or under xvfb-run)\n",
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    tagscope::ui::setUpApplication(app);

    QStringList inputs = QApplication::arguments().mid(1);
    if (inputs.isEmpty() && !tagscope::ui::samplesDir().isEmpty())
        inputs << tagscope::ui::samplesDir();

    tagscope::ui::MainWindow window;
    window.show();
    window.addPaths(inputs);
    return QApplication::exec();
}
