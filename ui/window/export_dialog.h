#pragma once
// Options for File ▸ Export CSV…: which tracks, and whether to add one row per window.

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace tagscope::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(int trackCount, int selectedCount, QWidget* parent = nullptr);

    bool selectedOnly() const;
    bool withWindows() const;

private:
    QRadioButton* all_;
    QRadioButton* selected_;
    QCheckBox* windows_;
};

}  // namespace tagscope::ui
