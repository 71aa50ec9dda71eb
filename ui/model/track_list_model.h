#pragma once
// The loaded tracks as a table: title, duration, status, top tags. Holds data only; the
// session decides what goes in it. Made for libraries of tens of thousands of tracks: rows are
// added and removed in bulk (one insertion, one removal per run of rows), a track is found by
// id or path in O(1), and changes made inside a ChangeBatch are announced once, as one range.

#include <QAbstractTableModel>
#include <QHash>
#include <array>
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

    // A queued row for the file, titled by its name (not yet added).
    static TrackEntry queuedEntry(const QString& path);
    // Appends the entries whose paths are not listed yet (nor twice among them), in one
    // insertion; gives them their ids, which it returns in order.
    std::vector<TrackId> addTracks(std::vector<TrackEntry> entries);
    // Appends a queued row for the file; returns its id (0 if the path is already listed).
    TrackId addTrack(const QString& path);
    void removeTracks(const std::vector<TrackId>& ids);
    void removeTrack(TrackId id) { removeTracks({id}); }
    void clear();

    bool contains(const QString& path) const { return idOfPath_.contains(path); }
    TrackId idOf(const QString& path) const { return idOfPath_.value(path); }  // 0 if absent
    int rowOf(TrackId id) const { return rowOfId_.value(id, -1); }             // -1 if absent
    const TrackEntry* entry(TrackId id) const;
    const TrackEntry& entryAt(int row) const { return entries_[std::size_t(row)]; }
    std::vector<TrackId> trackIds() const;
    int count(TrackStatus status) const { return statusCounts_[std::size_t(status)]; }

    void setStatus(TrackId id, TrackStatus status, const QString& errorText = {});
    void setInfo(TrackId id, const QString& title, double durationSeconds);
    // How far a running analysis has got (0–100), shown beside its status.
    void setProgress(TrackId id, int percent);
    void setTopTags(TrackId id, const QStringList& tags);
    void setScores(TrackId id, const std::optional<LabelScores>& scores);

    // While one exists, changes are collected and announced when the last one ends, as one
    // dataChanged over the rows touched: views and proxies see one change, not thousands.
    class ChangeBatch {
    public:
        explicit ChangeBatch(TrackListModel& model);
        ~ChangeBatch();
        ChangeBatch(const ChangeBatch&) = delete;
        ChangeBatch& operator=(const ChangeBatch&) = delete;

    private:
        TrackListModel& model_;
    };

private:
    void rowChanged(int row, int firstColumn, int lastColumn);
    void flushChanges();
    void reindexFrom(int row);
    void count(const TrackEntry& e, int delta) { statusCounts_[std::size_t(e.status)] += delta; }

    std::vector<TrackEntry> entries_;
    QHash<TrackId, int> rowOfId_;
    QHash<QString, TrackId> idOfPath_;
    std::array<int, 5> statusCounts_{};
    TrackId nextId_ = 1;
    int batchDepth_ = 0;
    int changedFirst_ = -1, changedLast_ = -1;  // rows changed within the batch
};

}  // namespace tagscope::ui
