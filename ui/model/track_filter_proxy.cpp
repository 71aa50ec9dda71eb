#include "ui/model/track_filter_proxy.h"

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

}  // namespace tagscope::ui
