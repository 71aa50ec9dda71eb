// tagscope-cli: batch tagging from the command line. See usageText() or --help.
#include <exception>
#include <iostream>
#include <new>

#include "app/cli/cli_options.h"
#include "app/cli/explain_command.h"
#include "app/cli/similar_command.h"
#include "app/cli/tag_command.h"
#include "app/cli/write_command.h"
#include "engine/blas_threads.h"
#include "engine/build_config.h"
#include "engine/installation_check.h"
#include "engine/io/atomic_file.h"

namespace {

int run(int argc, char** argv) {
    using namespace tagscope::cli;
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
        case Command::Kind::Playlist:
            return runPlaylist(command.tag, std::cerr);
        case Command::Kind::Write:
            return runWrite(command.write, std::cout, std::cerr);
        case Command::Kind::Undo:
            return runUndo(command.undo, std::cout, std::cerr);
        case Command::Kind::Calibrate:
            return runCalibrate(command.calibrate, std::cerr);
        case Command::Kind::Melgram:
            return runMelgram(command.melgram, std::cerr);
        case Command::Kind::Similar:
            return runSimilar(command.tag, std::cout, std::cerr);
        case Command::Kind::Explain:
            return runExplain(command.explain, std::cout, std::cerr);
    }
    return kExitSetupError;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace tagscope::cli;
    tagscope::useSingleThreadedBlas();          // no idle BLAS thread spins beside the jobs
    tagscope::removeTemporaryFilesOnSignals();  // an interrupted write leaves nothing behind
    try {
        return run(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "tagscope-cli: " << e.what() << "\n(see tagscope-cli --help)\n";
    } catch (const std::bad_alloc&) {
        std::cerr << "tagscope-cli: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "tagscope-cli: " << e.what() << '\n';
    }
    return kExitSetupError;
}
