#pragma once
// `tag --format jsonl`: each file's JSON lines written (and flushed) as soon as it is tagged,
// in the order files finish; an existing output file is resumed. docs/SCALING.md.

#include <ostream>

#include "app/cli/cli_options.h"
#include "engine/decisions/tag_decisions.h"

namespace tagscope::cli {

// The exit status: 0 every file of this run tagged, 1 some failed (their error lines are in
// the output), 2 a usage or set-up error.
int runTagJsonl(const TagOptions& options, const TagDecider* decider, std::ostream& out,
                std::ostream& err);

}  // namespace tagscope::cli
