#include "ui/views/mel_scale.h"

#include <cmath>

#include "engine/melgram.h"

namespace tagscope::ui {
namespace {

constexpr double kLinearHzPerMel = 200.0 / 3.0;
constexpr double kBreakHz = 1000.0;
constexpr double kBreakMel = kBreakHz / kLinearHzPerMel;  // 15
const double kLogStep = std::log(6.4) / 27.0;
constexpr double kTopHz = kSampleRate / 2.0;

}  // namespace

double hzToMel(double hz) {
    return hz < kBreakHz ? hz / kLinearHzPerMel : kBreakMel + std::log(hz / kBreakHz) / kLogStep;
}

double melToHz(double mel) {
    return mel < kBreakMel ? mel * kLinearHzPerMel
                           : kBreakHz * std::exp((mel - kBreakMel) * kLogStep);
}

double melBandCentreHz(int band) {
    const double step = hzToMel(kTopHz) / double(kMelBands + 1);
    return melToHz(step * double(band + 1));
}

int melBandNearestHz(double hz) {
    int best = 0;
    for (int m = 1; m < kMelBands; ++m)
        if (std::abs(melBandCentreHz(m) - hz) < std::abs(melBandCentreHz(best) - hz)) best = m;
    return best;
}

}  // namespace tagscope::ui
