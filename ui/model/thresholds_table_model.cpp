#include "ui/model/thresholds_table_model.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

#include "engine/decisions/spelling.h"
#include "engine/tags.h"
#include "ui/model/tag_group_name.h"

namespace tagscope::ui {
namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The model's own tags behind a label, when they are not simply the label itself.
QString membersToolTip(const VocabularyLabel& label) {
    QStringList raw;
    for (const std::size_t tag : label.rawTags) raw << fromStd(tagNames()[tag]);
    if (raw.size() == 1 && raw.front() == fromStd(label.name)) return {};
    return ThresholdsTableModel::tr("The model's tags: %1").arg(raw.join(QStringLiteral(", ")));
}

}  // namespace

ThresholdsTableModel::ThresholdsTableModel(const Vocabulary& vocabulary, QObject* parent)
    : QAbstractTableModel(parent), labels_(vocabulary.labels()), counts_(vocabulary.size(), 0) {}

int ThresholdsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(labels_.size());
}

int ThresholdsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdsTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const VocabularyLabel& label = labels_[std::size_t(row)];
    switch (index.column()) {
        case LabelColumn:
            if (role == Qt::DisplayRole) return fromStd(label.name);
            if (role == Qt::ToolTipRole) return membersToolTip(label);
            if (role == SortRole) return fromStd(foldCase(label.name));
            return {};
        case GroupColumn:
            if (role == Qt::DisplayRole) return tagGroupName(label.group);
            if (role == SortRole) return int(label.group);
            return {};
        case ThresholdColumn:
            if (role == Qt::DisplayRole) return QLocale().toString(thresholdOf(row), 'f', 3);
            if (role == Qt::EditRole || role == SortRole) return thresholdOf(row);
            if (role == Qt::CheckStateRole) return hasOwn(row) ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::ToolTipRole)
                return hasOwn(row) ? tr("Its own threshold (uncheck for the default)")
                                   : tr("The default threshold (check to give it its own)");
            return {};
        case TracksColumn:
            if (role == Qt::DisplayRole || role == SortRole)
                return qulonglong(counts_[std::size_t(row)]);
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
    }
}

QVariant ThresholdsTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
            case LabelColumn:
                return tr("Label");
            case GroupColumn:
                return tr("Group");
            case ThresholdColumn:
                return tr("Threshold");
            case TracksColumn:
                return tr("Tracks");
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole && section == TracksColumn)
        return tr("How many of the tracks get the label at these thresholds");
    if (role == Qt::TextAlignmentRole && section == TracksColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags ThresholdsTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ThresholdColumn)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return flags;
}

bool ThresholdsTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != ThresholdColumn)
        return false;
    if (role == Qt::CheckStateRole) {
        const bool own = value.toInt() == Qt::Checked;
        if (own == hasOwn(index.row())) return true;
        setOwn(index.row(), own ? std::optional(thresholds_.globalDefault) : std::nullopt);
        return true;
    }
    if (role == Qt::EditRole) {
        bool ok = false;
        const double threshold = value.toDouble(&ok);
        if (!ok || !(threshold >= 0.0 && threshold <= 1.0)) return false;
        setOwn(index.row(), threshold);
        return true;
    }
    return false;
}

void ThresholdsTableModel::setThresholds(const Thresholds& thresholds) {
    thresholds_.globalDefault = std::clamp(thresholds.globalDefault, 0.0, 1.0);
    thresholds_.topN = std::clamp(thresholds.topN, 0, int(kTagCount));
    thresholds_.perLabel.clear();
    for (const auto& [name, threshold] : thresholds.perLabel) {
        const auto match = std::find_if(labels_.begin(), labels_.end(), [&](const auto& label) {
            return equalIgnoringCase(label.name, name);
        });
        if (match != labels_.end())
            thresholds_.perLabel[match->name] = std::clamp(threshold, 0.0, 1.0);
    }
    thresholdColumnChanged();
}

void ThresholdsTableModel::setGlobalDefault(double threshold) {
    threshold = std::clamp(threshold, 0.0, 1.0);
    if (threshold == thresholds_.globalDefault) return;
    thresholds_.globalDefault = threshold;
    thresholdColumnChanged();
}

void ThresholdsTableModel::setTopN(int n) {
    n = std::clamp(n, 0, int(kTagCount));
    if (n == thresholds_.topN) return;
    thresholds_.topN = n;
    emit thresholdsChanged();
}

void ThresholdsTableModel::setCounts(const std::vector<std::size_t>& counts) {
    for (std::size_t row = 0; row < counts_.size(); ++row)
        counts_[row] = row < counts.size() ? counts[row] : 0;
    if (!labels_.empty())
        emit dataChanged(index(0, TracksColumn), index(rowCount() - 1, TracksColumn),
                         {Qt::DisplayRole, SortRole});
}

bool ThresholdsTableModel::hasOwn(int row) const {
    return thresholds_.perLabel.contains(labels_[std::size_t(row)].name);
}

double ThresholdsTableModel::thresholdOf(int row) const {
    return thresholds_.thresholdFor(labels_[std::size_t(row)].name);
}

void ThresholdsTableModel::setOwn(int row, std::optional<double> threshold) {
    const std::string& name = labels_[std::size_t(row)].name;
    if (threshold)
        thresholds_.perLabel[name] = *threshold;
    else
        thresholds_.perLabel.erase(name);
    const QModelIndex changed = index(row, ThresholdColumn);
    emit dataChanged(changed, changed);
    emit thresholdsChanged();
}

void ThresholdsTableModel::thresholdColumnChanged() {
    if (!labels_.empty())
        emit dataChanged(index(0, ThresholdColumn), index(rowCount() - 1, ThresholdColumn));
    emit thresholdsChanged();
}

}  // namespace tagscope::ui
