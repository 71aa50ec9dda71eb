#pragma once
// explain --png: a clip's melgram in grey with a relevance map laid over it in orange–yellow,
// lowest mel band at the bottom, 3 pixel rows per band, one column per frame.

#include <string>

#include "engine/melgram.h"
#include "engine/relevance/relevance_map.h"

namespace tagscope::cli {

inline constexpr int kPngRowsPerBand = 3;

// Writes the PNG atomically; throws Error naming path on failure.
void writeRelevancePng(const std::string& path, const Melgram& melgram, const RelevanceMap& map);

}  // namespace tagscope::cli
