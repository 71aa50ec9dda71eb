#pragma once
// The tagscope executable's command line:
//   tagscope [--store FILE] [--new-instance] [FILE-OR-FOLDER...]
//   tagscope --help | --version | --self-check
// Parsed before QApplication exists (so that --help works without a display).

#include <QString>
#include <QStringList>

namespace tagscope::ui {

struct LaunchArguments {
    enum class Action { Run, Help, Version, SelfCheck, Invalid };
    Action action = Action::Run;
    QString store;             // empty: defaultStorePath()
    bool newInstance = false;  // do not hand the inputs to a running Tagscope
    QStringList inputs;        // files and folders, as given
    QString error;             // Invalid: what is wrong, one line
};

// `arguments` without the program name. "--" ends the options (a file may then start with
// "-"); an unknown option is Invalid.
LaunchArguments parseLaunchArguments(const QStringList& arguments);

QString launchUsageText();  // for --help, ends with a newline

}  // namespace tagscope::ui
