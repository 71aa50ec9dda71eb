// tagscope: the desktop application. It opens the library (the result store in the user's data
// folder, or --store FILE) and lists its tracks; with arguments it also loads those files and
// folders; with none and an empty library, the four sample tracks. A second launch on the same
// library hands its files to the running one. Usage: launchUsageText().
#include <QApplication>
#include <QStringList>
#include <cstdio>

#include "engine/blas_threads.h"
#include "engine/build_config.h"
#include "engine/installation_check.h"
#include "ui/launch/launch_arguments.h"
#include "ui/launch/single_instance.h"
#include "ui/session/store_location.h"
#include "ui/window/application_setup.h"
#include "ui/window/main_window.h"

int main(int argc, char* argv[]) {
    using namespace tagscope::ui;
    // Before QApplication or any worker starts a thread: no idle BLAS thread spins beside them.
    tagscope::useSingleThreadedBlas();
    QStringList arguments;
    for (int i = 1; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    const LaunchArguments launch = parseLaunchArguments(arguments);
    switch (launch.action) {
        case LaunchArguments::Action::Help:
            std::fputs(launchUsageText().toLocal8Bit().constData(), stdout);
            return 0;
        case LaunchArguments::Action::Version:
            std::printf("tagscope %s\n", tagscope::build::kVersion);
            return 0;
        case LaunchArguments::Action::SelfCheck: {
            const tagscope::InstallationReport report = tagscope::checkInstallation();
            std::fputs(report.text.c_str(), report.ok ? stdout : stderr);
            return report.ok ? 0 : 2;
        }
        case LaunchArguments::Action::Invalid:
            std::fprintf(stderr, "tagscope: %s\n(see tagscope --help)\n",
                         launch.error.toLocal8Bit().constData());
            return 2;
        case LaunchArguments::Action::Run:
            break;
    }
    if (noDisplayAvailable()) {
        std::fputs(
            "tagscope: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Use the command-line tagger instead, e.g.:  tagscope-cli tag FILE-OR-FOLDER...\n"
            "(or run headless with QT_QPA_PLATFORM=offscreen, or under xvfb-run)\n",
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setUpApplication(app);

    const QString store = launch.store.isEmpty() ? defaultStorePath() : launch.store;
    const QString socket = instanceSocketName(store);
    if (!launch.newInstance && handOverToRunningInstance(socket, launch.inputs)) return 0;
    InstanceServer instance;
    // If it cannot listen (another launch won the race, a read-only runtime folder), this one
    // simply runs on its own.
    if (!launch.newInstance) instance.listen(socket);

    MainWindow window(store);
    QObject::connect(&instance, &InstanceServer::pathsReceived, &window,
                     [&window](const QStringList& paths) {
                         window.addPaths(paths);
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.raise();
                         window.activateWindow();
                     });
    window.show();
    if (!launch.inputs.isEmpty())
        window.addPaths(launch.inputs);
    else if (!samplesDir().isEmpty())
        window.addPathsUnlessLibrary({samplesDir()});
    return QApplication::exec();
}
