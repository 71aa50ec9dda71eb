#pragma once
// Loads one input for tagging: an audio file (decoded and analysed) or a melgram (.npy).

#include <string>

#include "engine/audio/track_analysis.h"
#include "engine/tagger.h"

namespace tagscope {

struct TrackInput {
    std::string path;
    AudioInfo info;  // empty for a melgram input
    TrackClips clips;
};

// Throws Error("PATH: problem"). Windows are analysed only when wanted (they cost a network
// run each); a melgram input never has any.
TrackInput loadTrackInput(const std::string& path, const AnalysisOptions& options,
                          bool withWindows);

}  // namespace tagscope
