#include "ui/model/tag_write_plan_model.h"

#include <QColor>
#include <QFileInfo>
#include <algorithm>

namespace tagscope::ui {
namespace {

QString fieldKey(const QString& path, TagField field) {
    return path + QLatin1Char('\n') + QString::fromUtf8(tagFieldName(field));
}

QString shown(const FieldValues& values) {
    return values.empty() ? TagWritePlanModel::tr("(none)")
                          : QString::fromStdString(joinValues(values));
}

// The engine names the file first ("PATH: reason"); the row shows the file already.
QString reasonOf(const TagFailure& failure) {
    const QString error = QString::fromStdString(failure.error);
    const QString prefix = QString::fromStdString(failure.file) + QStringLiteral(": ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

}  // namespace

TagWritePlanModel::TagWritePlanModel(QObject* parent) : QAbstractItemModel(parent) {}

void TagWritePlanModel::setPlan(WritePlan plan) {
    beginResetModel();
    plan_ = std::move(plan);
    rows_.clear();
    std::vector<FileRow> unchanged;
    for (std::size_t i = 0; i < plan_.files.size(); ++i) {
        const FileWritePlan& file = plan_.files[i];
        const QString path = QString::fromStdString(file.path);
        FileRow row{RowKind::ChangingFile, i, {}, {}};
        for (std::size_t f = 0; f < file.fields.size(); ++f)
            if (file.fields[f].changes()) {
                row.changing.push_back(f);
                row.checked.push_back(
                    !uncheckedFields_.contains(fieldKey(path, file.fields[f].field)));
            }
        if (row.changing.empty()) {
            row.kind = RowKind::UnchangedFile;
            unchanged.push_back(std::move(row));
        } else {
            rows_.push_back(std::move(row));
        }
    }
    rows_.insert(rows_.end(), unchanged.begin(), unchanged.end());
    for (std::size_t i = 0; i < plan_.failures.size(); ++i)
        rows_.push_back({RowKind::Failure, i, {}, {}});
    endResetModel();
    emit checkedChanged();
}

WritePlan TagWritePlanModel::checkedPlan() const {
    WritePlan checked;
    checked.mode = plan_.mode;
    checked.warnings = plan_.warnings;
    for (const FileRow& row : rows_) {
        if (row.kind != RowKind::ChangingFile || fileCheckState(row) == Qt::Unchecked) continue;
        FileWritePlan file = plan_.files[row.entry];
        for (std::size_t k = 0; k < row.changing.size(); ++k)
            if (!row.checked[k]) {
                FieldChange& change = file.fields[row.changing[k]];
                change.next = change.current;  // left as it is
            }
        checked.files.push_back(std::move(file));
    }
    return checked;
}

int TagWritePlanModel::checkedFieldCount() const {
    int count = 0;
    for (const FileRow& row : rows_)
        count += int(std::count(row.checked.begin(), row.checked.end(), true));
    return count;
}

int TagWritePlanModel::checkedFileCount() const {
    return int(std::count_if(rows_.begin(), rows_.end(), [this](const FileRow& row) {
        return row.kind == RowKind::ChangingFile && fileCheckState(row) != Qt::Unchecked;
    }));
}

QModelIndex TagWritePlanModel::fileIndex(const QString& path) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (pathOf(rows_[r]) == path) return index(int(r), NameColumn);
    return {};
}

QString TagWritePlanModel::pathOf(const FileRow& row) const {
    return QString::fromStdString(row.kind == RowKind::Failure ? plan_.failures[row.entry].file
                                                               : plan_.files[row.entry].path);
}

Qt::CheckState TagWritePlanModel::fileCheckState(const FileRow& row) const {
    const auto checked = std::count(row.checked.begin(), row.checked.end(), true);
    if (checked == 0) return Qt::Unchecked;
    return std::size_t(checked) == row.checked.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex TagWritePlanModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (!parent.isValid())
        return row < int(rows_.size()) ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= int(rows_.size())) return {};
    if (row >= int(rows_[parent.row()].changing.size())) return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex TagWritePlanModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel) return {};
    return createIndex(int(child.internalId()), NameColumn, kTopLevel);
}

int TagWritePlanModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return int(rows_.size());
    if (parent.internalId() != kTopLevel || parent.column() != NameColumn) return 0;
    return int(rows_[parent.row()].changing.size());
}

int TagWritePlanModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant TagWritePlanModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    if (index.internalId() == kTopLevel) return fileData(rows_[index.row()], index.column(), role);
    return fieldData(rows_[index.internalId()], std::size_t(index.row()), index.column(), role);
}

QVariant TagWritePlanModel::fileData(const FileRow& row, int column, int role) const {
    const QString path = pathOf(row);
    if (role == RowKindRole) return int(row.kind);
    if (role == PathRole) return path;
    if (role == Qt::ToolTipRole)
        return row.kind == RowKind::Failure
                   ? QString::fromStdString(plan_.failures[row.entry].error)
                   : path;
    if (role == Qt::CheckStateRole && column == NameColumn && row.kind == RowKind::ChangingFile)
        return fileCheckState(row);
    if (role == Qt::ForegroundRole && row.kind == RowKind::Failure) return QColor(0xe5, 0x39, 0x35);
    if (role != Qt::DisplayRole) return {};
    switch (column) {
        case NameColumn:
            return QFileInfo(path).fileName();
        case CurrentColumn:
            if (row.kind == RowKind::Failure) return reasonOf(plan_.failures[row.entry]);
            if (row.kind == RowKind::UnchangedFile) return tr("nothing to change");
            return tr("%n field(s) to change", nullptr, int(row.changing.size()));
        default:
            return {};
    }
}

QVariant TagWritePlanModel::fieldData(const FileRow& row, std::size_t field, int column,
                                      int role) const {
    const FieldChange& change = plan_.files[row.entry].fields[row.changing[field]];
    if (role == RowKindRole) return int(RowKind::Field);
    if (role == PathRole) return pathOf(row);
    if (role == Qt::CheckStateRole && column == NameColumn)
        return row.checked[field] ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (column) {
        case NameColumn:
            return QString::fromUtf8(tagFieldName(change.field));
        case CurrentColumn:
            return shown(change.current);
        case NewColumn:
            return shown(change.next);
        default:
            return {};
    }
}

bool TagWritePlanModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool checked = value.value<Qt::CheckState>() != Qt::Unchecked;
    if (index.internalId() == kTopLevel) {
        const FileRow& row = rows_[index.row()];
        if (row.kind != RowKind::ChangingFile) return false;
        std::vector<std::size_t> all(row.changing.size());
        for (std::size_t k = 0; k < all.size(); ++k) all[k] = k;
        setChecked(index.row(), std::move(all), checked);
    } else {
        setChecked(int(index.internalId()), {std::size_t(index.row())}, checked);
    }
    return true;
}

void TagWritePlanModel::setChecked(int fileRow, std::vector<std::size_t> fields, bool checked) {
    FileRow& row = rows_[fileRow];
    const QString path = pathOf(row);
    for (std::size_t k : fields) {
        row.checked[k] = checked;
        const QString key = fieldKey(path, plan_.files[row.entry].fields[row.changing[k]].field);
        if (checked)
            uncheckedFields_.remove(key);
        else
            uncheckedFields_.insert(key);
    }
    const QModelIndex file = index(fileRow, NameColumn);
    emit dataChanged(file, file, {Qt::CheckStateRole});
    if (!row.changing.empty())
        emit dataChanged(index(0, NameColumn, file),
                         index(int(row.changing.size()) - 1, NameColumn, file),
                         {Qt::CheckStateRole});
    emit checkedChanged();
}

Qt::ItemFlags TagWritePlanModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool file = index.internalId() == kTopLevel;
    const bool checkable =
        index.column() == NameColumn && (!file || rows_[index.row()].kind == RowKind::ChangingFile);
    if (checkable) flags |= Qt::ItemIsUserCheckable;
    if (file && rows_[index.row()].kind == RowKind::UnchangedFile) flags &= ~Qt::ItemIsEnabled;
    return flags;
}

QVariant TagWritePlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return tr("File / field");
        case CurrentColumn:
            return tr("Current value");
        case NewColumn:
            return tr("New value");
        default:
            return {};
    }
}

}  // namespace tagscope::ui
