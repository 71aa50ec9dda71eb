#include "engine/audio/window_level.h"

#include <algorithm>
#include <cmath>

#include "engine/melgram.h"

namespace tagscope {

WindowLevel measureWindow(const float* samples, std::size_t musicSamples) {
    musicSamples = std::min<std::size_t>(musicSamples, kClipSamples);
    WindowLevel level;
    level.paddingShare = 1.0 - double(musicSamples) / double(kClipSamples);
    double sum = 0.0;
    for (std::size_t i = 0; i < musicSamples; ++i) sum += double(samples[i]) * samples[i];
    const double meanSquare = musicSamples ? sum / double(musicSamples) : 0.0;
    level.rmsDb = meanSquare > 0.0 ? std::max(kFloorDb, 10.0 * std::log10(meanSquare)) : kFloorDb;
    return level;
}

double paddingShareOf(double startSeconds, double durationSeconds) {
    if (!(durationSeconds > 0.0)) return 0.0;
    const double music = std::clamp(durationSeconds - startSeconds, 0.0, kClipSeconds);
    return 1.0 - music / kClipSeconds;
}

}  // namespace tagscope
