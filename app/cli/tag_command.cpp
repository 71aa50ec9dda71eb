#include "app/cli/tag_command.h"

#include <optional>
#include <sstream>

#include "app/cli/catalogue.h"
#include "app/cli/command_setup.h"
#include "app/cli/counted.h"
#include "app/cli/jsonl_command.h"
#include "engine/decisions/playlist.h"
#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/tag_query.h"
#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/melgram_npy.h"
#include "engine/report/reports.h"
#include "engine/session/model_request.h"
#include "engine/session/tagging_session.h"
#include "engine/store/result_store.h"

namespace tagscope::cli {
namespace {

void writeOutput(const std::string& path, const std::string& text, std::ostream& out) {
    if (path.empty() || path == "-")
        out << text;
    else
        writeFileAtomically(path, text);
}

// Tags the inputs as asked; a set-up error is printed and gives nullopt.
std::optional<SessionReport> tagInputs(const TagOptions& options, std::ostream& err,
                                       std::size_t& modelCount) {
    SessionConfig config;
    config.resampler = options.resampler;
    config.hopSeconds = options.hopSeconds;
    config.segments = options.segments;
    config.jobs = options.jobs;
    config.limits = limitsFor(options.maxDurationHours);
    try {
        config.models = resolveModels({options.models, options.modelGiven, options.weights,
                                       options.norm, options.calibration});
        modelCount = config.models.size();
        const ExpandedInputs inputs = tagInputsOf(options);
        refuseOutputOverInput(options.output, inputs);
        config.store = openStore(options, inputs, err);
        const TaggingSession session(std::move(config));
        SessionReport report = session.tag(inputs);  // with a store, networks may load only now
        printFailures(report.failures, err);
        printResultWarnings(report.results, err);
        for (const std::string& warning : report.warnings)
            err << "tagscope-cli: " << warning << '\n';
        return report;
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return std::nullopt;
    }
}

int finish(const std::string& output, const std::string& text, const SessionReport& report,
           std::ostream& out, std::ostream& err) {
    try {
        writeOutput(output, text, out);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return report.failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

int runTag(const TagOptions& options, std::ostream& out, std::ostream& err) {
    std::optional<TagDecider> decider;
    try {
        if (options.decisionsAsked()) decider.emplace(deciderFor(options));
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    const TagDecider* decisions = decider ? &*decider : nullptr;
    if (options.format == OutputFormat::Jsonl) return runTagJsonl(options, decisions, out, err);
    std::size_t models = 0;
    const std::optional<SessionReport> report = tagInputs(options, err, models);
    if (!report) return kExitSetupError;

    std::ostringstream text;
    switch (options.format) {
        case OutputFormat::Text:
            writeTextReport(text, report->results, options.top, models > 1);
            break;
        case OutputFormat::Csv:
            writeCsvReport(text, report->results, options.segments, decisions);
            break;
        case OutputFormat::Json:
            writeJsonReport(text, report->results, report->failures, options.segments, decisions);
            break;
        case OutputFormat::Jsonl:  // streamed above
            break;
    }
    return finish(options.output, text.str(), *report, out, err);
}

int runPlaylist(const TagOptions& options, std::ostream& err) {
    std::optional<TagDecider> decider;
    std::optional<TagQuery> query;
    try {
        decider.emplace(deciderFor(options));
        query.emplace(TagQuery::parse(options.query, decider->vocabulary()));
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    std::size_t models = 0;
    const std::optional<SessionReport> report = tagInputs(options, err, models);
    if (!report) return kExitSetupError;

    // Results come per input, in model order: the first model of each decides.
    std::vector<PlaylistEntry> entries;
    std::size_t tracks = 0;
    for (std::size_t k = 0; k < report->results.size(); k += models, ++tracks) {
        const TagResult& r = report->results[k];
        if (!query->matches(decider->score(r.probabilities))) continue;
        PlaylistEntry entry;
        entry.path = r.file;
        if (r.info.durationSeconds > 0.0) entry.durationSeconds = r.info.durationSeconds;
        entry.artist = r.info.artist;
        entry.title = r.info.title;
        entries.push_back(std::move(entry));
    }
    err << "tagscope-cli: " << entries.size() << " of " << counted(tracks, "track")
        << (tracks == 1 ? " matches\n" : " match\n");
    PlaylistOptions playlist;
    if (options.relativePaths) playlist.relativeToPlaylist = options.output;
    std::string text;
    try {
        text = m3u8Playlist(entries, playlist);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    std::ostringstream unused;
    return finish(options.output, text, *report, unused, err);
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
            err << "tagscope-cli: calibration not written: "
                << counted(clips.failures.size(), "input") << " failed, " << clips.clips.size()
                << " usable\n";
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
