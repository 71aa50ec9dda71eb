#pragma once
// Where a window restored from saved settings goes: inside the screen it is on (a saved size
// may be larger than a smaller or scaled screen, a saved position off any screen now attached).

#include <QRect>

namespace tagscope::ui {

// `window` moved (and shrunk if it must be) to lie inside `available`; unchanged if it does.
QRect clampedToScreen(const QRect& window, const QRect& available);

}  // namespace tagscope::ui
