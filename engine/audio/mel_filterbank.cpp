#include "engine/audio/mel_filterbank.h"

#include <algorithm>
#include <cmath>

#include "engine/melgram.h"

namespace tagscope {
namespace {

constexpr double kLinearStep = 200.0 / 3.0;  // Hz per mel below 1 kHz
constexpr double kBreakHz = 1000.0;
constexpr double kBreakMel = kBreakHz / kLinearStep;
const double kLogStep = std::log(6.4) / 27.0;

double hzToMel(double hz) {
    return hz < kBreakHz ? hz / kLinearStep : kBreakMel + std::log(hz / kBreakHz) / kLogStep;
}

double melToHz(double mel) {
    return mel < kBreakMel ? mel * kLinearStep : kBreakHz * std::exp(kLogStep * (mel - kBreakMel));
}

MelFilterbank makeFilterbank() {
    constexpr int bins = kFftSize / 2 + 1;
    constexpr double nyquist = kSampleRate / 2.0;
    MelFilterbank fb;
    fb.bands = kMelBands;
    fb.bins = bins;
    fb.weights.assign(std::size_t(kMelBands) * bins, 0.0f);
    fb.firstBin.assign(kMelBands, bins);
    fb.endBin.assign(kMelBands, 0);

    // Points equally spaced in mel, computed as numpy.linspace does.
    const double lo = hzToMel(0.0), hi = hzToMel(nyquist);
    const double melStep = (hi - lo) / (kMelBands + 1);
    std::vector<double> centre(kMelBands + 2);
    for (int i = 0; i < kMelBands + 2; ++i)
        centre[i] = melToHz(i == kMelBands + 1 ? hi : i * melStep + lo);

    for (int m = 0; m < kMelBands; ++m) {
        const double norm = 2.0 / (centre[m + 2] - centre[m]);
        for (int k = 0; k < bins; ++k) {
            const double f = k * nyquist / (bins - 1);
            const double rise = (f - centre[m]) / (centre[m + 1] - centre[m]);
            const double fall = (centre[m + 2] - f) / (centre[m + 2] - centre[m + 1]);
            const double w = std::max(0.0, std::min(rise, fall)) * norm;
            if (w <= 0.0) continue;
            fb.weights[std::size_t(m) * bins + k] = float(w);
            fb.firstBin[m] = std::min(fb.firstBin[m], k);
            fb.endBin[m] = std::max(fb.endBin[m], k + 1);
        }
        if (fb.endBin[m] == 0) fb.firstBin[m] = 0;
    }
    return fb;
}

}  // namespace

const MelFilterbank& melFilterbank() {
    static const MelFilterbank fb = makeFilterbank();
    return fb;
}

}  // namespace tagscope
