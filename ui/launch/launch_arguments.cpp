#include "ui/launch/launch_arguments.h"

namespace tagscope::ui {

LaunchArguments parseLaunchArguments(const QStringList& arguments) {
    LaunchArguments parsed;
    const auto invalid = [&parsed](const QString& error) {
        parsed.action = LaunchArguments::Action::Invalid;
        parsed.error = error;
        return parsed;
    };
    bool options = true;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (!options || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            parsed.inputs << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            options = false;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            parsed.action = LaunchArguments::Action::Help;
            return parsed;
        } else if (argument == QLatin1String("--version")) {
            parsed.action = LaunchArguments::Action::Version;
            return parsed;
        } else if (argument == QLatin1String("--self-check")) {
            parsed.action = LaunchArguments::Action::SelfCheck;
            return parsed;
        } else if (argument == QLatin1String("--new-instance")) {
            parsed.newInstance = true;
        } else if (argument == QLatin1String("--store")) {
            if (i + 1 == arguments.size()) return invalid(QStringLiteral("--store needs a FILE"));
            parsed.store = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--store="))) {
            parsed.store = argument.mid(8);
            if (parsed.store.isEmpty()) return invalid(QStringLiteral("--store needs a FILE"));
        } else {
            return invalid(QStringLiteral("unknown option '%1'").arg(argument));
        }
    }
    return parsed;
}

QString launchUsageText() {
    return QStringLiteral(
        "Usage: tagscope [--store FILE] [--new-instance] [FILE-OR-FOLDER...]\n"
        "       tagscope --help | --version | --self-check\n"
        "\n"
        "Tagscope tags music with the CNN and RNN auto-taggers of Choi et al. (ISMIR 2016),\n"
        "plays it and shows the log-mel spectrogram the networks see.\n"
        "\n"
        "Files and folders (walked recursively for audio files) are added to the track list.\n"
        "If Tagscope is already running on the same library, they are handed to it and this\n"
        "launch ends.\n"
        "\n"
        "  --store FILE     the library's result store (default: $TAGSCOPE_STORE, else\n"
        "                   library.tagscope in the user's data folder)\n"
        "  --new-instance   start another window even if Tagscope is running\n"
        "  --self-check     check the installation (models, calibrations, samples) and exit\n"
        "  --version        print the version and exit\n"
        "  --help           print this help and exit\n"
        "\n"
        "Without a display, use the command-line tagger: tagscope-cli --help\n");
}

}  // namespace tagscope::ui
