#include "engine/session/tagging_session.h"

#include <filesystem>
#include <optional>

#include "engine/error.h"
#include "engine/session/parallel_for.h"

namespace tagscope {

struct TaggingSession::PerInput {
    explicit PerInput(std::size_t n) : tracks(n), errors(n), outcomes(n, Outcome::Cancelled) {}
    std::vector<std::optional<TaggedTrack>> tracks;
    std::vector<std::string> errors;
    std::vector<Outcome> outcomes;  // Cancelled until a job has run

    bool cancelled() const {
        for (Outcome o : outcomes)
            if (o == Outcome::Cancelled) return true;
        return false;
    }
    void appendFailures(const std::vector<std::string>& files,
                        std::vector<TagFailure>& failures) const {
        for (std::size_t i = 0; i < files.size(); ++i)
            if (outcomes[i] == Outcome::Failed) failures.push_back({files[i], errors[i]});
    }
};

TaggingSession::TaggingSession(SessionConfig config) : config_(std::move(config)) {
    hopSamplesFor(config_.hopSeconds);  // refuses a hop below one sample up front
    for (const TaggerConfig& model : config_.models) {
        taggers_.push_back(std::make_unique<Tagger>(model));
        taggerPointers_.push_back(taggers_.back().get());
    }
}

TrackTaggingOptions TaggingSession::trackOptions(bool windows) const {
    TrackTaggingOptions options;
    options.resampler = config_.resampler;
    options.hopSeconds = config_.hopSeconds;
    options.windows = windows;
    return options;
}

TagResult TaggingSession::resultFor(const std::string& file, std::size_t model,
                                    ModelTags tags) const {
    TagResult r;
    r.file = file;
    r.model = taggers_[model]->kind();
    r.weights = taggers_[model]->weightsPath();
    r.norm = taggers_[model]->norm();
    r.probabilities = std::move(tags.central);
    r.segments = std::move(tags.segments);
    return r;
}

TaggingSession::PerInput TaggingSession::loadClips(const std::vector<std::string>& files,
                                                   const RunContext& context) const {
    PerInput run(files.size());
    parallelFor(files.size(), jobCount(config_.jobs), context.stopToken(), [&](std::size_t i) {
        run.outcomes[i] = runGuarded(files[i], run.errors[i], [&] {
            run.tracks[i] = tagTrack(files[i], {}, trackOptions(false), context);
        });
    });
    return run;
}

void TaggingSession::tagBatch(const std::vector<std::string>& files, const RunContext& context,
                              PerInput& run) const {
    std::vector<const Melgram*> batch;
    for (std::size_t i = 0; i < files.size(); ++i)
        if (run.outcomes[i] == Outcome::Done) batch.push_back(&run.tracks[i]->central);
    if (batch.empty() || context.stopRequested()) return;

    std::vector<Calibration> stats;
    std::string error;
    const Outcome statsOutcome = runGuarded("batch normalisation", error, [&] {
        for (const auto& tagger : taggers_)
            stats.push_back(tagger->network().calibrate(batch, context));
    });
    std::vector<const Calibration*> statPointers;
    for (const Calibration& s : stats) statPointers.push_back(&s);

    parallelFor(files.size(), jobCount(config_.jobs), context.stopToken(), [&](std::size_t i) {
        if (run.outcomes[i] != Outcome::Done) return;
        if (statsOutcome != Outcome::Done) {
            run.outcomes[i] = statsOutcome;
            run.errors[i] = files[i] + ": " + error;
            return;
        }
        TaggedTrack& track = *run.tracks[i];
        run.outcomes[i] = runGuarded(files[i], run.errors[i], [&] {
            if (config_.segments) {
                // A second pass for the windows, normalised with the batch's statistics.
                track = tagTrack(files[i], taggerPointers_, trackOptions(true), context, nullptr,
                                 statPointers);
                return;
            }
            track.models.resize(taggers_.size());
            for (std::size_t m = 0; m < taggers_.size(); ++m)
                track.models[m].central =
                    taggers_[m]->predictClip(track.central, context, &stats[m]);
        });
    });
}

SessionReport TaggingSession::tag(const ExpandedInputs& inputs, std::stop_token stop) const {
    const std::vector<std::string>& files = inputs.files;
    const RunContext context(stop, config_.limits);
    PerInput run(files.size());
    if (!taggers_.empty() && taggers_.front()->norm() == NormMode::Batch) {
        run = loadClips(files, context);
        tagBatch(files, context, run);
    } else {
        parallelFor(files.size(), jobCount(config_.jobs), stop, [&](std::size_t i) {
            run.outcomes[i] = runGuarded(files[i], run.errors[i], [&] {
                run.tracks[i] =
                    tagTrack(files[i], taggerPointers_, trackOptions(config_.segments), context);
            });
        });
    }

    SessionReport report;
    report.failures = inputs.failures;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (run.outcomes[i] != Outcome::Done) continue;
        for (std::size_t m = 0; m < taggers_.size(); ++m)
            report.results.push_back(resultFor(files[i], m, std::move(run.tracks[i]->models[m])));
    }
    run.appendFailures(files, report.failures);
    report.cancelled = run.cancelled();
    return report;
}

ClipsReport TaggingSession::centralClips(const ExpandedInputs& inputs, std::stop_token stop) const {
    PerInput run = loadClips(inputs.files, RunContext(stop, config_.limits));
    ClipsReport report;
    report.failures = inputs.failures;
    for (std::size_t i = 0; i < inputs.files.size(); ++i) {
        if (run.outcomes[i] != Outcome::Done) continue;
        report.files.push_back(inputs.files[i]);
        report.clips.push_back(std::move(run.tracks[i]->central));
    }
    run.appendFailures(inputs.files, report.failures);
    report.cancelled = run.cancelled();
    return report;
}

Calibration TaggingSession::calibration(const ClipsReport& clips, std::size_t model,
                                        std::stop_token stop) const {
    if (model >= taggers_.size()) throw Error("calibration: no such model");
    std::vector<const Melgram*> batch;
    for (const Melgram& clip : clips.clips) batch.push_back(&clip);
    Calibration result =
        taggers_[model]->network().calibrate(batch, RunContext(stop, config_.limits));
    for (const std::string& file : clips.files)
        result.clipNames.push_back(std::filesystem::path(file).filename().string());
    return result;
}

}  // namespace tagscope
