#include "ui/model/similar_tracks_model.h"

#include <QLocale>

namespace tagscope::ui {

SimilarTracksModel::SimilarTracksModel(QObject* parent) : QAbstractTableModel(parent) {}

void SimilarTracksModel::setTracks(std::vector<SimilarTrack> tracks) {
    beginResetModel();
    tracks_ = std::move(tracks);
    endResetModel();
}

int SimilarTracksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(tracks_.size());
}

int SimilarTracksModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarTracksModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const SimilarTrack& track = tracks_[std::size_t(index.row())];
    switch (role) {
        case TrackIdRole:
            return QVariant::fromValue(track.track);
        case SimilarityRole:
            return track.similarity;
        case Qt::DisplayRole:
            switch (index.column()) {
                case TitleColumn:
                    return track.title;
                case SimilarityColumn:
                    return QLocale().toString(100.0 * track.similarity, 'f', 0) +
                           QStringLiteral(" %");
                case TopTagsColumn:
                    return track.topTags;
            }
            return {};
        case Qt::ToolTipRole:
            return QStringLiteral("%1\n%2").arg(track.title, track.topTags);
        case Qt::TextAlignmentRole:
            if (index.column() == SimilarityColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
    }
    return {};
}

QVariant SimilarTracksModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TitleColumn:
            return tr("Title");
        case SimilarityColumn:
            return tr("Similarity");
        case TopTagsColumn:
            return tr("Top tags");
    }
    return {};
}

}  // namespace tagscope::ui
