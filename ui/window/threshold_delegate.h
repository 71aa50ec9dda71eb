#pragma once
// The threshold column of the thresholds table: edited with a spin box (0 to 1, 3 decimals)
// whose every step is committed at once (the preview follows the arrows and the wheel), and
// shown dimmed where the label has no threshold of its own (the default applies).

#include <QStyledItemDelegate>

namespace tagscope::ui {

class ThresholdDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

}  // namespace tagscope::ui
