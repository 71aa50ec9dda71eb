#pragma once
// "Hear it": resynthesises a 12 kHz window with a relevance map as a soft time–frequency mask.
// The mask lives on the melgram's grid (96 mel bands × frames, hop 256, frames centred as in
// melgram-spec.md step 4); it is carried to the 257 linear-frequency bins of the 512-point STFT
// through the same mel filterbank, applied to the STFT of the signal (periodic Hann, the
// melgram's framing), and the result is brought back by weighted overlap-add. The output is
// never louder than 0 dBFS.

#include <span>
#include <vector>

#include "engine/run_context.h"

namespace tagscope {

// The output's peak ceiling: 0 dBFS (a sample of magnitude 1.0).
inline constexpr float kResynthesisPeakLimit = 1.0f;

// How a relevance map becomes a soft mask (relevanceSoftMask).
struct SoftMaskShape {
    // Box blur over ±bandRadius bands and ±frameRadius frames first: gradient maps are
    // speckled cell by cell, and a speckled mask sounds like bubbling noise and looks like dust.
    int bandRadius = 1;
    int frameRadius = 4;  // ±85 ms
    // Then divided by this quantile (0.98: the most relevant 2 % of the cells are fully open;
    // dividing by the maximum would leave almost everything closed) and clipped at 1.
    double quantile = 0.98;
};

// A relevance map (bands × frames, row-major, values ≥ 0) as a soft mask in [0, 1], the same
// layout. A map whose quantile is 0 is divided by its maximum; an all-zero map stays zero. What
// the app and `tagscope-cli explain` draw over the spectrogram and play.
std::vector<float> relevanceSoftMask(const std::vector<float>& relevance, int bands, int frames,
                                     const SoftMaskShape& shape = {});

// Mel mask (kMelBands × frames, row-major, values ≥ 0 and at most 1) → linear mask
// (257 bins × frames, row-major). Each bin gets the mean of the mel bands' values weighted by
// how much of the bin each band's filter takes: g[k] = Σ_m W[m][k]·mel[m] / Σ_m W[m][k]. A bin
// no filter touches (0 Hz and 6 kHz) takes its neighbour's value. A bin outside every band
// whose mask is zero is exactly zero.
std::vector<float> melMaskToLinearMask(const std::vector<float>& melMask, int frames);

// The signal with the mask applied. samples12k: the window, n samples at 12 kHz; melMask:
// kMelBands × frames row-major, values ≥ 0 (divided by their maximum inside, so any positive
// scale works; an all-zero mask gives silence); frames must be the melgram's frame count for
// n samples, 1 + n/256. Returns n samples; if the masked signal would peak above 0 dBFS it is
// scaled down as a whole (no clipping, no change of shape). An all-ones mask returns the
// signal itself (to float rounding). Throws Error for a mask of the wrong size or negative or
// non-finite values; Cancelled when the context is stopped (checked every 64 frames).
std::vector<float> resynthesiseMasked(std::span<const float> samples12k,
                                      const std::vector<float>& melMask, int frames,
                                      const RunContext& context = {});

}  // namespace tagscope
