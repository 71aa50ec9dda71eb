#pragma once
// Sorting (numeric durations) and filtering by tag: a track passes when one of its top tags
// contains the filter text (case-insensitive). An empty filter shows everything.

#include <QSortFilterProxyModel>

namespace tagscope::ui {

class TrackFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrackFilterProxy(QObject* parent = nullptr);

    void setTagFilter(const QString& text);
    QString tagFilter() const { return tagFilter_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString tagFilter_;
};

}  // namespace tagscope::ui
