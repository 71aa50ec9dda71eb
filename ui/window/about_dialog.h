#pragma once
// Help ▸ About Tagscope: what it is, whose work it stands on, the licences.

class QWidget;

namespace tagscope::ui {

void showAboutDialog(QWidget* parent);

}  // namespace tagscope::ui
