#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace pd {

/// One cell of a sheet as read from a workbook or a CSV file.
struct SheetCell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Boolean,
        Error, ///< #N/A, #VALUE!…: the text holds it
    };
    Type type = Type::Empty;
    QString text;      ///< Text and Error; empty otherwise
    double number = 0; ///< Number (a date's serial number too) and Boolean (0 or 1)
    /// A number formatted as a date (built-in formats 14–22, a custom format with y, m or d),
    /// and that date; invalid for other cells.
    QDate date;
    bool percent = false; ///< a number formatted as a percentage (0.065 shown as 6.5%)

    bool isEmpty() const
    {
        return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty());
    }
    /// What the cell shows, plainly: the text, a number as 1234.5, a date as 2024-06-30, a
    /// percentage as 6.5%, TRUE or FALSE.
    QString displayText() const;
};

/// A merged range, 0-based and inclusive.
struct SheetRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
};

/// One sheet's cells, sparse (a sheet may name cell XFD1048576 and hold ten others), rows and
/// columns 0-based as stored; the user sees row + 1.
class SheetGrid
{
public:
    QString name;          ///< the sheet's name (a CSV file's name without its suffix)
    bool hidden = false;   ///< hidden in the workbook
    bool date1904 = false; ///< serial numbers count from 1904-01-01 (old Mac workbooks)
    std::vector<SheetRange> merged;

    void setCell(int row, int column, const SheetCell &cell);
    /// The cell, or an empty one.
    const SheetCell &cell(int row, int column) const;
    /// The cell, or for a cell inside a merged range the range's first cell (which holds
    /// what the merged cell shows).
    const SheetCell &shownCell(int row, int column) const;
    /// The row numbers that hold cells, in order.
    std::vector<int> rows() const;
    /// The last column with a cell in row, -1 for none.
    int lastColumn(int row) const;
    /// True when no cell holds anything.
    bool isEmpty() const;
    std::size_t cellCount() const { return m_count; }

private:
    std::map<int, std::map<int, SheetCell>> m_cells;
    std::size_t m_count = 0;
};

} // namespace pd
