#pragma once

#include "sheetsin/SheetImportTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace pd {

/// Every row of an import's preview as a table: its state, where it is (file and row), the
/// indicator, the figure and date, the round's texts, and why it is refused or what changes.
/// A task row shows the task's text, the status written, the date and its 进展情况.
/// Read only; the preview dialog filters it by state (StateRole).
class SheetImportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StateColumn,
        PlaceColumn, ///< file · row
        CodeColumn,
        NameColumn,
        FigureColumn,
        DateColumn,
        TextsColumn,  ///< 进展情况 / 存在问题 / 下步打算
        DetailColumn, ///< the reason, or before → after
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, ///< SheetRowState as int
    };

    explicit SheetImportModel(QObject *parent = nullptr);

    void setImport(const SheetImport &import);
    const SheetImport &import() const { return m_import; }
    const SheetImportRow &row(int row) const { return *m_rows.at(std::size_t(row)); }

    /// The state's name as the table shows it: New, Changed, Unchanged, Refused.
    static QString stateName(SheetRowState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SheetImport m_import;
    std::vector<const SheetImportRow *> m_rows;
};

} // namespace pd
