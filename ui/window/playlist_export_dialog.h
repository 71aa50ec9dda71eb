#pragma once
// File ▸ Export Playlist…: a tag query (e.g. `jazz > 0.5 and not rock`), checked as it is
// typed (an error shows its message and the character it points at, and Export stays off),
// the number of the given tracks that match, and whether paths are written relative to the
// playlist. The caller then asks for the file name and writes the matches (writePlaylistFile).
//
//   PlaylistExportDialog dialog(settings.decider(), probabilities, lastQuery, this);
//   if (dialog.exec() == QDialog::Accepted)
//       for (std::size_t track : dialog.matches()) ...

#include <QDialog>
#include <vector>

#include "engine/decisions/tag_decisions.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace tagscope::ui {

class PlaylistExportDialog : public QDialog {
    Q_OBJECT
public:
    // tracks: each the model's 50 probabilities (tagNames() order) of one tagged track; others
    // never match. decider: the app's current vocabulary and thresholds.
    PlaylistExportDialog(TagDecider decider, std::vector<std::vector<float>> tracks,
                         const QString& query, QWidget* parent = nullptr);

    QString query() const;
    bool relativePaths() const;
    void setRelativePaths(bool relative);

    // As of the query shown (checked again after each edit, coalesced by a 0-ms timer):
    bool queryIsValid() const { return valid_; }
    QString problem() const { return problem_; }       // the parser's message; empty when valid
    int problemPosition() const { return position_; }  // 1-based character; 0 when valid
    const std::vector<std::size_t>& matches() const { return matches_; }  // indices into tracks

    // Checks a query typed since the last check first; accepts only a valid one.
    void accept() override;

private:
    void evaluate();
    void showProblem(const QString& text);

    TagDecider decider_;
    std::vector<std::vector<float>> tracks_;
    QLineEdit* query_;
    QLabel* status_;
    QLabel* excerpt_;
    QCheckBox* relative_;
    QPushButton* ok_;
    QTimer* evaluate_;
    bool valid_ = false;
    QString problem_;
    int position_ = 0;
    std::vector<std::size_t> matches_;
};

}  // namespace tagscope::ui
