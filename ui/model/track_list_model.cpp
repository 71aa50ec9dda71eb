#include "ui/model/track_list_model.h"

#include <QFileInfo>

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
                    return trackStatusText(e.status, e.progressPercent);
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

TrackId TrackListModel::addTrack(const QString& path) {
    if (contains(path)) return 0;
    TrackEntry e;
    e.id = nextId_++;
    e.path = path;
    e.title = QFileInfo(path).completeBaseName();
    const int row = rowCount();
    beginInsertRows({}, row, row);
    entries_.push_back(std::move(e));
    endInsertRows();
    return entries_.back().id;
}

void TrackListModel::removeTrack(TrackId id) {
    const int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    entries_.erase(entries_.begin() + row);
    endRemoveRows();
}

void TrackListModel::clear() {
    beginResetModel();
    entries_.clear();
    endResetModel();
}

bool TrackListModel::contains(const QString& path) const {
    for (const TrackEntry& e : entries_)
        if (e.path == path) return true;
    return false;
}

int TrackListModel::rowOf(TrackId id) const {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].id == id) return int(i);
    return -1;
}

const TrackEntry* TrackListModel::entry(TrackId id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &entries_[std::size_t(row)];
}

std::vector<TrackId> TrackListModel::trackIds() const {
    std::vector<TrackId> ids;
    for (const TrackEntry& e : entries_) ids.push_back(e.id);
    return ids;
}

void TrackListModel::setStatus(TrackId id, TrackStatus status, const QString& errorText) {
    const int row = rowOf(id);
    if (row < 0) return;
    TrackEntry& e = entries_[std::size_t(row)];
    if (e.status == status && e.errorText == errorText) return;
    e.status = status;
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

void TrackListModel::rowChanged(int row, int firstColumn, int lastColumn) {
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

}  // namespace tagscope::ui
