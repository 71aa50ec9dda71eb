#pragma once
// The relevance of one tag over one analysis window, as a heat layer on the melgram's grid:
// 96 bands × the window's frames, each cell as wide as a spectrogram column (frame f of a
// window starting at s covers [s + f·hop, s + (f+1)·hop), as the overview's frames do) and as
// tall as a mel band. High relevance is opaque cyan, none fully transparent, so the spectrogram
// shows through where the network did not look.

#include <QColor>
#include <QImage>
#include <QRect>
#include <vector>

#include "ui/views/time_mapping.h"

class QPainter;

namespace tagscope::ui {

struct RelevanceLayer {
    double startSeconds = 0.0;  // the window's start in the track
    int frames = 0;
    std::vector<float> values;  // kMelBands × frames, row-major (band 0 lowest), in [0, 1]
};

// The layer's colour at full relevance.
inline constexpr QRgb kRelevanceColour = 0xff00e5ff;

// frames × 96 pixels, band 95 in the top row; alpha = relevance (premultiplied ARGB).
QImage renderRelevanceImage(const RelevanceLayer& layer);

// Where the layer goes over a data area drawn with mapping m (unclipped).
QRectF relevanceTarget(const RelevanceLayer& layer, const TimeMapping& m, const QRect& data);

// Draws the rendered layer at its place, clipped to the data area, at this opacity (0–1).
void drawRelevanceLayer(QPainter& painter, const QImage& image, const RelevanceLayer& layer,
                        const TimeMapping& m, const QRect& data, double opacity);

}  // namespace tagscope::ui
