#include "app/cli/tag_command.h"

#include <sstream>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/melgram_npy.h"
#include "engine/report/reports.h"
#include "engine/session/model_request.h"
#include "engine/session/tagging_session.h"

namespace tagscope::cli {
namespace {

ResourceLimits limitsFor(double maxDurationHours) {
    ResourceLimits limits;
    limits.maxDurationSeconds = maxDurationHours * 3600.0;
    return limits;
}

void refuseOutputOverInput(const std::string& output, const ExpandedInputs& inputs) {
    if (output.empty() || output == "-") return;
    for (const std::string& file : inputs.files)
        if (sameFile(output, file)) fail(output, "is also an input; refusing to overwrite it");
}

void writeOutput(const std::string& path, const std::string& text, std::ostream& out) {
    if (path.empty() || path == "-")
        out << text;
    else
        writeFileAtomically(path, text);
}

void printFailures(const std::vector<TagFailure>& failures, std::ostream& err) {
    for (const TagFailure& f : failures) err << "tagscope-cli: " << f.error << '\n';
}

}  // namespace

int runTag(const TagOptions& options, std::ostream& out, std::ostream& err) {
    SessionConfig config;
    config.resampler = options.resampler;
    config.hopSeconds = options.hopSeconds;
    config.segments = options.segments;
    config.jobs = options.jobs;
    config.limits = limitsFor(options.maxDurationHours);
    std::unique_ptr<TaggingSession> session;
    ExpandedInputs inputs;
    try {
        config.models = resolveModels({options.models, options.modelGiven, options.weights,
                                       options.norm, options.calibration});
        session = std::make_unique<TaggingSession>(std::move(config));
        inputs = expandInputs(options.inputs);
        refuseOutputOverInput(options.output, inputs);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }

    const SessionReport report = session->tag(inputs);
    printFailures(report.failures, err);
    std::ostringstream text;
    switch (options.format) {
        case OutputFormat::Text:
            writeTextReport(text, report.results, options.top, session->taggers().size() > 1);
            break;
        case OutputFormat::Csv:
            writeCsvReport(text, report.results, options.segments);
            break;
        case OutputFormat::Json:
            writeJsonReport(text, report.results, report.failures, options.segments);
            break;
    }
    try {
        writeOutput(options.output, text.str(), out);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return report.failures.empty() ? kExitOk : kExitSomeFailed;
}

int runCalibrate(const CalibrateOptions& options, std::ostream& err) {
    try {
        SessionConfig config;
        config.models = resolveModels({options.models, true, options.weights, NormMode::Track, {}});
        config.resampler = options.resampler;
        config.limits = limitsFor(options.maxDurationHours);
        const TaggingSession session(std::move(config));
        const ExpandedInputs inputs = expandInputs(options.inputs);
        refuseOutputOverInput(options.output, inputs);
        const ClipsReport clips = session.centralClips(inputs);
        if (!clips.failures.empty() || clips.clips.empty()) {
            printFailures(clips.failures, err);
            err << "tagscope-cli: calibration not written: " << clips.failures.size()
                << " input(s) failed, " << clips.clips.size() << " usable\n";
            return kExitSomeFailed;
        }
        session.calibration(clips).save(options.output);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return kExitOk;
}

int runMelgram(const MelgramOptions& options, std::ostream& err) {
    try {
        SessionConfig config;
        config.resampler = options.resampler;
        config.limits = limitsFor(options.maxDurationHours);
        const TaggingSession session(std::move(config));
        const ExpandedInputs inputs = expandInputs({options.input});
        refuseOutputOverInput(options.output, inputs);
        const ClipsReport clips = session.centralClips(inputs);
        if (clips.clips.empty()) {
            printFailures(clips.failures, err);
            return kExitSomeFailed;
        }
        writeMelgramNpy(options.output, clips.clips.front());
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return kExitOk;
}

}  // namespace tagscope::cli
