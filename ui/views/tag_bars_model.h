#pragma once
// The tag probabilities shown as bars: the top N of 50 tags, most probable first.

#include <QAbstractListModel>
#include <vector>

namespace tagscope::ui {

class TagBarsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { TagNameRole = Qt::UserRole + 1, ProbabilityRole, TagIndexRole };

    explicit TagBarsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    // DisplayRole: the tag's display name; ToolTipRole: raw name and value (3 decimals);
    // TagNameRole: raw tag name; ProbabilityRole: double; TagIndexRole: index in tag order.
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // 50 values in tag order (or empty to clear). Resets the model.
    void setProbabilities(std::vector<float> probabilities);
    const std::vector<float>& probabilities() const { return probabilities_; }
    void setTopN(int n);  // 1…50
    int topN() const { return topN_; }
    void clear();

private:
    std::vector<float> probabilities_;
    std::vector<int> order_;  // tag indices shown, most probable first
    int topN_ = 15;
};

}  // namespace tagscope::ui
