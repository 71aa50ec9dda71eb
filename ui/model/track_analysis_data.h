#pragma once
// What the app keeps of one decoded track (the 12 kHz signal is dropped): the display melgram
// and the clips the networks see. Immutable once made; shared between threads.

#include <memory>
#include <string>

#include "engine/audio/audio_info.h"
#include "engine/melgram.h"
#include "engine/tagger.h"

namespace tagscope::ui {

struct DecodedTrack {
    AudioInfo info;
    std::shared_ptr<const Melgram> overview;  // whole track, for the spectrogram
    TrackClips clips;                         // central clip and analysis windows
    double centralStartSeconds = 0.0;
};

// One network's results for one track, filled in as they arrive.
struct ModelResult {
    std::string weightsPath;  // the file actually used
    std::vector<float> central;
    std::vector<SegmentResult> segments;  // in window order; may be partial
    std::vector<float> summary;           // mean over the windows, once all are in
    bool complete = false;
};

}  // namespace tagscope::ui
