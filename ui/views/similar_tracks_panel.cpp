#include "ui/views/similar_tracks_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/model/similar_tracks_model.h"

namespace tagscope::ui {

SimilarTracksPanel::SimilarTracksPanel(SimilarTracksModel* model, QWidget* parent)
    : QWidget(parent) {
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("similarHeading"));
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    heading_->setWordWrap(true);
    heading_->setContentsMargins(6, 4, 6, 2);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("similarTracksView"));
    table_->setModel(model);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setShowGrid(false);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(SimilarTracksModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SimilarTracksModel::SimilarityColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SimilarTracksModel::TopTagsColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const auto trackOf = [](const QModelIndex& index) {
        return index.data(SimilarTracksModel::TrackIdRole).value<TrackId>();
    };
    connect(table_, &QTableView::clicked, this,
            [this, trackOf](const QModelIndex& index) { emit trackChosen(trackOf(index)); });
    // Double-click, or Enter on the current row.
    connect(table_, &QTableView::activated, this,
            [this, trackOf](const QModelIndex& index) { emit playRequested(trackOf(index)); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading_);
    layout->addWidget(table_, 1);
}

void SimilarTracksPanel::setHeading(const QString& heading) {
    heading_->setText(heading);
}

QString SimilarTracksPanel::heading() const {
    return heading_->text();
}

}  // namespace tagscope::ui
