#pragma once

#include "sheetsin/SheetGrid.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace pd {

/// Where a responsible unit's sheet keeps what it says, found again in a sheet saved by
/// Excel, WPS or LibreOffice: the header row by its Chinese headers (columns in any order,
/// extra ones, rows before it), and the unit, round and as-of date from the title above it
/// ("牵头单位：X　　填报轮次：2024-06　　截至日期：2024-06-30", in any order, in one merged
/// cell or several).
///
/// A unit's task sheet (XlsxSheets' "X·工作任务") is found the same way, by the headers 编码
/// and 工作任务 with 本期状态 or 进展情况; kind says which of the two a sheet is.
class SheetLayout
{
public:
    /// The columns of XlsxSheets' unit sheet, in its order.
    enum Column
    {
        Code,      ///< 编码
        Name,      ///< 指标
        Target,    ///< 目标
        Unit,      ///< 单位
        LastValue, ///< 上次数值
        LastDate,  ///< 上次日期
        Value,     ///< 本期数值
        Date,      ///< 截至日期
        Progress,  ///< 进展情况
        Problems,  ///< 存在问题
        NextSteps, ///< 下步打算
        ColumnCount
    };
    /// The header a column has on the sheets going out.
    static QString header(Column column);

    /// The columns of XlsxSheets' task sheet, in its order.
    enum class TaskColumn
    {
        Code,         ///< 编码
        Text,         ///< 工作任务
        Deadline,     ///< 完成时限
        LastStatus,   ///< 上次状态
        LastProgress, ///< 上次进展情况
        LastDate,     ///< 上次日期
        Status,       ///< 本期状态
        Date,         ///< 截至日期
        Progress,     ///< 进展情况
        Count
    };
    static constexpr int TaskColumnCount = int(TaskColumn::Count);
    static QString header(TaskColumn column);

    enum class Kind
    {
        Indicators, ///< a unit's sheet of indicators (columns)
        Tasks,      ///< a unit's task sheet (taskColumns)
    };

    /// What the title row says; each part empty when it does not say it.
    struct Title
    {
        QString unit;   ///< 牵头单位
        QString round;  ///< 填报轮次 as YYYY-MM
        QDate roundEnd; ///< the round's last day
        QDate asOf;     ///< 截至日期
    };
    /// Reads the labelled parts of a title, in any order, separated by anything.
    static Title parseTitle(const QString &text);

    /// The layout of a sheet, or nullopt when no row among the first holds the headers 编码
    /// and 本期数值 (an indicator sheet) or 编码, 工作任务 and 本期状态 or 进展情况 (a task
    /// sheet).
    static std::optional<SheetLayout> find(const SheetGrid &grid);

    /// A header as compared: no spaces or line breaks, full-width forms folded, a note in
    /// brackets and a required-field star left out ("本期\n数值（万元）*" → "本期数值").
    static QString normalizedHeader(const QString &text);

    Kind kind = Kind::Indicators;
    int headerRow = -1;
    /// The sheet's column of each Column, -1 when the sheet has none (all -1 on a task sheet).
    std::array<int, ColumnCount> columns{};
    /// The sheet's column of each TaskColumn, -1 when it has none (all -1 on an indicator
    /// sheet).
    std::array<int, TaskColumnCount> taskColumns{};
    Title title;

    /// The first row that holds no title or header.
    int firstDataRow() const { return headerRow + 1; }
    int column(Column c) const { return columns[std::size_t(c)]; }
    int column(TaskColumn c) const { return taskColumns[std::size_t(c)]; }
};

} // namespace pd
