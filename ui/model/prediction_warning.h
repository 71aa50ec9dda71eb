#pragma once
// The warning line the tag panel shows when the prediction on display was computed from
// padding or silence (engine/audio/window_level.h): a track shorter than the network's 29.12 s
// input, a silent or mostly padded window, a summary that averages silent windows in.

#include <QString>

#include "ui/model/window_selection.h"

namespace tagscope::ui {

// Empty when there is nothing to warn about. trackSeconds ≤ 0: the length is not known.
QString predictionWarning(const ShownPrediction& shown, double trackSeconds);

}  // namespace tagscope::ui
