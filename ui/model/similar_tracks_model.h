#pragma once
// The tracks most like the one looked at, as a table: title, similarity (cosine of their
// embeddings, as a percentage) and top tags, most similar first.

#include <QAbstractTableModel>
#include <vector>

#include "ui/model/track_entry.h"

namespace tagscope::ui {

struct SimilarTrack {
    TrackId track = 0;
    QString title;
    float similarity = 0.0f;  // −1…1
    QString topTags;
};

class SimilarTracksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SimilarityColumn, TopTagsColumn, ColumnCount };
    enum Roles { TrackIdRole = Qt::UserRole + 1, SimilarityRole };

    explicit SimilarTracksModel(QObject* parent = nullptr);

    void setTracks(std::vector<SimilarTrack> tracks);
    const std::vector<SimilarTrack>& tracks() const { return tracks_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SimilarTrack> tracks_;
};

}  // namespace tagscope::ui
