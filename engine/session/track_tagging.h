#pragma once
// Tagging one input — an audio file or a melgram (.npy) — with any number of taggers in one
// streaming pass: each analysis window is tagged by every tagger as soon as it is cut, and
// dropped; the central clip (the original's prediction) is tagged at the end. The sink hears
// of each result as it is computed. Used by both the command line and the app.

#include <cstddef>
#include <string>
#include <vector>

#include "engine/audio/track_stream.h"
#include "engine/report/tag_result.h"
#include "engine/run_context.h"
#include "engine/tagger.h"

namespace tagscope {

struct TrackTaggingOptions {
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;
    bool windows = false;     // tag the windows covering the track
    int overviewColumns = 0;  // > 0: also build the display overview
};

// Hears of results as they are computed, on the tagging thread. `model` indexes the taggers.
class TrackResultSink {
public:
    virtual ~TrackResultSink() = default;
    virtual void onOpened(const AudioInfo&) {}  // audio only; the duration is an estimate
    virtual void onWindow(std::size_t /*model*/, std::size_t /*index*/, const SegmentResult&) {}
    // level: the central clip's padding and loudness (not measured for a melgram input).
    virtual void onCentral(std::size_t /*model*/, const std::vector<float>& /*probabilities*/,
                           const WindowLevel& /*level*/) {}
};

struct ModelTags {
    std::vector<float> central;           // 50: the original-style prediction
    std::vector<SegmentResult> segments;  // per window, when asked for
    std::vector<float> summary;           // mean over the windows (central if none)
    // The track embedding: mean of the windows' embeddings (the central clip's if none).
    std::vector<float> embedding = {};
};

struct TaggedTrack {
    AudioInfo info;  // empty for a melgram input
    Melgram central;
    double centralStartSeconds = 0.0;
    WindowLevel centralLevel;       // the central clip's padding and loudness (audio only)
    Overview overview;              // when asked for (audio only)
    std::vector<ModelTags> models;  // one per tagger
};

// Throws Error("PATH: problem"), or Cancelled. `stats`, when not empty, gives per tagger the
// statistics to normalise with instead of its own policy's (the windows of a batch-mode run).
// A melgram input is one clip: with windows asked for, it is its own single window.
TaggedTrack tagTrack(const std::string& path, const std::vector<const Tagger*>& taggers,
                     const TrackTaggingOptions& options, const RunContext& context,
                     TrackResultSink* sink = nullptr,
                     const std::vector<const Calibration*>& stats = {});

// Mean of the windows' probabilities (empty if there are none).
std::vector<float> meanProbabilities(const std::vector<SegmentResult>& segments);
// Mean of the windows' embeddings (empty if there are none).
std::vector<float> meanEmbedding(const std::vector<SegmentResult>& segments);

}  // namespace tagscope
