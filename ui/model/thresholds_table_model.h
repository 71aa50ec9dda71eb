#pragma once
// The thresholds being edited, one row per vocabulary label (vocabulary order): label, group,
// threshold (checkable: checked when the label has its own, else the global default applies)
// and how many tracks get the label (set from outside, the live preview). Data only: the
// dialog computes the counts, views sort through a proxy on SortRole.

#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "engine/decisions/thresholds.h"
#include "engine/decisions/vocabulary.h"

namespace tagscope::ui {

class ThresholdsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn, GroupColumn, ThresholdColumn, TracksColumn, ColumnCount };
    // Per column: the folded label, the group's order, the threshold in effect, the count.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ThresholdsTableModel(const Vocabulary& vocabulary, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // ThresholdColumn: DisplayRole the threshold in effect (3 decimals), EditRole it as a
    // double, CheckStateRole whether the label has its own. TracksColumn: the count (int).
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // ThresholdColumn only: EditRole gives the label its own threshold (0 to 1);
    // CheckStateRole Checked gives it the global default as its own, Unchecked removes it.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // Overrides are kept as the vocabulary spells the label; labels it lacks are dropped.
    void setThresholds(const Thresholds& thresholds);
    const Thresholds& thresholds() const { return thresholds_; }
    void setGlobalDefault(double threshold);  // clamped to 0…1
    void setTopN(int n);                      // clamped to 0…50

    // Per label, vocabulary order (a shorter vector leaves the rest at 0).
    void setCounts(const std::vector<std::size_t>& counts);
    std::size_t count(int row) const { return counts_[std::size_t(row)]; }

signals:
    // Any change of the thresholds (global default, cap, a label's own): time to recount.
    void thresholdsChanged();

private:
    bool hasOwn(int row) const;
    double thresholdOf(int row) const;
    void setOwn(int row, std::optional<double> threshold);
    void thresholdColumnChanged();

    std::vector<VocabularyLabel> labels_;
    Thresholds thresholds_;
    std::vector<std::size_t> counts_;
};

}  // namespace tagscope::ui
