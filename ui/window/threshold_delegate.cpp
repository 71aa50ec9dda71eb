#include "ui/window/threshold_delegate.h"

#include <QDoubleSpinBox>

namespace tagscope::ui {

QWidget* ThresholdDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex&) const {
    auto* editor = new QDoubleSpinBox(parent);
    editor->setRange(0.0, 1.0);
    editor->setDecimals(3);
    editor->setSingleStep(0.01);
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(editor, &QDoubleSpinBox::valueChanged, this,
            [this, editor] { emit const_cast<ThresholdDelegate*>(this)->commitData(editor); });
    return editor;
}

void ThresholdDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* spin = static_cast<QDoubleSpinBox*>(editor);
    const double value = index.data(Qt::EditRole).toDouble();
    if (spin->value() == value) return;  // its own commit coming back: leave the typing alone
    const QSignalBlocker quiet(spin);
    spin->setValue(value);
}

void ThresholdDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    auto* spin = static_cast<QDoubleSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

void ThresholdDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    if (index.data(Qt::CheckStateRole).toInt() != Qt::Checked)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

}  // namespace tagscope::ui
