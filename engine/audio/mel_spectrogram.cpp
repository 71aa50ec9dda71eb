#include "engine/audio/mel_spectrogram.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/audio/mel_power.h"

namespace tagscope {

void toDecibels(Melgram& mel) {
    float top = -1e30f;
    for (float& v : mel.values) {
        const double s = double(v) * v;  // the original's extra square
        v = float(10.0 * std::log10(std::max(1e-10, s)));
        top = std::max(top, v);
    }
    const float floor = top - 80.0f;
    for (float& v : mel.values) v = std::max(v, floor);
}

Melgram logMelSpectrogram(const float* x, std::size_t n) {
    Melgram mel = melPowerSpectrogram(x, n);
    toDecibels(mel);
    return mel;
}

std::size_t centralWindowStart(std::size_t n) {
    const auto fit = std::size_t(kClipSamples);
    return n > fit ? (n - fit) / 2 : 0;
}

Melgram melgramOfWindow(const float* signal12k, std::size_t n, std::size_t start) {
    std::vector<float> window(kClipSamples, 0.0f);
    if (start < n) {
        const std::size_t count = std::min<std::size_t>(kClipSamples, n - start);
        std::copy(signal12k + start, signal12k + start + count, window.begin());
    }
    return logMelSpectrogram(window.data(), window.size());
}

Melgram melgramFromSignal(const float* signal12k, std::size_t n) {
    return melgramOfWindow(signal12k, n, centralWindowStart(n));
}

}  // namespace tagscope
