#pragma once
// "Similar tracks": a heading saying which track and network they are like (or why there are
// none), and the table of a SimilarTracksModel. A click on a row asks for that track to be
// selected; a double-click or Enter, for it to be played.

#include <QWidget>

#include "ui/model/track_entry.h"

class QLabel;
class QTableView;

namespace tagscope::ui {

class SimilarTracksModel;

class SimilarTracksPanel : public QWidget {
    Q_OBJECT
public:
    explicit SimilarTracksPanel(SimilarTracksModel* model, QWidget* parent = nullptr);

    void setHeading(const QString& heading);
    QString heading() const;
    QTableView* table() const { return table_; }

signals:
    void trackChosen(tagscope::ui::TrackId track);
    void playRequested(tagscope::ui::TrackId track);

private:
    QLabel* heading_;
    QTableView* table_;
};

}  // namespace tagscope::ui
