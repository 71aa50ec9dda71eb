#pragma once
// The transport's icons (play, pause, stop, volume, muted): SVGs from the resources drawn in the
// palette's button text colour, and in its disabled button text colour for the disabled state,
// so they read in light and dark palettes alike.

#include <QIcon>
#include <QPalette>

namespace tagscope::ui {

enum class TransportIcon { Play, Pause, Stop, Volume, Muted };

QIcon transportIcon(TransportIcon icon, const QPalette& palette);

}  // namespace tagscope::ui
