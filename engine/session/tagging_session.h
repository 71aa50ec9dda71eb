#pragma once
// The engine's session API, shared by the command line and the app: a configuration (which
// networks, how to analyse), a run (inputs in, results or one-line failures out, in input
// order, in parallel, cancellable) and the central clips that calibration and melgram export
// need. Every exception ends where the job for one file ends: one bad file never stops a
// batch.
//
// With a result store, a file whose content and configuration are unchanged gets its stored
// results (exactly as computed: reports are byte-identical), and only the others are
// analysed and stored. The networks are then loaded only once some file needs them.

#include <memory>
#include <mutex>
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
class ResultStore;
class StoredTracks;
}  // namespace tagscope

namespace tagscope {

struct SessionConfig {
    std::vector<TaggerConfig> models;  // one or more networks (may be none: clips only)
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;
    bool segments = false;  // also tag the windows covering each track
    int jobs = 0;           // files in parallel; 0: one per core
    ResourceLimits limits;
    // Where results are kept between runs (result_store.h); none: nothing is kept. Not used
    // in batch normalisation mode, whose results depend on the other inputs.
    std::shared_ptr<ResultStore> store;
};

struct SessionReport {
    std::vector<TagResult> results;     // input order, then model order
    std::vector<TagFailure> failures;   // the expansion's, then per file in input order
    std::vector<std::string> warnings;  // did not cost a result, e.g. a store that failed a save
    bool cancelled = false;             // stopped before every input was done
};

struct ClipsReport {
    std::vector<std::string> files;  // that gave a clip, input order
    std::vector<Melgram> clips;      // their central clips
    std::vector<TagFailure> failures;
    bool cancelled = false;
};

class TaggingSession {
public:
    // Finds every model's weight and calibration files and checks they can be read; without
    // a store, also loads the networks. Throws Error naming the file at fault (a set-up error).
    explicit TaggingSession(SessionConfig config);
    ~TaggingSession();

    const SessionConfig& config() const { return config_; }
    // The models as resolved: weightsPath, and calibrationPath when calibrated, always set.
    const std::vector<TaggerConfig>& models() const { return models_; }
    // The taggers, loaded now if they were not yet (thread-safe). Throws Error like the
    // constructor would have.
    const std::vector<std::unique_ptr<Tagger>>& taggers() const;
    bool taggersLoaded() const;

    // Tags every input. In batch mode, the inputs' central clips are normalised together and
    // their statistics also normalise the windows (a second streaming pass). With a store,
    // throws Error (a set-up error) if files need analysing and the networks fail to load.
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
    void tagWithStore(const std::vector<std::string>& files, const RunContext& context,
                      PerInput& run, std::vector<std::string>& warnings) const;
    const std::vector<const Tagger*>& taggerPointers() const;
    TrackTaggingOptions trackOptions(bool windows) const;
    TagResult resultFor(const std::string& file, std::size_t model, ModelTags tags,
                        const TaggedTrack& track) const;

    SessionConfig config_;
    std::vector<TaggerConfig> models_;
    std::unique_ptr<StoredTracks> stored_;  // when results are read from and kept in a store
    mutable std::mutex loading_;            // guards the loading of the taggers
    mutable bool loaded_ = false;
    mutable std::vector<std::unique_ptr<Tagger>> taggers_;
    mutable std::vector<const Tagger*> taggerPointers_;
};

}  // namespace tagscope
