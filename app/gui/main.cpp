// tagscope: the desktop application. It opens the library (the result store in the user's data
// folder, or --store FILE) and lists its tracks; with arguments it also loads those files and
// folders; with none and an empty library, the four sample tracks.
#include <QApplication>
#include <QStringList>
#include <cstdio>
#include <cstring>

#include "engine/installation_check.h"

#include "ui/session/store_location.h"
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
    QString store = tagscope::ui::defaultStorePath();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs[i] == QLatin1String("--store") && i + 1 < inputs.size()) {
            store = inputs[i + 1];
            inputs.remove(i, 2);
            break;
        }
        if (inputs[i].startsWith(QLatin1String("--store="))) {
            store = inputs[i].mid(8);
            inputs.remove(i);
            break;
        }
    }

    tagscope::ui::MainWindow window(store);
    window.show();
    if (!inputs.isEmpty())
        window.addPaths(inputs);
    else if (!tagscope::ui::samplesDir().isEmpty())
        window.addPathsUnlessLibrary({tagscope::ui::samplesDir()});
    return QApplication::exec();
}
