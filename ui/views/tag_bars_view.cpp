#include "ui/views/tag_bars_view.h"

#include <QEasingCurve>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QVariantAnimation>
#include <algorithm>
#include <map>

#include "ui/views/tag_bars_model.h"

namespace tagscope::ui {
namespace {

constexpr int kPadding = 8;
constexpr int kColumnGap = 10;

// What one tag's bar shows: its length (probability), its row (fractional while sliding) and
// its opacity (fading in or out of the top N).
struct BarState {
    double value = 0.0, row = 0.0, opacity = 0.0;
};

BarState mix(const BarState& a, const BarState& b, double t) {
    return {a.value + (b.value - a.value) * t, a.row + (b.row - a.row) * t,
            a.opacity + (b.opacity - a.opacity) * t};
}

}  // namespace

struct TagBarsView::Private {
    QPointer<TagBarsModel> model;
    QVariantAnimation animation;
    double progress = 1.0;  // eased, 0…1
    struct Bar {
        BarState from, to;
        QString name;
        int tag = -1;
    };
    std::map<int, Bar> bars;  // by tag index, so a tag keeps its state as its rank changes
    QString emptyText;        // empty: the default
    int selectedTag = -1;

    BarState current(const Bar& bar) const { return mix(bar.from, bar.to, progress); }
    void prune() {
        std::erase_if(bars, [](const auto& entry) { return entry.second.to.opacity <= 0.0; });
    }
};

TagBarsView::TagBarsView(QWidget* parent) : QWidget(parent), d(std::make_unique<Private>()) {
    setCursor(Qt::PointingHandCursor);
    d->animation.setStartValue(0.0);
    d->animation.setEndValue(1.0);
    d->animation.setDuration(250);
    d->animation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&d->animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        d->progress = value.toDouble();
        update();
    });
    connect(&d->animation, &QVariantAnimation::finished, this, [this] {
        d->progress = 1.0;
        d->prune();
        update();
    });
}

TagBarsView::~TagBarsView() = default;

void TagBarsView::setModel(TagBarsModel* model) {
    if (d->model == model) return;
    if (d->model) disconnect(d->model, nullptr, this, nullptr);
    d->model = model;
    d->bars.clear();
    if (model) {
        const auto retarget = [this] {
            // Every bar animates from where it is now to where the model puts it.
            for (auto& [tag, bar] : d->bars) {
                bar.from = d->current(bar);
                bar.to = {0.0, bar.from.row, 0.0};
            }
            const int rows = d->model ? d->model->rowCount() : 0;
            for (int r = 0; r < rows; ++r) {
                const QModelIndex index = d->model->index(r);
                const int tag = index.data(TagBarsModel::TagIndexRole).toInt();
                auto [it, inserted] = d->bars.try_emplace(tag);
                if (inserted) it->second.from = {0.0, double(r), 0.0};
                it->second.to = {index.data(TagBarsModel::ProbabilityRole).toDouble(), double(r),
                                 1.0};
                it->second.name = index.data(Qt::DisplayRole).toString();
                it->second.tag = tag;
            }
            const bool moving = std::any_of(d->bars.begin(), d->bars.end(), [](const auto& entry) {
                const BarState &from = entry.second.from, &to = entry.second.to;
                return from.value != to.value || from.row != to.row || from.opacity != to.opacity;
            });
            d->animation.stop();
            if (moving && d->animation.duration() > 0) {
                d->progress = 0.0;
                d->animation.start();
            } else {
                d->progress = 1.0;
                d->prune();
            }
            updateGeometry();
            update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, retarget);
        connect(model, &QAbstractItemModel::dataChanged, this, retarget);
        connect(model, &QAbstractItemModel::rowsInserted, this, retarget);
        connect(model, &QAbstractItemModel::rowsRemoved, this, retarget);
        connect(model, &QAbstractItemModel::layoutChanged, this, retarget);
        connect(model, &QObject::destroyed, this, [this] {
            d->bars.clear();
            update();
        });
        retarget();
    }
    update();
}

void TagBarsView::setAnimationDuration(int milliseconds) {
    milliseconds = std::max(0, milliseconds);
    if (milliseconds == 0 && d->animation.state() == QAbstractAnimation::Running) {
        d->animation.stop();
        d->progress = 1.0;
        d->prune();
        update();
    }
    d->animation.setDuration(milliseconds);
}

bool TagBarsView::isAnimating() const {
    return d->animation.state() == QAbstractAnimation::Running;
}

