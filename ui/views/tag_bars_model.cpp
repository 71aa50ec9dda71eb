#include "ui/views/tag_bars_model.h"

#include <QLocale>
#include <algorithm>

#include "engine/report/tag_result.h"
#include "engine/tags.h"
#include "ui/views/tag_display_name.h"

namespace tagscope::ui {

TagBarsModel::TagBarsModel(QObject* parent) : QAbstractListModel(parent) {}

int TagBarsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(order_.size());
}

QVariant TagBarsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int tag = order_[std::size_t(index.row())];
    const double value = probabilities_[std::size_t(tag)];
    switch (role) {
        case Qt::DisplayRole:
            return tagDisplayName(tag);
        case Qt::ToolTipRole:
            return tr("%1: %2").arg(tagRawName(tag), QLocale().toString(value, 'f', 3));
        case TagNameRole:
            return tagRawName(tag);
        case ProbabilityRole:
            return value;
        case TagIndexRole:
            return tag;
        default:
            return {};
    }
}

QHash<int, QByteArray> TagBarsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TagNameRole, "tagName");
    names.insert(ProbabilityRole, "probability");
    names.insert(TagIndexRole, "tagIndex");
    return names;
}

void TagBarsModel::setProbabilities(std::vector<float> probabilities) {
    beginResetModel();
    if (probabilities.size() != kTagCount) probabilities.clear();
    probabilities_ = std::move(probabilities);
    order_ = probabilities_.empty() ? std::vector<int>{} : topTags(probabilities_, topN_);
    endResetModel();
}

void TagBarsModel::setTopN(int n) {
    n = std::clamp(n, 1, int(kTagCount));
    if (n == topN_) return;
    beginResetModel();
    topN_ = n;
    order_ = probabilities_.empty() ? std::vector<int>{} : topTags(probabilities_, topN_);
    endResetModel();
}

void TagBarsModel::clear() {
    setProbabilities({});
}

}  // namespace tagscope::ui
