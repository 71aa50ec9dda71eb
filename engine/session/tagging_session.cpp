#include "engine/session/tagging_session.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "engine/error.h"
#include "engine/io/input_file.h"
#include "engine/session/parallel_for.h"
#include "engine/store/analysis_key.h"
#include "engine/store/result_store.h"
#include "engine/store/stored_tracks.h"

namespace tagscope {
namespace {

// The model with its files found and checked, without parsing them: the set-up errors a
// store run must still give before it knows whether any network is needed.
TaggerConfig resolvedAndChecked(TaggerConfig model) {
    if (model.weightsPath.empty())
        model.weightsPath = findWeights(model.kind, WeightsVariant::TensorFlow);
    checkInputFile(model.weightsPath);
    if (model.norm != NormMode::Calibrated) return model;
    if (model.calibrationPath.empty())
        model.calibrationPath = findDefaultCalibration(model.weightsPath);
    if (model.calibrationPath.empty())
        fail(model.weightsPath,
             "no default calibration for these weights (make one with "
             "'tagscope-cli calibrate', or use --norm track or --norm batch)");
    checkInputFile(model.calibrationPath);
    return model;
}

bool isBatch(const std::vector<TaggerConfig>& models) {
    return !models.empty() && models.front().norm == NormMode::Batch;
}

}  // namespace

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
    const bool storing = config_.store && !config_.models.empty() && !isBatch(config_.models);
    if (!storing) {
        taggers();  // loaded now, so a broken model is a set-up error as it always was
        for (const auto& tagger : taggers_)
            models_.push_back(
                {tagger->kind(), tagger->weightsPath(), tagger->norm(), tagger->calibrationPath()});
        return;
    }
    std::vector<std::int64_t> configurations;
    for (const TaggerConfig& model : config_.models) {
        models_.push_back(resolvedAndChecked(model));
        configurations.push_back(config_.store->configurationId(
            analysisKey(models_.back(), config_.resampler, *config_.store)));
    }
    stored_ = std::make_unique<StoredTracks>(config_.store, std::move(configurations),
                                             config_.segments, config_.hopSeconds, config_.limits);
}

TaggingSession::~TaggingSession() = default;

const std::vector<std::unique_ptr<Tagger>>& TaggingSession::taggers() const {
    const std::lock_guard lock(loading_);
    if (!loaded_) {
        // models_ is empty until the constructor has loaded the taggers without a store.
        const std::vector<TaggerConfig>& models = models_.empty() ? config_.models : models_;
        std::vector<std::unique_ptr<Tagger>> taggers;
        for (const TaggerConfig& model : models) taggers.push_back(std::make_unique<Tagger>(model));
        taggers_ = std::move(taggers);
        for (const auto& tagger : taggers_) taggerPointers_.push_back(tagger.get());
        loaded_ = true;
    }
    return taggers_;
}

bool TaggingSession::taggersLoaded() const {
    const std::lock_guard lock(loading_);
    return loaded_;
}

const std::vector<const Tagger*>& TaggingSession::taggerPointers() const {
    taggers();
    return taggerPointers_;
}

TrackTaggingOptions TaggingSession::trackOptions(bool windows) const {
    TrackTaggingOptions options;
    options.resampler = config_.resampler;
    options.hopSeconds = config_.hopSeconds;
    options.windows = windows;
    return options;
}

TagResult TaggingSession::resultFor(const std::string& file, std::size_t model, ModelTags tags,
                                    const TaggedTrack& track) const {
    TagResult r;
    r.info = track.info;
    r.centralLevel = track.centralLevel;
    r.file = file;
    r.model = models_[model].kind;
    r.weights = models_[model].weightsPath;
    r.norm = models_[model].norm;
    r.probabilities = std::move(tags.central);
    r.segments = std::move(tags.segments);
    r.embedding = std::move(tags.embedding);
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
        for (const auto& tagger : taggers())
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
                track = tagTrack(files[i], taggerPointers(), trackOptions(true), context, nullptr,
                                 statPointers);
                return;
            }
            const auto& taggers = taggerPointers();
            track.models.resize(taggers.size());
            for (std::size_t m = 0; m < taggers.size(); ++m) {
                ClipAnalysis central = taggers[m]->analyseClip(track.central, context, &stats[m]);
                track.models[m].central = std::move(central.probabilities);
                track.models[m].embedding = std::move(central.embedding);
            }
        });
    });
}

void TaggingSession::tagWithStore(const std::vector<std::string>& files, const RunContext& context,
                                  PerInput& run, std::vector<std::string>& warnings) const {
    std::vector<StoredTracks::Lookup> found(files.size());
    parallelFor(files.size(), jobCount(config_.jobs), context.stopToken(),
                [&](std::size_t i) { found[i] = stored_->lookup(files[i]); });
    bool analysing = false;
    for (const StoredTracks::Lookup& lookup : found) analysing |= !lookup.missing().empty();
    if (analysing && !context.stopRequested()) taggers();  // a load failure: a set-up error

    std::vector<std::string> saveWarnings(files.size());
    parallelFor(files.size(), jobCount(config_.jobs), context.stopToken(), [&](std::size_t i) {
        run.outcomes[i] = runGuarded(files[i], run.errors[i], [&] {
            const std::vector<std::size_t> missing = found[i].missing();
            if (missing.empty()) {
                run.tracks[i] = stored_->trackFrom(found[i]);
                return;
            }
            std::vector<const Tagger*> taggers;
            for (std::size_t m : missing) taggers.push_back(taggerPointers()[m]);
            TaggedTrack analysed =
                tagTrack(files[i], taggers, trackOptions(config_.segments), context);
            run.tracks[i] =
                stored_->save(files[i], found[i], std::move(analysed), missing, saveWarnings[i]);
        });
    });
    for (std::size_t i = 0; i < files.size(); ++i)
        for (const std::string& warning : {found[i].warning, saveWarnings[i]})
            if (!warning.empty() &&
                std::find(warnings.begin(), warnings.end(), warning) == warnings.end())
                warnings.push_back(warning);  // a failing store says so once, not per file
}

SessionReport TaggingSession::tag(const ExpandedInputs& inputs, std::stop_token stop) const {
    const std::vector<std::string>& files = inputs.files;
    const RunContext context(stop, config_.limits);
    PerInput run(files.size());
    SessionReport report;
    if (stored_) {
        tagWithStore(files, context, run, report.warnings);
    } else if (isBatch(models_)) {
        run = loadClips(files, context);
        tagBatch(files, context, run);
    } else {
        parallelFor(files.size(), jobCount(config_.jobs), stop, [&](std::size_t i) {
            run.outcomes[i] = runGuarded(files[i], run.errors[i], [&] {
                run.tracks[i] =
                    tagTrack(files[i], taggerPointers(), trackOptions(config_.segments), context);
            });
        });
    }

    report.failures = inputs.failures;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (run.outcomes[i] != Outcome::Done) continue;
        for (std::size_t m = 0; m < models_.size(); ++m)
            report.results.push_back(
                resultFor(files[i], m, std::move(run.tracks[i]->models[m]), *run.tracks[i]));
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
    if (model >= models_.size()) throw Error("calibration: no such model");
    std::vector<const Melgram*> batch;
    for (const Melgram& clip : clips.clips) batch.push_back(&clip);
    Calibration result =
        taggers()[model]->network().calibrate(batch, RunContext(stop, config_.limits));
    for (const std::string& file : clips.files)
        result.clipNames.push_back(std::filesystem::path(file).filename().string());
    return result;
}

}  // namespace tagscope
