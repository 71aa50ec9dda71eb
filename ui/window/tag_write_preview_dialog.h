#pragma once
// Tools ▸ Write Tags into Files…: the preview of a write, per file and per field (current value
// → new value) with check boxes, the mode (add to the current values, or replace them), the
// files that cannot be written and why, and a summary ("12 fields in 5 files will change").
// Nothing is written until Write is pressed. The dialog only shows and asks: the window makes
// the plans and writes (TagWriteJob), telling the dialog where it is:
//
//   showPlanning()  → a plan is being made (also after the mode changed: modeChanged)
//   showPlan(plan)  → the user checks and unchecks; Write emits writeRequested(checkedPlan())
//   showWriting(done, total, file) → progress; Cancel (or closing) emits stopRequested
//   the window then closes it (done()) and reports the result.

#include <QDialog>

#include "engine/tagwrite/tag_write_session.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace tagscope::ui {

class TagWritePlanModel;

class TagWritePreviewDialog : public QDialog {
    Q_OBJECT
public:
    TagWritePreviewDialog(WriteMode mode, int trackCount, QWidget* parent = nullptr);

    WriteMode mode() const;
    void setMode(WriteMode mode);
    bool isWriting() const { return writing_; }

    void showPlanning();
    void showPlan(WritePlan plan);
    void showPlanFailed(const QString& error);
    void showWriting(int done, int total, const QString& file);

    TagWritePlanModel* planModel() const { return model_; }
    QTreeView* view() const { return view_; }
    QComboBox* modeBox() const { return mode_; }
    QLabel* summaryLabel() const { return summary_; }
    QPushButton* writeButton() const { return write_; }
    QPushButton* cancelButton() const { return cancel_; }

    // While writing: asks the write to stop instead of closing.
    void reject() override;

signals:
    void modeChanged(tagscope::WriteMode mode);
    void writeRequested(const tagscope::WritePlan& plan);
    void stopRequested();

private:
    void showSummary();
    void requestWrite();

    TagWritePlanModel* model_;
    QTreeView* view_;
    QComboBox* mode_;
    QLabel* summary_;
    QProgressBar* progress_;
    QPushButton* write_;
    QPushButton* cancel_;
    bool planning_ = true;
    bool writing_ = false;
};

}  // namespace tagscope::ui
