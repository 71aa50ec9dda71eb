// tagscope-cli: batch tagging from the command line. See usageText() or --help.
#include <iostream>

#include "app/cli/cli_options.h"
#include "app/cli/tag_command.h"
#include "engine/build_config.h"
#include "engine/installation_check.h"

int main(int argc, char** argv) {
    using namespace tagscope::cli;
    try {
        const Command command = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
        switch (command.kind) {
            case Command::Kind::Help:
                std::cout << usageText();
                return kExitOk;
            case Command::Kind::Version:
                std::cout << "tagscope-cli " << tagscope::build::kVersion << '\n';
                return kExitOk;
            case Command::Kind::SelfCheck: {
                const tagscope::InstallationReport report = tagscope::checkInstallation();
                (report.ok ? std::cout : std::cerr) << report.text;
                return report.ok ? kExitOk : kExitSetupError;
            }
            case Command::Kind::Tag:
                return runTag(command.tag, std::cout, std::cerr);
            case Command::Kind::Calibrate:
                return runCalibrate(command.calibrate, std::cerr);
            case Command::Kind::Melgram:
                return runMelgram(command.melgram, std::cerr);
        }
    } catch (const UsageError& e) {
        std::cerr << "tagscope-cli: " << e.message << "\n(see tagscope-cli --help)\n";
    }
    return kExitSetupError;
}
