#pragma once
// Whole-track analysis: decode, resample to 12 kHz, and the log-mel views the app needs.

#include <cstddef>
#include <string>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/resampler.h"
#include "engine/melgram.h"

namespace tagscope {

struct AnalysisOptions {
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;  // between the starts of consecutive windows
};

struct AnalysisWindow {
    double startSeconds = 0.0;
    Melgram melgram;  // 96 × 1366, its own 80 dB floor
};

struct TrackAnalysis {
    AudioInfo info;             // durationSeconds is the decoded length
    std::vector<float> signal;  // whole track, mono 12 kHz
    Melgram overview;           // whole track, one 80 dB floor; 1 + n/256 frames
    Melgram central;            // the original's network input (crop/pad of spec step 3)
    double centralStartSeconds = 0.0;
    // Windows of kClipSamples starting at 0, hop, 2·hop, … up to the first that reaches the
    // end (zero-padded there). A track of at most 29.12 s gives one window, equal to central.
    std::vector<AnalysisWindow> windows;
};

// Spec steps 1–2: the whole file as mono 12 kHz; fills *info (with the decoded duration).
std::vector<float> decodeTo12k(const std::string& path, ResamplerKind kind = ResamplerKind::Exact,
                               AudioInfo* info = nullptr);

// Start samples of the analysis windows for an n-sample signal (see TrackAnalysis::windows).
std::vector<std::size_t> windowStarts(std::size_t n, std::size_t hopSamples);

// Throws Error("PATH: problem") for unreadable files and for a non-positive hop.
TrackAnalysis analyseFile(const std::string& path, const AnalysisOptions& options = {});

}  // namespace tagscope