QSize TagBarsView::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    const int rows = d->model ? std::max(d->model->topN(), 1) : 10;
    const int nameW = fm.horizontalAdvance(QStringLiteral("female vocalists"));
    const int valueW = fm.horizontalAdvance(QLocale().toString(0.888, 'f', 3));
    return {2 * kPadding + nameW + valueW + 2 * kColumnGap + 200,
            2 * kPadding + rows * (fm.height() + 10)};
}

void TagBarsView::setEmptyText(const QString& text) {
    if (text == d->emptyText) return;
    d->emptyText = text;
    if (d->bars.empty()) update();
}

QString TagBarsView::emptyText() const {
    return d->emptyText.isEmpty() ? tr("No tags yet") : d->emptyText;
}

void TagBarsView::setSelectedTag(int tagIndex) {
    if (tagIndex == d->selectedTag) return;
    d->selectedTag = tagIndex;
    update();
}

int TagBarsView::selectedTag() const {
    return d->selectedTag;
}

QRect TagBarsView::rowRect(int row) const {
    const int rowH = fontMetrics().height() + 10;
    return QRect(0, kPadding + row * rowH, width(), rowH);
}

int TagBarsView::tagAt(QPoint point) const {
    if (!d->model) return -1;
    const int rowH = fontMetrics().height() + 10;
    if (point.y() < kPadding) return -1;
    const int row = (point.y() - kPadding) / rowH;
    if (row >= d->model->rowCount()) return -1;
    return d->model->index(row).data(TagBarsModel::TagIndexRole).toInt();
}

void TagBarsView::mousePressEvent(QMouseEvent* event) {
    const int tag = event->button() == Qt::LeftButton ? tagAt(event->position().toPoint()) : -1;
    if (tag >= 0) {
        emit tagClicked(tag);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TagBarsView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& pal = palette();
    if (d->bars.empty()) {
        painter.fillRect(rect(), pal.color(QPalette::Base));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kPadding, kPadding, -kPadding, -kPadding),
                         Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics fm = fontMetrics();
    const int rowH = fm.height() + 10;
    const int barH = std::max(6, fm.height() - 4);

    int nameW = 0;
    for (const auto& [tag, bar] : d->bars) nameW = std::max(nameW, fm.horizontalAdvance(bar.name));
    nameW = std::min(nameW + 4, width() / 2);  // slack: elidedText measures a little wider
    const int valueW = fm.horizontalAdvance(QLocale().toString(0.888, 'f', 3));
    const int trackLeft = kPadding + nameW + kColumnGap;
    const int trackRight = width() - kPadding - valueW - kColumnGap;
    const double trackW = std::max(0, trackRight - trackLeft);

    QColor barColor = pal.color(QPalette::Highlight);
    QColor trackColor = barColor;
    trackColor.setAlpha(28);
    QColor textColor = pal.color(QPalette::Text);

    // Fading bars first, so the bars entering or staying are drawn on top.
    std::vector<std::pair<BarState, const Private::Bar*>> order;
    for (const auto& [tag, bar] : d->bars) order.emplace_back(d->current(bar), &bar);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.first.opacity < b.first.opacity;
    });

    for (const auto& [state, bar] : order) {
        const double top = kPadding + state.row * rowH;
        const double cy = top + rowH / 2.0;
        painter.setOpacity(std::clamp(state.opacity, 0.0, 1.0));
        if (bar->tag == d->selectedTag) {
            painter.setPen(QPen(barColor, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(2.0, top + 1.0, width() - 4.0, rowH - 2.0), 4.0, 4.0);
        }
        const QRectF track(trackLeft, cy - barH / 2.0, trackW, barH);
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColor);
        painter.drawRoundedRect(track, barH / 2.0, barH / 2.0);
        // The bar is cut from the rounded track, so short bars keep their true length.
        const double length = std::clamp(state.value, 0.0, 1.0) * trackW;
        if (length > 0.0) {
            QPainterPath shape;
            shape.addRoundedRect(track, barH / 2.0, barH / 2.0);
            painter.save();
            painter.setClipPath(shape);
            painter.fillRect(QRectF(trackLeft, track.top(), length, barH), barColor);
            painter.restore();
        }
        painter.setPen(textColor);
        painter.drawText(QRectF(kPadding, top, nameW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar->name, Qt::ElideRight, nameW));
        painter.drawText(QRectF(width() - kPadding - valueW, top, valueW, rowH),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(std::clamp(state.value, 0.0, 1.0), 'f', 3));
    }
}

}  // namespace tagscope::ui
