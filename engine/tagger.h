#pragma once
// The tagging API shared by the CLI and the GUI: one network with its weights, normalisation
// policy and calibration, ready to turn melgrams into the 50 tag probabilities.

#include <memory>
#include <string>
#include <vector>

#include "engine/audio/track_analysis.h"
#include "engine/melgram.h"
#include "engine/model_locator.h"
#include "engine/networks/tagging_network.h"
#include "engine/report/tag_result.h"

namespace tagscope {

// What the networks see of one input: the original's clip and, for audio, the windows that
// cover the whole track.
struct TrackClips {
    Melgram central;
    std::vector<AnalysisWindow> windows;  // empty for a melgram (.npy) input
};

struct TrackTags {
    std::vector<float> central;           // 50: the original-style prediction
    std::vector<SegmentResult> segments;  // per window, when asked for
    std::vector<float> summary;           // mean over the windows (central if none)
};

struct TaggerConfig {
    NetworkKind kind = NetworkKind::ConvNet;
    std::string weightsPath;  // empty: the default (TensorFlow) weights, found by the locator
    NormMode norm = NormMode::Calibrated;
    std::string calibrationPath;  // empty: the default calibration for the weights
};

class Tagger {
public:
    // Loads and validates everything; throws Error naming the file at fault.
    explicit Tagger(const TaggerConfig& config);

    NetworkKind kind() const { return network_.kind(); }
    NormMode norm() const { return norm_; }
    const std::string& weightsPath() const { return weightsPath_; }
    const std::string& calibrationPath() const { return calibrationPath_; }
    const TaggingNetwork& network() const { return network_; }

    // (clips, 50) probabilities; in batch mode the clips are normalised together.
    RowMatrixXf predict(const std::vector<const Melgram*>& clips) const;

    // Tags whole tracks. In batch mode the tracks' central clips form the batch, and its
    // statistics normalise the windows too. Thread-safe (const).
    std::vector<TrackTags> tagTracks(const std::vector<const TrackClips*>& tracks,
                                     bool withSegments) const;

private:
    std::string weightsPath_;
    std::string calibrationPath_;
    NormMode norm_;
    TaggingNetwork network_;
    std::unique_ptr<Calibration> calibration_;
};

}  // namespace tagscope
