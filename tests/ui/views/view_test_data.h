#pragma once
// Data for the view tests: synthetic melgrams and the reference tracks' real inputs and outputs.

#include <memory>
#include <vector>

#include "engine/audio/overview_builder.h"
#include "engine/melgram.h"
#include "engine/report/tag_result.h"

namespace tagscope::ui::test {

// `floorDb` everywhere except a 0 dB row at `band` and a 0 dB column at `frame`.
Melgram stripesMelgram(int frames, int band, int frame, float floorDb = -70.0f);

// The four reference clips back to back (4 × 1366 frames): a realistic whole-track melgram.
std::shared_ptr<const Melgram> referenceTrackMelgram();

// The four reference clips' 12 kHz signals back to back, through the overview's streaming pass:
// a real track's display melgram and waveform envelope (about two minutes).
Overview referenceTrackOverview();

// The printed-result networks' probabilities for reference track `track` (0 = bensound-cute).
std::vector<float> referenceProbabilities(const char* network, int track);

// Windows every `hopSeconds` over the reference track; each window's probabilities mix the CNN
// outputs of the clips it overlaps, weighted by overlap.
std::vector<SegmentResult> referenceSegments(double hopSeconds);

}  // namespace tagscope::ui::test
