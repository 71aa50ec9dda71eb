#pragma once
// The folders kept in the library: a list to see them, add one, remove the selected one, or
// rescan them all. Changes take effect at once (through the Library).

#include <QDialog>

class QListWidget;
class QPushButton;

namespace tagscope::ui {

class Library;

class LibraryFoldersDialog : public QDialog {
    Q_OBJECT
public:
    LibraryFoldersDialog(Library& library, QString startFolder, QWidget* parent = nullptr);

private:
    void showFolders();
    void addFolder();
    void removeSelected();

    Library& library_;
    QString startFolder_;
    QListWidget* list_ = nullptr;
    QPushButton* removeButton_ = nullptr;
};

}  // namespace tagscope::ui
