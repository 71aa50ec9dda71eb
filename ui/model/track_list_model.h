#pragma once
// The loaded tracks as a table: title, duration, status, top tags. Holds data only; the
// session decides what goes in it.

#include <QAbstractTableModel>
#include <vector>

#include "ui/model/track_entry.h"

namespace tagscope::ui {

class TrackListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, DurationColumn, StatusColumn, TopTagsColumn, ColumnCount };
    enum Roles { TrackIdRole = Qt::UserRole + 1, PathRole, SortRole, TopTagsRole };

    explicit TrackListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Appends a queued row for the file; returns its id (0 if the path is already listed).
    TrackId addTrack(const QString& path);
    void removeTrack(TrackId id);
    void clear();

    bool contains(const QString& path) const;
    int rowOf(TrackId id) const;  // -1 if absent
    const TrackEntry* entry(TrackId id) const;
    const TrackEntry& entryAt(int row) const { return entries_[std::size_t(row)]; }
    std::vector<TrackId> trackIds() const;

    void setStatus(TrackId id, TrackStatus status, const QString& errorText = {});
    void setInfo(TrackId id, const QString& title, double durationSeconds);
    // How far a running analysis has got (0–100), shown beside its status.
    void setProgress(TrackId id, int percent);
    void setTopTags(TrackId id, const QStringList& tags);

private:
    void rowChanged(int row, int firstColumn, int lastColumn);

    std::vector<TrackEntry> entries_;
    TrackId nextId_ = 1;
};

}  // namespace tagscope::ui
