#pragma once
// tagscope-cli similar: the tracks of a result store most similar to a query (docs/CLI.md).

#include <ostream>

#include "app/cli/cli_options.h"

namespace tagscope::cli {

// options.inputs holds the query; options.store the store. Returns the exit status.
int runSimilar(const TagOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tagscope::cli
