#include "ui/views/compare_view.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "engine/report/tag_result.h"
#include "engine/tags.h"
#include "ui/views/network_colors.h"
#include "ui/views/tag_display_name.h"

namespace tagscope::ui {
namespace {

constexpr int kAgreementTopN = 5;
const QColor kCnnColor = cnnColor();
const QColor kRnnColor = rnnColor();

}  // namespace

struct CompareView::Private {
    std::vector<float> cnn, rnn;
    std::vector<int> rows;  // union of both top-N, by mean probability, highest first
    int topN = 10;
    Agreement agreement;

    void rebuild() {
        rows.clear();
        agreement = Agreement{};
        if (cnn.empty()) return;
        agreement = compareTagRankings(cnn, rnn, kAgreementTopN);
        for (const std::vector<float>* values : {&cnn, &rnn})
            for (int tag : topTags(*values, topN))
                if (std::find(rows.begin(), rows.end(), tag) == rows.end()) rows.push_back(tag);
        std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
            return cnn[std::size_t(a)] + rnn[std::size_t(a)] >
                   cnn[std::size_t(b)] + rnn[std::size_t(b)];
        });
    }
};

CompareView::CompareView(QWidget* parent) : QWidget(parent), d(std::make_unique<Private>()) {}

CompareView::~CompareView() = default;

void CompareView::setResults(std::vector<float> cnn, std::vector<float> rnn) {
    if (cnn.size() != kTagCount || rnn.size() != kTagCount) cnn.clear(), rnn.clear();
    d->cnn = std::move(cnn);
    d->rnn = std::move(rnn);
    d->rebuild();
    updateGeometry();
    update();
}

void CompareView::setTopN(int n) {
    d->topN = std::clamp(n, 1, int(kTagCount));
    d->rebuild();
    updateGeometry();
    update();
}

bool CompareView::hasResults() const {
    return !d->cnn.empty();
}

Agreement CompareView::agreement() const {
    return d->agreement;
}

CompareLayoutText CompareView::layoutText() const {
    const QLocale locale;
    CompareLayoutText text;
    const Agreement& a = d->agreement;
    text.figures = tr("Top-%1 overlap: %2/%1 · Spearman ρ = %3")
                       .arg(a.topN)
                       .arg(a.topOverlap)
                       .arg(locale.toString(a.spearman, 'f', 2));
    text.cnn = tr("CNN");
    text.rnn = tr("RNN");
    text.tagCaption = tr("tag");
    text.deltaCaption = tr("Δ");
    for (int tag : d->rows) text.tagNames.push_back(tagDisplayName(tag));
    text.widestValue = locale.toString(0.888, 'f', 3);
    text.widestDelta = QStringLiteral("+") + locale.toString(0.888, 'f', 3);
    return text;
}

CompareLayout CompareView::layoutFor(int width) const {
    QFont bold = font();
    bold.setBold(true);
    return layoutCompare(width, QFontMetricsF(font()), QFontMetricsF(bold), layoutText());
}

CompareLayout CompareView::currentLayout() const {
    return layoutFor(width());
}

QSize CompareView::sizeHint() const {
    return {560, heightForWidth(560)};
}

QSize CompareView::minimumSizeHint() const {
    return {kMinimumWidth, fontMetrics().height() * 4};
}

bool CompareView::hasHeightForWidth() const {
    return true;
}

int CompareView::heightForWidth(int width) const {
    if (!hasResults()) return fontMetrics().height() * 4;
    return int(std::ceil(layoutFor(width).height));
}

void CompareView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!hasResults()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Analyse with both networks to compare them"));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QLocale locale;
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const CompareLayoutText words = layoutText();
    const CompareLayout layout = layoutFor(width());

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(layout.figures, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     words.figures);
    painter.setFont(font());
    painter.drawText(layout.cnnLegend, Qt::AlignLeft | Qt::AlignVCenter, words.cnn);
    painter.drawText(layout.rnnLegend, Qt::AlignLeft | Qt::AlignVCenter, words.rnn);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kCnnColor);
    painter.drawRoundedRect(layout.cnnSwatch, 2, 2);
    painter.setBrush(kRnnColor);
    painter.drawRoundedRect(layout.rnnSwatch, 2, 2);

    if (!layout.stacked) {
        painter.setPen(dim);
        painter.drawText(layout.cnnCaption, Qt::AlignRight | Qt::AlignVCenter, words.cnn);
        painter.drawText(layout.tagCaption, Qt::AlignCenter, words.tagCaption);
        painter.drawText(layout.rnnCaption, Qt::AlignLeft | Qt::AlignVCenter, words.rnn);
        painter.drawText(layout.deltaCaption, Qt::AlignRight | Qt::AlignVCenter,
                         words.deltaCaption);
    }
    painter.setPen(pal.color(QPalette::Midlight));
    painter.drawLine(QPointF(10, layout.ruleY), QPointF(width() - 10, layout.ruleY));

    QColor trackColor = text;
    trackColor.setAlpha(20);
    for (std::size_t i = 0; i < layout.rows.size(); ++i) {
        const int tag = d->rows[i];
        const CompareRowGeometry& row = layout.rows[i];
        const double c = d->cnn[std::size_t(tag)], r = d->rnn[std::size_t(tag)];
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColor);
        painter.drawRect(row.cnnBar);
        painter.drawRect(row.rnnBar);
        painter.setBrush(kCnnColor);  // grows leftwards from the middle
        painter.drawRect(QRectF(row.cnnBar.right() - c * row.cnnBar.width(), row.cnnBar.top(),
                                c * row.cnnBar.width(), row.cnnBar.height()));
        painter.setBrush(kRnnColor);
        painter.drawRect(QRectF(row.rnnBar.left(), row.rnnBar.top(), r * row.rnnBar.width(),
                                row.rnnBar.height()));

        painter.setPen(text);
        painter.drawText(row.cnnValue, Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(c, 'f', 3));
        painter.drawText(row.name,
                         (layout.stacked ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter,
                         words.tagNames[int(i)]);
        painter.drawText(row.rnnValue, Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(r, 'f', 3));
        // Signed difference, coloured by the network that gives the tag more.
        const double delta = r - c;
        const bool even = std::abs(delta) < 0.0005;  // prints as 0.000
        const QString deltaText =
            even ? locale.toString(0.0, 'f', 3)
                 : (delta > 0.0 ? QStringLiteral("+") : QString()) + locale.toString(delta, 'f', 3);
        painter.setPen(even ? dim : delta > 0.0 ? kRnnColor : kCnnColor);
        painter.drawText(row.delta, Qt::AlignRight | Qt::AlignVCenter, deltaText);
    }
}

}  // namespace tagscope::ui
