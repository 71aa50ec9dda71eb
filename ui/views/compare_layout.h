#pragma once
// Where the Compare view draws each part, for a given width: the agreement figures and the
// legend (on one line when they fit, else the legend below, the figures wrapped), then one row
// per tag. Wide: CNN value | CNN bar ← | tag | → RNN bar | RNN value | Δ on one line. Narrow
// (the bars would be shorter than kMinimumBarWidth): the tag and Δ on a line, the mirrored
// bars with their values on the next. Nothing overlaps and nothing leaves [0, width] for any
// width ≥ minimumWidth().

#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

namespace tagscope::ui {

struct CompareLayoutText {
    QString figures;   // "Top-5 overlap: 3/5 · Spearman ρ = 0.87" (bold)
    QString cnn, rnn;  // legend and caption labels
    QString tagCaption, deltaCaption;
    QStringList tagNames;  // one per row, in row order
    QString widestValue;   // "0.888" in the user's locale
    QString widestDelta;   // "+0.888"
};

struct CompareRowGeometry {
    QRectF cnnValue, cnnBar, name, rnnBar, rnnValue, delta;  // bars: full extent (value 1.0)
    double barHeight = 0.0;
};

struct CompareLayout {
    QRectF figures;  // may span several lines (word-wrapped)
    QRectF cnnSwatch, cnnLegend, rnnSwatch, rnnLegend;
    bool stacked = false;                                     // the narrow form
    QRectF cnnCaption, tagCaption, rnnCaption, deltaCaption;  // wide form only
    double ruleY = 0.0;  // the line under the captions / header
    std::vector<CompareRowGeometry> rows;
    double height = 0.0;  // everything, bottom padding included

    // Every rectangle drawn, for overlap checks.
    std::vector<QRectF> allRects() const;
};

constexpr double kMinimumBarWidth = 48.0;

CompareLayout layoutCompare(double width, const QFontMetricsF& regular, const QFontMetricsF& bold,
                            const CompareLayoutText& text);

}  // namespace tagscope::ui
