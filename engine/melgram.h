#pragma once
// A log-mel-spectrogram: 96 mel bands × frames, row-major (band, frame), in dB.
// A 96 × 1366 Melgram is exactly one network input clip (29.12 s at 12 kHz, hop 256).

#include <cstddef>
#include <vector>

namespace tagscope {

inline constexpr int kMelBands = 96;
inline constexpr int kClipFrames = 1366;
inline constexpr int kSampleRate = 12000;
inline constexpr int kFftSize = 512;
inline constexpr int kHopSize = 256;
inline constexpr int kClipSamples = 349440;  // int(29.12 * 12000)
inline constexpr double kClipSeconds = double(kClipSamples) / kSampleRate;

struct Melgram {
    int bands = kMelBands;
    int frames = 0;
    std::vector<float> values;  // bands * frames, row-major

    Melgram() = default;
    Melgram(int bands_, int frames_)
        : bands(bands_), frames(frames_), values(std::size_t(bands_) * frames_, 0.0f) {}
    float& at(int band, int frame) { return values[std::size_t(band) * frames + frame]; }
    float at(int band, int frame) const { return values[std::size_t(band) * frames + frame]; }
};

}  // namespace tagscope
