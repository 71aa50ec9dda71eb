#include "app/cli/jsonl_command.h"

#include <atomic>
#include <mutex>
#include <set>
#include <stop_token>

#include "app/cli/catalogue.h"
#include "app/cli/command_setup.h"
#include "app/cli/counted.h"
#include "app/cli/jsonl_output.h"
#include "app/cli/tag_command.h"
#include "engine/error.h"
#include "engine/report/reports.h"
#include "engine/session/model_request.h"
#include "engine/session/parallel_for.h"
#include "engine/session/tagging_session.h"

namespace tagscope::cli {
namespace {

// The inputs not yet in the output.
ExpandedInputs notDone(const ExpandedInputs& inputs, const std::set<std::string>& done) {
    ExpandedInputs todo;
    for (const std::string& file : inputs.files)
        if (!done.contains(file)) todo.files.push_back(file);
    for (const TagFailure& failure : inputs.failures)
        if (!done.contains(failure.file)) todo.failures.push_back(failure);
    return todo;
}

std::string outputName(const std::string& output) {
    return output.empty() || output == "-" ? "standard output" : output;
}

// Streams the lines of every file, tagged one per job, as each finishes.
class JsonlRun {
public:
    JsonlRun(const TaggingSession& session, JsonlOutput& output, const TagOptions& options,
             const TagDecider* decider, std::ostream& err)
        : session_(session), output_(output), options_(options), decider_(decider), err_(err) {}

    void run(const ExpandedInputs& todo) {
        if (!todo.failures.empty()) {
            printFailures(todo.failures, err_);
            output_.append(jsonLines({}, todo.failures, options_.segments, decider_));
            failed_ = true;
        }
        parallelFor(todo.files.size(), jobCount(options_.jobs), stop_.get_token(),
                    [&](std::size_t i) { tagOne(todo.files[i]); });
    }

    bool failed() const { return failed_; }
    const std::string& setupError() const { return setupError_; }

private:
    // Never throws (a parallelFor job): a set-up or output error stops the run.
    void tagOne(const std::string& file) {
        try {
            const SessionReport report = session_.tag(ExpandedInputs{{file}, {}});
            std::vector<TagFailure> failures = report.failures;
            std::string lines;
            try {
                lines = jsonLines(report.results, failures, options_.segments, decider_);
            } catch (const Error& e) {  // a result no report would accept: that file failed
                failures = {{file, e.what()}};
                lines = jsonLines({}, failures, options_.segments, decider_);
            }
            const std::lock_guard lock(printing_);
            printFailures(failures, err_);
            printResultWarnings(report.results, err_);
            for (const std::string& warning : report.warnings)
                if (warned_.insert(warning).second) err_ << "tagscope-cli: " << warning << '\n';
            failed_ = failed_ || !failures.empty();
            output_.append(lines);
        } catch (const std::exception& e) {
            const std::lock_guard lock(printing_);
            if (setupError_.empty()) setupError_ = e.what();
            stop_.request_stop();
        }
    }

    const TaggingSession& session_;
    JsonlOutput& output_;
    const TagOptions& options_;
    const TagDecider* decider_;
    std::ostream& err_;
    std::stop_source stop_;
    std::mutex printing_;  // guards err_, warned_, failed_, setupError_
    std::set<std::string> warned_;
    bool failed_ = false;
    std::string setupError_;
};

}  // namespace

int runTagJsonl(const TagOptions& options, const TagDecider* decider, std::ostream& out,
                std::ostream& err) {
    try {
        const ExpandedInputs inputs = tagInputsOf(options);
        refuseOutputOverInput(options.output, inputs);
        JsonlOutput output(options.output, out);
        if (output.tornBytes() > 0)
            err << "tagscope-cli: " << options.output << ": cut off a torn last line ("
                << output.tornBytes() << " bytes, from a run that was stopped); its file is "
                << "tagged again\n";
        const ExpandedInputs todo = notDone(inputs, output.done());
        const std::size_t skipped =
            inputs.files.size() + inputs.failures.size() - todo.files.size() - todo.failures.size();
        if (skipped > 0)
            err << "tagscope-cli: " << counted(skipped, "input") << " already in "
                << outputName(options.output) << ": skipped\n";

        SessionConfig config;
        config.resampler = options.resampler;
        config.hopSeconds = options.hopSeconds;
        config.segments = options.segments;
        config.jobs = 1;  // one file per job; the jobs run below
        config.limits = limitsFor(options.maxDurationHours);
        config.models = resolveModels({options.models, options.modelGiven, options.weights,
                                       options.norm, options.calibration});
        config.store = openStore(options, inputs, err);
        const TaggingSession session(std::move(config));

        JsonlRun run(session, output, options, decider, err);
        run.run(todo);
        if (!run.setupError().empty()) {
            err << "tagscope-cli: " << run.setupError() << '\n';
            return kExitSetupError;
        }
        return run.failed() ? kExitSomeFailed : kExitOk;
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
}

}  // namespace tagscope::cli
