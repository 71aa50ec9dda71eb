#pragma once
// Who gets a key when a window shortcut and a focused widget both want it. Qt gives it to the
// widget when the widget accepts the ShortcutOverride event (a line edit takes Ctrl+E, "end of
// line" on X11, so Export never fired from the filter box; a slider takes nothing, so its
// arrows would seek instead of moving it). These filters decide per widget.

#include <QKeySequence>
#include <QList>

class QWidget;

namespace tagscope::ui {

// Text fields: these window shortcuts win even while typing (typing keys — letters, Space,
// arrows, the editing shortcuts such as Ctrl+A/C/V/X/Z — stay with the field).
void letShortcutsThrough(QWidget* textField, const QList<QKeySequence>& shortcuts);

// Widgets that need these keys themselves (e.g. a volume slider's arrows): they win over
// window shortcuts while the widget has focus.
void keepKeys(QWidget* widget, const QList<QKeySequence>& keys);

}  // namespace tagscope::ui
