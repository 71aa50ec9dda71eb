#pragma once
// The engine's session API, shared by the command line and the app: a configuration (which
// networks, how to analyse), a run (inputs in, results or one-line failures out, in input
// order, in parallel, cancellable) and the central clips that calibration and melgram export
// need. Every exception ends where the job for one file ends: one bad file never stops a
// batch.

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

#include "engine/input_files.h"
#include "engine/report/tag_result.h"
#include "engine/run_context.h"
#include "engine/session/run_guarded.h"
#include "engine/session/track_tagging.h"
#include "engine/tagger.h"

namespace tagscope {

struct SessionConfig {
    std::vector<TaggerConfig> models;  // one or more networks (may be none: clips only)
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;
    bool segments = false;  // also tag the windows covering each track
    int jobs = 0;           // files in parallel; 0: one per core
    ResourceLimits limits;
};

struct SessionReport {
    std::vector<TagResult> results;    // input order, then model order
    std::vector<TagFailure> failures;  // the expansion's, then per file in input order
    bool cancelled = false;            // stopped before every input was done
};

struct ClipsReport {
    std::vector<std::string> files;  // that gave a clip, input order
    std::vector<Melgram> clips;      // their central clips
    std::vector<TagFailure> failures;
    bool cancelled = false;
};

class TaggingSession {
public:
    // Loads every model; throws Error naming the file at fault (a set-up error).
    explicit TaggingSession(SessionConfig config);

    const SessionConfig& config() const { return config_; }
    const std::vector<std::unique_ptr<Tagger>>& taggers() const { return taggers_; }

    // Tags every input. In batch mode, the inputs' central clips are normalised together and
    // their statistics also normalise the windows (a second streaming pass).
    SessionReport tag(const ExpandedInputs& inputs, std::stop_token stop = {}) const;

    // The central clip of every input (for calibration, melgram export).
    ClipsReport centralClips(const ExpandedInputs& inputs, std::stop_token stop = {}) const;

    // The statistics batch mode would compute over these clips with model `model`, named
    // after the files they came from: a calibration. Throws Error if there are no clips.
    Calibration calibration(const ClipsReport& clips, std::size_t model = 0,
                            std::stop_token stop = {}) const;

private:
    struct PerInput;  // outcomes per input, in input order
    PerInput loadClips(const std::vector<std::string>& files, const RunContext& context) const;
    void tagBatch(const std::vector<std::string>& files, const RunContext& context,
                  PerInput& run) const;
    TrackTaggingOptions trackOptions(bool windows) const;
    TagResult resultFor(const std::string& file, std::size_t model, ModelTags tags) const;

    SessionConfig config_;
    std::vector<std::unique_ptr<Tagger>> taggers_;
    std::vector<const Tagger*> taggerPointers_;
};

}  // namespace tagscope
