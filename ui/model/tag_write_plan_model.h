#pragma once
// A write plan (engine/tagwrite/tag_write_session.h) as a tree for the preview: one row per file
// — first those that change, then those with nothing to change, then those that cannot be
// written, with the reason — and under each file that changes, one row per field that changes:
// current value → new value. Files and fields are checkable (a file is partly checked when some
// of its fields are); checkedPlan() is the plan without what is unchecked. A new plan of the
// same files (the other mode) keeps what was unchecked.

#include <QAbstractItemModel>
#include <QSet>
#include <QString>
#include <vector>

#include "engine/tagwrite/tag_write_session.h"

namespace tagscope::ui {

class TagWritePlanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CurrentColumn, NewColumn, ColumnCount };
    enum class RowKind { ChangingFile, UnchangedFile, Failure, Field };
    static constexpr int RowKindRole = Qt::UserRole + 1;  // a RowKind
    static constexpr int PathRole = Qt::UserRole + 2;     // the file's path, as planned

    explicit TagWritePlanModel(QObject* parent = nullptr);

    void setPlan(WritePlan plan);
    const WritePlan& plan() const { return plan_; }
    // The plan without the unchecked files, and with the unchecked fields left as they are.
    WritePlan checkedPlan() const;
    int checkedFieldCount() const;
    int checkedFileCount() const;

    // The row of a file (of any kind), or an invalid index.
    QModelIndex fileIndex(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    static constexpr quintptr kTopLevel = ~quintptr(0);

    struct FileRow {
        RowKind kind = RowKind::ChangingFile;
        std::size_t entry = 0;              // into plan_.files, or plan_.failures for a Failure
        std::vector<std::size_t> changing;  // into the file's fields: those that change
        std::vector<bool> checked;          // per changing field
    };

    QString pathOf(const FileRow& row) const;
    Qt::CheckState fileCheckState(const FileRow& row) const;
    QVariant fileData(const FileRow& row, int column, int role) const;
    QVariant fieldData(const FileRow& row, std::size_t field, int column, int role) const;
    void setChecked(int fileRow, std::vector<std::size_t> fields, bool checked);

    WritePlan plan_;
    std::vector<FileRow> rows_;
    QSet<QString> uncheckedFields_;  // "path\nFIELD": kept across plans of the same files
};

}  // namespace tagscope::ui
