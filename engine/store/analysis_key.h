#pragma once
// The key under which a store keeps one tagger configuration's results: everything the
// probabilities depend on, and nothing that does not.
//   "tagscope-analysis 2; network cnn; weights 9f86d081884c7d65; norm calibrated;
//    calibration 2c26b46b68ffc68f; resampler exact"
// - weights and calibration by content (full fingerprints, remembered by path, size and
//   modification time: an unchanged file is not read, and the weights are never parsed), so
//   the same weights at another path share results;
// - the hop is not part of it: central results do not depend on it, and windows are stored
//   with the hop they were cut with;
// - the analysis version is raised whenever the engine's results change for the same input.
// Batch normalisation has no key: a batch's results depend on the other inputs.

#include <string>

#include "engine/audio/resampler.h"
#include "engine/tagger.h"

namespace tagscope {

class ResultStore;

// Bumped whenever the same configuration would compute other results, so that stored ones no
// longer match: 2 = the last window ends at the track's end (window_cutter.h).
inline constexpr int kAnalysisVersion = 2;

// `model` must be resolved: weightsPath set, and calibrationPath set for calibrated
// normalisation. Throws Error naming a file that cannot be read, or for batch mode.
std::string analysisKey(const TaggerConfig& model, ResamplerKind resampler, ResultStore& store);

}  // namespace tagscope
