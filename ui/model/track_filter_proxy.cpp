#include "ui/model/track_filter_proxy.h"

#include <algorithm>

#include "ui/model/track_list_model.h"

namespace tagscope::ui {

TrackFilterProxy::TrackFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(TrackListModel::SortRole);
    setDynamicSortFilter(true);
}

void TrackFilterProxy::setSourceModel(QAbstractItemModel* model) {
    tracks_ = qobject_cast<TrackListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TrackFilterProxy::setTagFilter(const QString& text) {
    if (text.trimmed() == filter_.text()) return;
    apply(TrackFilter::fromText(text, decider_ ? &decider_->vocabulary() : nullptr));
}

void TrackFilterProxy::setDecider(std::shared_ptr<const TagDecider> decider) {
    decider_ = std::move(decider);
    apply(TrackFilter::fromText(filter_.text(), decider_ ? &decider_->vocabulary() : nullptr));
}

void TrackFilterProxy::apply(TrackFilter filter) {
    filter_ = std::move(filter);
    // The whole mapping at once: one pass over the rows (and one sort), where re-filtering
    // row by row would announce every run of rows that comes or goes.
    invalidate();
    emit tagFilterChanged();
}

bool TrackFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (filter_.isEmpty() || sourceParent.isValid() || !tracks_) return true;
    return filter_.accepts(tracks_->entryAt(sourceRow));
}

bool TrackFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!tracks_ || left.parent().isValid()) return QSortFilterProxyModel::lessThan(left, right);
    // From the entries themselves: sorting 10,000 rows is ~140,000 comparisons, and going
    // through data() would build two QVariants (and lower-case copies of titles) for each.
    const TrackEntry& a = tracks_->entryAt(left.row());
    const TrackEntry& b = tracks_->entryAt(right.row());
    switch (left.column()) {
        case TrackListModel::TitleColumn:
            return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0;
        case TrackListModel::DurationColumn:
            return a.durationSeconds < b.durationSeconds;
        case TrackListModel::StatusColumn:
            return int(a.status) < int(b.status);
        case TrackListModel::TopTagsColumn:
            return std::lexicographical_compare(a.topTags.begin(), a.topTags.end(),
                                                b.topTags.begin(), b.topTags.end());
    }
    return false;
}

}  // namespace tagscope::ui
