#pragma once
// Sorting (numeric durations) and filtering the track list (track_filter.h): by a tag query
// when the text is one, else by a substring of the top tags. An empty filter shows
// everything. Each row is judged from what its entry holds (top tags, cached LabelScores):
// re-filtering 10,000 tracks is one pass.

#include <QSortFilterProxyModel>
#include <memory>

#include "ui/model/track_filter.h"

namespace tagscope {
class TagDecider;
}

namespace tagscope::ui {

class TrackListModel;

class TrackFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrackFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;  // a TrackListModel

    void setTagFilter(const QString& text);
    QString tagFilter() const { return filter_.text(); }
    const TrackFilter& filter() const { return filter_; }
    // The vocabulary queries are parsed against (the one the tracks were scored with); none:
    // no queries. The current text is parsed again.
    void setDecider(std::shared_ptr<const TagDecider> decider);

signals:
    void tagFilterChanged();  // text, meaning or error

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void apply(TrackFilter filter);

    TrackListModel* tracks_ = nullptr;
    std::shared_ptr<const TagDecider> decider_;
    TrackFilter filter_;
};

}  // namespace tagscope::ui
