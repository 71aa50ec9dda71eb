#pragma once
// The Slaney mel scale of the network's filterbank (reference/melgram-spec.md, section 5):
// 98 points equally spaced in mel from 0 to 6000 Hz; band m (0…95) peaks at point m + 1.

namespace tagscope::ui {

double hzToMel(double hz);
double melToHz(double mel);
// Centre frequency of band m (peak of its triangular filter), in Hz.
double melBandCentreHz(int band);
// The band whose centre is nearest to hz (0…95).
int melBandNearestHz(double hz);

}  // namespace tagscope::ui
