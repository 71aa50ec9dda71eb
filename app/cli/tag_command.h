#pragma once
// The commands of tagscope-cli. Each returns the process exit status.

#include <ostream>

#include "app/cli/cli_options.h"

namespace tagscope::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitSetupError = 2;

int runTag(const TagOptions& options, std::ostream& out, std::ostream& err);
int runPlaylist(const TagOptions& options, std::ostream& err);
int runCalibrate(const CalibrateOptions& options, std::ostream& err);
int runMelgram(const MelgramOptions& options, std::ostream& err);

}  // namespace tagscope::cli
