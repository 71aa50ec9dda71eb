#include "ui/window/window_placement.h"

#include <algorithm>

namespace tagscope::ui {

QRect clampedToScreen(const QRect& window, const QRect& available) {
    if (available.isEmpty() || available.contains(window)) return window;
    QRect placed(window.topLeft(), window.size().boundedTo(available.size()));
    placed.moveLeft(
        std::clamp(placed.left(), available.left(), available.right() - placed.width() + 1));
    placed.moveTop(
        std::clamp(placed.top(), available.top(), available.bottom() - placed.height() + 1));
    return placed;
}

}  // namespace tagscope::ui
