#include "ui/views/compare_layout.h"

#include <algorithm>

namespace tagscope::ui {
namespace {

constexpr double kPadding = 10.0;
constexpr double kGap = 8.0;

bool nonEmpty(const QRectF& r) {
    return r.width() > 0.0 && r.height() > 0.0;
}

}  // namespace

std::vector<QRectF> CompareLayout::allRects() const {
    std::vector<QRectF> rects{figures, cnnSwatch, cnnLegend, rnnSwatch, rnnLegend};
    if (!stacked)
        for (const QRectF& r : {cnnCaption, tagCaption, rnnCaption, deltaCaption})
            rects.push_back(r);
    for (const CompareRowGeometry& row : rows)
        for (const QRectF& r :
             {row.cnnValue, row.cnnBar, row.name, row.rnnBar, row.rnnValue, row.delta})
            rects.push_back(r);
    rects.erase(
        std::remove_if(rects.begin(), rects.end(), [](const QRectF& r) { return !nonEmpty(r); }),
        rects.end());
    return rects;
}

CompareLayout layoutCompare(double width, const QFontMetricsF& regular, const QFontMetricsF& bold,
                            const CompareLayoutText& text) {
    CompareLayout layout;
    const double inner = std::max(1.0, width - 2 * kPadding);
    const double lineH = regular.height() + 8.0;
    const double barH = std::max(6.0, regular.height() - 4.0);

    // Legend: [swatch] CNN  [swatch] RNN, right-aligned on the first line when it fits.
    const double cnnW = regular.horizontalAdvance(text.cnn);
    const double rnnW = regular.horizontalAdvance(text.rnn);
    const double legendW = barH + 4 + cnnW + 14 + barH + 4 + rnnW;
    const double figuresW = bold.horizontalAdvance(text.figures);
    double legendTop = kPadding;
    if (figuresW + 2 * kGap + legendW <= inner) {
        layout.figures = QRectF(kPadding, kPadding, figuresW, lineH);
    } else {
        const QRectF wrapped = bold.boundingRect(QRectF(0, 0, inner, 10000),
                                                 Qt::AlignLeft | Qt::TextWordWrap, text.figures);
        const double h = std::max(lineH, wrapped.height() + 8.0);
        layout.figures = QRectF(kPadding, kPadding, std::min(inner, wrapped.width()), h);
        legendTop = layout.figures.bottom();
    }
    double x = kPadding + inner - legendW;
    if (legendTop > kPadding) x = kPadding;  // own line: start left, next to nothing
    const double swatchY = legendTop + (lineH - barH) / 2.0;
    layout.cnnSwatch = QRectF(x, swatchY, barH, barH);
    layout.cnnLegend = QRectF(x + barH + 4, legendTop, cnnW, lineH);
    x = layout.cnnLegend.right() + 14;
    layout.rnnSwatch = QRectF(x, swatchY, barH, barH);
    layout.rnnLegend = QRectF(x + barH + 4, legendTop, rnnW, lineH);
    double y = std::max(layout.figures.bottom(), layout.rnnLegend.bottom()) + 4;

    const double valueW = regular.horizontalAdvance(text.widestValue);
    const double deltaW = regular.horizontalAdvance(text.widestDelta);
    double nameW = 0.0;
    for (const QString& name : text.tagNames)
        nameW = std::max(nameW, regular.horizontalAdvance(name));
    nameW = std::max(nameW, regular.horizontalAdvance(text.tagCaption)) + 2 * kGap;

    const double wideBarW = (inner - nameW - 2 * valueW - deltaW - 4 * kGap) / 2.0;
    layout.stacked = wideBarW < kMinimumBarWidth;
    if (!layout.stacked) {
        const double cnnValueX = kPadding;
        const double cnnBarX = cnnValueX + valueW + kGap;
        const double nameX = cnnBarX + wideBarW;
        const double rnnBarX = nameX + nameW;
        const double rnnValueX = rnnBarX + wideBarW + kGap;
        const double deltaX = rnnValueX + valueW + 2 * kGap;
        const double deltaRight = kPadding + inner;
        layout.cnnCaption = QRectF(cnnValueX, y, nameX - cnnValueX - kGap, lineH);
        layout.tagCaption = QRectF(nameX, y, nameW, lineH);
        layout.rnnCaption = QRectF(rnnBarX, y, wideBarW, lineH);
        layout.deltaCaption = QRectF(deltaX, y, deltaRight - deltaX, lineH);
        y += lineH;
        layout.ruleY = y - 2.5;
        for (int i = 0; i < text.tagNames.size(); ++i) {
            CompareRowGeometry row;
            row.barHeight = barH;
            const double barY = y + (lineH - barH) / 2.0;
            row.cnnValue = QRectF(cnnValueX, y, valueW, lineH);
            row.cnnBar = QRectF(cnnBarX, barY, wideBarW - kGap / 2, barH);
            row.name = QRectF(nameX, y, nameW, lineH);
            row.rnnBar = QRectF(rnnBarX + kGap / 2, barY, wideBarW - kGap / 2, barH);
            row.rnnValue = QRectF(rnnValueX, y, valueW, lineH);
            row.delta = QRectF(deltaX, y, deltaRight - deltaX, lineH);
            layout.rows.push_back(row);
            y += lineH;
        }
    } else {
        // Tag and Δ on one line; below, CNN value | CNN bar ← | → RNN bar | RNN value.
        layout.ruleY = y - 2.5;
        const double textH = regular.height() + 4.0;
        const double barW = std::max(1.0, (inner - 2 * valueW - 4 * kGap) / 2.0);
        for (int i = 0; i < text.tagNames.size(); ++i) {
            CompareRowGeometry row;
            row.barHeight = barH;
            row.delta = QRectF(kPadding + inner - deltaW, y, deltaW, textH);
            row.name = QRectF(kPadding, y, std::max(1.0, inner - deltaW - kGap), textH);
            y += textH;
            const double barY = y + (textH - barH) / 2.0;
            row.cnnValue = QRectF(kPadding, y, valueW, textH);
            row.cnnBar = QRectF(kPadding + valueW + kGap, barY, barW, barH);
            row.rnnBar = QRectF(row.cnnBar.right() + 2 * kGap, barY, barW, barH);
            row.rnnValue = QRectF(row.rnnBar.right() + kGap, y, valueW, textH);
            layout.rows.push_back(row);
            y += textH + 6;
        }
    }
    layout.height = y + kPadding;
    return layout;
}

}  // namespace tagscope::ui
