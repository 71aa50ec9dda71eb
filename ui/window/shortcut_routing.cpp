#include "ui/window/shortcut_routing.h"

#include <QEvent>
#include <QKeyEvent>
#include <QObject>
#include <QWidget>

namespace tagscope::ui {
namespace {

bool matchesAny(const QKeyEvent& key, const QList<QKeySequence>& sequences) {
    const QKeySequence pressed(key.keyCombination());
    for (const QKeySequence& s : sequences)
        if (s.matches(pressed) == QKeySequence::ExactMatch) return true;
    return false;
}

// An editing key of a text field: never handed to the window.
bool isEditingKey(const QKeyEvent& key) {
    for (QKeySequence::StandardKey k :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
          QKeySequence::Redo, QKeySequence::SelectAll, QKeySequence::Delete,
          QKeySequence::Backspace, QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord,
          QKeySequence::MoveToNextChar, QKeySequence::MoveToPreviousChar,
          QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord,
          QKeySequence::SelectNextChar, QKeySequence::SelectPreviousChar,
          QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord})
        if (key.matches(k)) return true;
    return false;
}

class ShortcutOverrideFilter : public QObject {
public:
    ShortcutOverrideFilter(QWidget* widget, QList<QKeySequence> keys, bool widgetKeeps)
        : QObject(widget), keys_(std::move(keys)), widgetKeeps_(widgetKeeps) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride) return QObject::eventFilter(watched, event);
        const auto& key = static_cast<const QKeyEvent&>(*event);
        if (!matchesAny(key, keys_)) return false;
        if (widgetKeeps_) {
            event->accept();  // the widget's keyPressEvent gets it
            return true;
        }
        if (isEditingKey(key)) return false;
        event->ignore();  // not taken by the field: the window's shortcut fires
        return true;
    }

private:
    QList<QKeySequence> keys_;
    bool widgetKeeps_;
};

}  // namespace

void letShortcutsThrough(QWidget* textField, const QList<QKeySequence>& shortcuts) {
    textField->installEventFilter(new ShortcutOverrideFilter(textField, shortcuts, false));
}

void keepKeys(QWidget* widget, const QList<QKeySequence>& keys) {
    widget->installEventFilter(new ShortcutOverrideFilter(widget, keys, true));
}

}  // namespace tagscope::ui
