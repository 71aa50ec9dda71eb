#include "ui/views/compare_view.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

#include "engine/report/tag_result.h"
#include "engine/tags.h"
#include "ui/views/tag_display_name.h"

namespace tagscope::ui {
namespace {

constexpr int kPadding = 10;
constexpr int kGap = 8;
constexpr int kAgreementTopN = 5;
// Tableau's blue and orange: told apart by most colour-blind readers, fine on light and dark.
const QColor kCnnColor(0x4C, 0x78, 0xA8);
const QColor kRnnColor(0xF5, 0x85, 0x18);

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

QSize CompareView::sizeHint() const {
    const int rowH = fontMetrics().height() + 8;
    const int rows = d->rows.empty() ? d->topN : int(d->rows.size());
    return {560, 2 * kPadding + 3 * rowH + rows * rowH};
}

void CompareView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!hasResults()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kPadding, kPadding, -kPadding, -kPadding),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Analyse with both networks to compare them"));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const int rowH = fm.height() + 8;
    const int barH = std::max(6, fm.height() - 4);

    // Header: agreement figures, then the legend on the right.
    const Agreement& a = d->agreement;
    const QString figures = tr("Top-%1 overlap: %2/%1 · Spearman ρ = %3")
                                .arg(a.topN)
                                .arg(a.topOverlap)
                                .arg(locale.toString(a.spearman, 'f', 2));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    QRectF header(kPadding, kPadding, width() - 2 * kPadding, rowH);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, figures);
    painter.setFont(font());
    double legendX = width() - kPadding;
    for (const auto& [label, color] :
         {std::pair{tr("RNN"), kRnnColor}, std::pair{tr("CNN"), kCnnColor}}) {
        const int w = fm.horizontalAdvance(label);
        legendX -= w;
        painter.setPen(text);
        painter.drawText(QRectF(legendX, header.top(), w, rowH), Qt::AlignVCenter, label);
        legendX -= 4 + barH;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(legendX, header.center().y() - barH / 2.0, barH, barH), 2,
                                2);
        legendX -= 14;
    }

    // Columns: CNN value | CNN bar (growing left) | tag | RNN bar (growing right) | RNN value | Δ.
    const int valueW = fm.horizontalAdvance(locale.toString(0.888, 'f', 3));
    const int deltaW = fm.horizontalAdvance(QStringLiteral("+") + locale.toString(0.888, 'f', 3));
    int nameW = 0;
    for (int tag : d->rows) nameW = std::max(nameW, fm.horizontalAdvance(tagDisplayName(tag)));
    nameW += 2 * kGap;
    const int barW =
        std::max(20, (width() - 2 * kPadding - nameW - 2 * valueW - deltaW - 4 * kGap) / 2);
    const double cnnValueX = kPadding;
    const double cnnBarRight = cnnValueX + valueW + kGap + barW;
    const double nameX = cnnBarRight;
    const double rnnBarLeft = nameX + nameW;
    const double rnnValueX = rnnBarLeft + barW + kGap;
    const double deltaX = rnnValueX + valueW + 2 * kGap;

    // Column captions.
    double y = header.bottom() + 4;
    painter.setPen(dim);
    painter.drawText(QRectF(cnnValueX, y, cnnBarRight - cnnValueX, rowH),
                     Qt::AlignRight | Qt::AlignVCenter, tr("CNN"));
    painter.drawText(QRectF(nameX, y, nameW, rowH), Qt::AlignCenter, tr("tag"));
    painter.drawText(QRectF(rnnBarLeft, y, barW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("RNN"));
    painter.drawText(QRectF(deltaX, y, width() - kPadding - deltaX, rowH),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Δ"));
    y += rowH;
    painter.setPen(pal.color(QPalette::Midlight));
    painter.drawLine(QPointF(kPadding, y - 2.5), QPointF(width() - kPadding, y - 2.5));

    for (int tag : d->rows) {
        const double c = d->cnn[std::size_t(tag)], r = d->rnn[std::size_t(tag)];
        const double cy = y + rowH / 2.0;
        QColor track = text;
        track.setAlpha(20);
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRect(QRectF(cnnBarRight - barW, cy - barH / 2.0, barW, barH));
        painter.drawRect(QRectF(rnnBarLeft, cy - barH / 2.0, barW, barH));
        painter.setBrush(kCnnColor);
        painter.drawRect(QRectF(cnnBarRight - c * barW, cy - barH / 2.0, c * barW, barH));
        painter.setBrush(kRnnColor);
        painter.drawRect(QRectF(rnnBarLeft, cy - barH / 2.0, r * barW, barH));

        painter.setPen(text);
        painter.drawText(QRectF(cnnValueX, y, valueW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(c, 'f', 3));
        painter.drawText(QRectF(nameX, y, nameW, rowH), Qt::AlignCenter, tagDisplayName(tag));
        painter.drawText(QRectF(rnnValueX, y, valueW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(r, 'f', 3));
        // Signed difference, coloured by the network that gives the tag more.
        const double delta = r - c;
        const bool even = std::abs(delta) < 0.0005;  // prints as 0.000
        const QString deltaText =
            even ? locale.toString(0.0, 'f', 3)
                 : (delta > 0.0 ? QStringLiteral("+") : QString()) + locale.toString(delta, 'f', 3);
        painter.setPen(even ? dim : delta > 0.0 ? kRnnColor : kCnnColor);
        painter.drawText(QRectF(deltaX, y, width() - kPadding - deltaX, rowH),
                         Qt::AlignRight | Qt::AlignVCenter, deltaText);
        y += rowH;
    }
}

}  // namespace tagscope::ui
