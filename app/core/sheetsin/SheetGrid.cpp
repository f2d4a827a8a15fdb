#include "sheetsin/SheetGrid.h"

#include <QLocale>

namespace pd {

QString SheetCell::displayText() const
{
    switch (type) {
    case Type::Empty:
        return QString();
    case Type::Text:
    case Type::Error:
        return text;
    case Type::Boolean:
        return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Number:
        break;
    }
    if (date.isValid())
        return date.toString(Qt::ISODate);
    // 12 significant digits: what the sheet shows, without binary noise (0.1 + 0.2).
    if (percent)
        return QLocale::c().toString(number * 100, 'g', 12) + QLatin1Char('%');
    return QLocale::c().toString(number, 'g', 12);
}

void SheetGrid::setCell(int row, int column, const SheetCell &cell)
{
    auto &line = m_cells[row];
    if (line.find(column) == line.end())
        ++m_count;
    line[column] = cell;
}

const SheetCell &SheetGrid::cell(int row, int column) const
{
    static const SheetCell empty;
    const auto line = m_cells.find(row);
    if (line == m_cells.end())
        return empty;
    const auto found = line->second.find(column);
    return found == line->second.end() ? empty : found->second;
}

const SheetCell &SheetGrid::shownCell(int row, int column) const
{
    for (const SheetRange &range : merged) {
        if (range.contains(row, column))
            return cell(range.firstRow, range.firstColumn);
    }
    return cell(row, column);
}

std::vector<int> SheetGrid::rows() const
{
    std::vector<int> result;
    result.reserve(m_cells.size());
    for (const auto &[row, cells] : m_cells) {
        if (!cells.empty())
            result.push_back(row);
    }
    return result;
}

int SheetGrid::lastColumn(int row) const
{
    const auto line = m_cells.find(row);
    if (line == m_cells.end() || line->second.empty())
        return -1;
    return line->second.rbegin()->first;
}

bool SheetGrid::isEmpty() const
{
    for (const auto &[row, cells] : m_cells) {
        for (const auto &[column, cell] : cells) {
            if (!cell.isEmpty())
                return false;
        }
    }
    return true;
}

} // namespace pd
