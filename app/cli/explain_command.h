#pragma once
// tagscope-cli explain: one tag's relevance map over one clip, as .npy (and optionally as a PNG
// overlay and as the clip resynthesised through the map). docs/RELEVANCE.md.

#include <ostream>

#include "app/cli/cli_options.h"

namespace tagscope::cli {

// Prints "INPUT: TAG PROBABILITY" on out. Exit status: 0 done, 1 the input (or an output file)
// failed, 2 set-up error (weights, calibration).
int runExplain(const ExplainOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tagscope::cli
