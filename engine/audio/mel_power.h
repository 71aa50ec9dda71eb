#pragma once
// The mel power spectrogram M = filterbank · |STFT|² of a 12 kHz signal (spec steps 4–5):
// frames centred by reflecting the signal at its own edges, periodic Hann 512, hop 256,
// giving 1 + n/256 frames. FFTW single precision; the plan is made once and shared.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>

#include "engine/melgram.h"

namespace tagscope {

// Returns kMelBands × (1 + n/256) mel powers (not dB) in a Melgram's layout.
Melgram melPowerSpectrogram(const float* x, std::size_t n);

// The mel powers of single frames, for callers that assemble frames themselves (streaming).
// Holds its own FFT buffers: one object per thread.
class MelFrameAnalyser {
public:
    MelFrameAnalyser();
    ~MelFrameAnalyser();
    MelFrameAnalyser(const MelFrameAnalyser&) = delete;
    MelFrameAnalyser& operator=(const MelFrameAnalyser&) = delete;

    // frame: kFftSize samples (the Hann window is applied here); mel: kMelBands powers.
    void analyse(const float* frame, float* mel);

private:
    struct Buffers;
    std::unique_ptr<Buffers> buffers_;
    std::uint64_t frames_ = 0;  // analysed by this object, added to the count when it ends
};

// Frames analysed so far by every MelFrameAnalyser of the process that has ended (every
// melgram, window, central clip and overview is made by one): lets tests check that a run
// computes only the melgrams its output needs.
std::uint64_t melFramesAnalysed();

// FFTW's planner is not thread-safe: every FFTW plan in the process is made under this lock
// (executing a plan on fresh buffers is thread-safe).
std::mutex& fftwPlannerMutex();

// The melgram's analysis window: periodic Hann over kFftSize samples (made once).
const std::array<float, kFftSize>& hannWindow();

// numpy's 'reflect' padding index: mirrors i into [0, n) without repeating the edge sample.
std::size_t reflectIndex(std::int64_t i, std::size_t n);

// Frames of an n-sample signal: 1 + n/256.
inline int frameCount(std::size_t n) {
    return int(1 + n / kHopSize);
}

}  // namespace tagscope
