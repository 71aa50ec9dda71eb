#pragma once
// What the app keeps of one decoded track: the display overview and the central clip (the
// 12 kHz signal and the window melgrams are never held; results per window are). Immutable
// once made; shared between threads.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/audio/waveform_envelope.h"
#include "engine/melgram.h"
#include "engine/report/tag_result.h"

namespace tagscope::ui {

struct DecodedTrack {
    AudioInfo info;
    std::shared_ptr<const Melgram> overview;  // whole track, for the spectrogram
    double overviewSecondsPerFrame = double(kHopSize) / kSampleRate;
    std::shared_ptr<const WaveformEnvelope> waveform;  // whole track, for the waveform strip
    Melgram central;  // the original's network input (for calibration)
    double centralStartSeconds = 0.0;
    std::vector<double> windowStarts;  // seconds

    // Memory held, for the cache's budget.
    std::size_t bytes() const {
        return sizeof(*this) + (overview ? overview->values.size() * sizeof(float) : 0) +
               (waveform ? 3 * waveform->columns() * sizeof(float) : 0) +
               central.values.size() * sizeof(float) + windowStarts.size() * sizeof(double);
    }
};

// One network's results for one track, filled in as they arrive.
struct ModelResult {
    std::string weightsPath;  // the file actually used
    std::vector<float> central;
    WindowLevel centralLevel;             // loudness unknown for results from the store
    std::vector<SegmentResult> segments;  // in window order; may be partial
    std::vector<float> summary;           // mean over the windows, once all are in
    // The finer display windows (ui/analysis/fine_windows.h), once computed; never stored.
    std::vector<SegmentResult> fineSegments;
    bool complete = false;
};

}  // namespace tagscope::ui
