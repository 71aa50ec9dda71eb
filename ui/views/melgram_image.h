#pragma once
// Melgram → pixels: the full-resolution colour image (one pixel per frame and band) and its
// resampling to the screen for a visible time range.

#include <QImage>

#include "engine/melgram.h"
#include "ui/views/color_map.h"

namespace tagscope::ui {

struct DbRange {
    float floor = -80.0f;  // maps to the colour map's start
    float top = 0.0f;      // maps to its end
};

// The melgram's maximum and the 80 dB floor below it (the network's own dynamic range).
DbRange melgramDbRange(const Melgram& melgram);

// frames × bands, RGB32; row 0 is the highest band.
QImage renderMelgramImage(const Melgram& melgram, ColorMap map, DbRange range);

// The part of `full` between start and end seconds at deviceSize pixels. A device column
// spanning several frames averages them (a box filter: smooth when zoomed out); one spanning
// less than a frame shows that frame unblended (nearest: sharp frame edges when zoomed in).
// Rows always map to bands by nearest neighbour. Past the last frame: `background`.
QImage resampleMelgramImage(const QImage& full, double secondsPerFrame, double start, double end,
                            QSize deviceSize, QRgb background);

}  // namespace tagscope::ui
