#include "ui/model/track_filter_proxy.h"

#include "ui/model/track_list_model.h"

namespace tagscope::ui {

TrackFilterProxy::TrackFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(TrackListModel::SortRole);
    setDynamicSortFilter(true);
}

void TrackFilterProxy::setTagFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == tagFilter_) return;
    tagFilter_ = trimmed;
    invalidateFilter();
}

bool TrackFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (tagFilter_.isEmpty()) return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QStringList tags = index.data(TrackListModel::TopTagsRole).toStringList();
    for (const QString& tag : tags)
        if (tag.contains(tagFilter_, Qt::CaseInsensitive)) return true;
    return false;
}

}  // namespace tagscope::ui
