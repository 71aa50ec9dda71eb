#include "app/cli/command_setup.h"

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/report/window_warnings.h"
#include "engine/store/result_store.h"

namespace tagscope::cli {
namespace {

// A mistyped --store must not turn an input or the output into a store (or move it aside).
void refuseStoreOverFiles(const std::string& store, const std::string& output,
                          const ExpandedInputs& inputs) {
    for (const std::string& file : inputs.files)
        if (sameFile(store, file)) fail(store, "is also an input; it cannot be the result store");
    if (!output.empty() && output != "-" && sameFile(store, output))
        fail(output, "is also the result store; refusing to overwrite it");
}

}  // namespace

ResourceLimits limitsFor(double maxDurationHours) {
    ResourceLimits limits;
    limits.maxDurationSeconds = maxDurationHours * 3600.0;
    return limits;
}

TagDecider deciderFor(const TagOptions& options) {
    const Vocabulary vocabulary = options.vocabulary.empty() ? Vocabulary::loadDefault()
                                                             : Vocabulary::load(options.vocabulary);
    Thresholds thresholds = options.thresholdsFile.empty()
                                ? Thresholds{}
                                : Thresholds::load(options.thresholdsFile, vocabulary);
    if (options.threshold >= 0.0) thresholds.globalDefault = options.threshold;
    return TagDecider(vocabulary, thresholds);
}

std::shared_ptr<ResultStore> openStore(const TagOptions& options, const ExpandedInputs& inputs,
                                       std::ostream& err) {
    if (options.store.empty()) return nullptr;
    if (options.norm == NormMode::Batch) {
        err << "tagscope-cli: --store is not used with --norm batch (a batch's results depend on "
               "its other inputs)\n";
        return nullptr;
    }
    refuseStoreOverFiles(options.store, options.output, inputs);
    ResultStore::Opened opened = ResultStore::open(options.store);
    for (const std::string& warning : opened.warnings) err << "tagscope-cli: " << warning << '\n';
    return opened.store;
}

void refuseOutputOverInput(const std::string& output, const ExpandedInputs& inputs) {
    if (output.empty() || output == "-") return;
    for (const std::string& file : inputs.files)
        if (sameFile(output, file)) fail(output, "is also an input; refusing to overwrite it");
}

void printFailures(const std::vector<TagFailure>& failures, std::ostream& err) {
    for (const TagFailure& f : failures) err << "tagscope-cli: " << f.error << '\n';
}

void printResultWarnings(const std::vector<TagResult>& results, std::ostream& err) {
    for (std::size_t k = 0; k < results.size(); ++k) {
        if (k > 0 && results[k].file == results[k - 1].file) continue;
        for (const std::string& warning : resultWarnings(results[k]))
            err << "tagscope-cli: " << results[k].file << ": warning: " << warning << '\n';
    }
}

}  // namespace tagscope::cli
