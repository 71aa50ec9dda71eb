#pragma once
// Tools ▸ Tag Thresholds…: the global default threshold, the top-N cap and each label's own
// threshold, with a live preview of how many of the given tracks each label gets (recounted
// after every edit, coalesced by a 0-ms timer) and how many get any tag at all. OK gives
// thresholds(); Restore Defaults goes back to 0.1, no cap, no overrides.
//
//   ThresholdsDialog dialog(settings.vocabulary(), settings.thresholds(), probabilities, this);
//   if (dialog.exec() == QDialog::Accepted) settings.setThresholds(dialog.thresholds());

#include <QDialog>
#include <vector>

#include "engine/decisions/thresholds.h"
#include "engine/decisions/vocabulary.h"

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableView;
class QTimer;

namespace tagscope::ui {

class ThresholdsTableModel;

class ThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    // tracks: each the model's 50 probabilities (tagNames() order) of one tagged track; others
    // are left out of the preview.
    ThresholdsDialog(const Vocabulary& vocabulary, const Thresholds& current,
                     std::vector<std::vector<float>> tracks, QWidget* parent = nullptr);

    Thresholds thresholds() const;  // as edited
    void restoreDefaults();

    // For tests and the window: the table's data, and the preview sentence.
    const ThresholdsTableModel* tableModel() const { return model_; }
    QString summary() const;

private:
    void recount();
    void showThresholds();  // the controls from the model's thresholds

    Vocabulary vocabulary_;
    std::vector<std::vector<float>> tracks_;
    ThresholdsTableModel* model_;
    QDoubleSpinBox* defaultSpin_;
    QSlider* defaultSlider_;
    QSpinBox* topN_;
    QTableView* table_;
    QLabel* summary_;
    QTimer* recount_;
};

}  // namespace tagscope::ui
