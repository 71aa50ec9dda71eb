#pragma once
// What tagging one input with one network produced, as the reports (text, CSV, JSON) print it.

#include <string>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/audio/window_level.h"
#include "engine/networks/network_weights.h"
#include "engine/networks/normalization.h"

namespace tagscope {

struct SegmentResult {
    double startSeconds = 0.0;
    std::vector<float> probabilities;   // 50, in tagNames() order
    WindowLevel level;                  // padding and loudness
    std::vector<float> embedding = {};  // the network's last hidden layer for this window
};

struct TagResult {
    std::string file;
    NetworkKind model = NetworkKind::ConvNet;
    std::string weights;  // weight file path
    NormMode norm = NormMode::Calibrated;
    std::vector<float> probabilities;     // 50, the original-style prediction (central window)
    std::vector<SegmentResult> segments;  // per analysis window, when requested
    WindowLevel centralLevel;             // the central window's padding and loudness
    AudioInfo info;                       // the file's audio details (empty for a melgram)
    // The track embedding: the mean of the windows' embeddings when windows were computed,
    // otherwise the central clip's (CNN: 256 values after the last pooling; RNN: the final
    // 32-value state of the second GRU). Empty when unknown.
    std::vector<float> embedding = {};
};

struct TagFailure {
    std::string file;
    std::string error;
};

// Indices of the n most probable tags, most probable first (ties keep tag order).
std::vector<int> topTags(const std::vector<float>& probabilities, int n);

}  // namespace tagscope
