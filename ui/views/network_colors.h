#pragma once
// The colours of the two networks wherever they are compared. Tableau's blue and orange: told
// apart by most colour-blind readers, fine on light and dark palettes.

#include <QColor>

namespace tagscope::ui {

inline QColor cnnColor() {
    return {0x4C, 0x78, 0xA8};
}
inline QColor rnnColor() {
    return {0xF5, 0x85, 0x18};
}

}  // namespace tagscope::ui
