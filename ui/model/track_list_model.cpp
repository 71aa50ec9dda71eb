#include "ui/model/track_list_model.h"

#include <QFileInfo>
#include <algorithm>

#include "ui/model/time_format.h"

namespace tagscope::ui {

TrackListModel::TrackListModel(QObject* parent) : QAbstractTableModel(parent) {}

int TrackListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries_.size());
}

int TrackListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const TrackEntry& e = entries_[std::size_t(index.row())];
    switch (role) {
        case TrackIdRole:
            return QVariant::fromValue(e.id);
        case PathRole:
            return e.path;
        case TopTagsRole:
            return e.topTags;
        case Qt::ToolTipRole:
            if (index.column() == StatusColumn && e.status == TrackStatus::Error)
                return e.errorText;
            return e.path;
        case Qt::TextAlignmentRole:
            if (index.column() == DurationColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case SortRole:
            switch (index.column()) {
                case TitleColumn:
                    return e.title.toLower();
                case DurationColumn:
                    return e.durationSeconds;
                case StatusColumn:
                    return int(e.status);
                case TopTagsColumn:
                    return e.topTags.join(QStringLiteral(", "));
            }
            return {};
        case Qt::DisplayRole:
            switch (index.column()) {
                case TitleColumn:
                    return e.title;
                case DurationColumn:
                    return e.durationSeconds < 0 ? QString() : formatTime(e.durationSeconds);
                case StatusColumn:
                    return e.status == TrackStatus::Error
                               ? trackFailureText(e.errorText)
                               : trackStatusText(e.status, e.progressPercent);
                case TopTagsColumn:
                    return e.topTags.join(QStringLiteral(", "));
            }
            return {};
        default:
            return {};
    }
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TitleColumn:
            return tr("Title");
        case DurationColumn:
            return tr("Duration");
        case StatusColumn:
            return tr("Status");
        case TopTagsColumn:
            return tr("Top tags");
    }
    return {};
}

TrackEntry TrackListModel::queuedEntry(const QString& path) {
    TrackEntry e;
    e.path = path;
    e.title = QFileInfo(path).completeBaseName();
    return e;
}

std::vector<TrackId> TrackListModel::addTracks(std::vector<TrackEntry> entries) {
    std::vector<TrackId> added;
    std::vector<TrackEntry> fresh;
    fresh.reserve(entries.size());
    for (TrackEntry& e : entries) {
        if (idOfPath_.contains(e.path)) continue;  // also a second entry of the same path
        e.id = nextId_++;
        idOfPath_.insert(e.path, e.id);
        added.push_back(e.id);
        fresh.push_back(std::move(e));
    }
    entries = std::move(fresh);
    if (entries.empty()) return added;
    flushChanges();
    const int first = rowCount();
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    entries_.reserve(entries_.size() + entries.size());
    for (TrackEntry& e : entries) {
        rowOfId_.insert(e.id, rowCount());
        count(e, +1);
        entries_.push_back(std::move(e));
    }
    endInsertRows();
    return added;
}

TrackId TrackListModel::addTrack(const QString& path) {
    const std::vector<TrackId> added = addTracks({queuedEntry(path)});
    return added.empty() ? 0 : added.front();
}

void TrackListModel::removeTracks(const std::vector<TrackId>& ids) {
    std::vector<int> rows;
    for (TrackId id : ids)
        if (const int row = rowOf(id); row >= 0) rows.push_back(row);
    if (rows.empty()) return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    flushChanges();
    for (int row : rows) {
        const TrackEntry& e = entries_[std::size_t(row)];
        count(e, -1);
        idOfPath_.remove(e.path);
        rowOfId_.remove(e.id);
    }
    // Runs of consecutive rows, last first; many scattered rows: one reset instead.
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.empty() && runs.back().second == row - 1)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    constexpr std::size_t kMaxRemovalRuns = 64;
    if (runs.size() > kMaxRemovalRuns) {
        beginResetModel();
        std::vector<TrackEntry> kept;
        kept.reserve(entries_.size() - rows.size());
        for (TrackEntry& e : entries_)
            if (rowOfId_.contains(e.id)) kept.push_back(std::move(e));
        entries_ = std::move(kept);
        reindexFrom(0);
        endResetModel();
        return;
    }
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        entries_.erase(entries_.begin() + run->first, entries_.begin() + run->second + 1);
        endRemoveRows();
    }
    reindexFrom(runs.front().first);
}

