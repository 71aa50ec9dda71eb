#pragma once
// What several commands set up the same way from their options: resource limits, the tag
// decider, the result store.

#include <memory>
#include <ostream>
#include <string>

#include "app/cli/cli_options.h"
#include "engine/decisions/tag_decisions.h"
#include "engine/input_files.h"
#include "engine/report/tag_result.h"
#include "engine/run_context.h"

namespace tagscope {
class ResultStore;
}

namespace tagscope::cli {

ResourceLimits limitsFor(double maxDurationHours);

// The tag decider the options ask for (the shipped vocabulary and default thresholds unless
// told otherwise); throws Error naming a bad file.
TagDecider deciderFor(const TagOptions& options);

// The store to use, if any (its warnings printed); none in batch mode, which says so. Throws
// Error if the store is also an input or the output, or cannot be used.
std::shared_ptr<ResultStore> openStore(const TagOptions& options, const ExpandedInputs& inputs,
                                       std::ostream& err);

// Throws Error if the output file is also one of the inputs.
void refuseOutputOverInput(const std::string& output, const ExpandedInputs& inputs);

// One line per failure, on err.
void printFailures(const std::vector<TagFailure>& failures, std::ostream& err);

// Once per file (its results repeat per model): what its tags were computed from, when that
// makes them doubtful.
void printResultWarnings(const std::vector<TagResult>& results, std::ostream& err);

}  // namespace tagscope::cli