void TrackListModel::clear() {
    beginResetModel();
    entries_.clear();
    rowOfId_.clear();
    idOfPath_.clear();
    statusCounts_ = {};
    changedFirst_ = changedLast_ = -1;
    endResetModel();
}

void TrackListModel::reindexFrom(int row) {
    for (std::size_t i = std::size_t(row); i < entries_.size(); ++i)
        rowOfId_.insert(entries_[i].id, int(i));
}

const TrackEntry* TrackListModel::entry(TrackId id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &entries_[std::size_t(row)];
}

std::vector<TrackId> TrackListModel::trackIds() const {
    std::vector<TrackId> ids;
    ids.reserve(entries_.size());
    for (const TrackEntry& e : entries_) ids.push_back(e.id);
    return ids;
}

void TrackListModel::setStatus(TrackId id, TrackStatus status, const QString& errorText) {
    const int row = rowOf(id);
    if (row < 0) return;
    TrackEntry& e = entries_[std::size_t(row)];
    if (e.status == status && e.errorText == errorText) return;
    count(e, -1);
    e.status = status;
    count(e, +1);
    e.errorText = errorText;
    if (status != TrackStatus::Decoding && status != TrackStatus::Tagging) e.progressPercent = -1;
    rowChanged(row, StatusColumn, StatusColumn);
}

void TrackListModel::setProgress(TrackId id, int percent) {
    const int row = rowOf(id);
    if (row < 0) return;
    TrackEntry& e = entries_[std::size_t(row)];
    if (e.progressPercent == percent) return;
    e.progressPercent = percent;
    rowChanged(row, StatusColumn, StatusColumn);
}

void TrackListModel::setInfo(TrackId id, const QString& title, double durationSeconds) {
    const int row = rowOf(id);
    if (row < 0) return;
    TrackEntry& e = entries_[std::size_t(row)];
    if ((title.isEmpty() || e.title == title) && e.durationSeconds == durationSeconds) return;
    if (!title.isEmpty()) e.title = title;
    e.durationSeconds = durationSeconds;
    rowChanged(row, TitleColumn, DurationColumn);
}

void TrackListModel::setTopTags(TrackId id, const QStringList& tags) {
    const int row = rowOf(id);
    if (row < 0) return;
    TrackEntry& e = entries_[std::size_t(row)];
    if (e.topTags == tags) return;
    e.topTags = tags;
    rowChanged(row, TopTagsColumn, TopTagsColumn);
}

void TrackListModel::setScores(TrackId id, const std::optional<LabelScores>& scores) {
    const int row = rowOf(id);
    if (row < 0) return;
    TrackEntry& e = entries_[std::size_t(row)];
    const bool same = e.scores.has_value() == scores.has_value() &&
                      (!scores || (e.scores->decided == scores->decided &&
                                   e.scores->probability == scores->probability));
    if (same) return;
    e.scores = scores;
    rowChanged(row, TopTagsColumn, TopTagsColumn);  // what tag filters look at
}

void TrackListModel::rowChanged(int row, int firstColumn, int lastColumn) {
    if (batchDepth_ > 0) {
        changedFirst_ = changedFirst_ < 0 ? row : std::min(changedFirst_, row);
        changedLast_ = std::max(changedLast_, row);
        return;
    }
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void TrackListModel::flushChanges() {
    if (changedFirst_ < 0) return;
    const int first = changedFirst_, last = std::min(changedLast_, rowCount() - 1);
    changedFirst_ = changedLast_ = -1;
    if (first <= last) emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

TrackListModel::ChangeBatch::ChangeBatch(TrackListModel& model) : model_(model) {
    ++model_.batchDepth_;
}

TrackListModel::ChangeBatch::~ChangeBatch() {
    if (--model_.batchDepth_ == 0) model_.flushChanges();
}

}  // namespace tagscope::ui
