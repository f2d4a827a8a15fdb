#include "sheetsin/SheetLayout.h"

#include "sheetsin/SheetDate.h"

#include <QRegularExpression>

namespace pd {
namespace {

/// How many rows a header row may be preceded by (titles, notes, empty rows).
constexpr int MaxRowsBeforeHeader = 50;

/// Other words units write for the same column: 截止 for 截至 (the most common slip),
/// 下一步 for 下步 …
const std::vector<std::pair<SheetLayout::Column, QString>> &synonyms()
{
    static const std::vector<std::pair<SheetLayout::Column, QString>> list{
        {SheetLayout::Code, QStringLiteral("指标编码")},
        {SheetLayout::Code, QStringLiteral("编号")},
        {SheetLayout::Name, QStringLiteral("指标名称")},
        {SheetLayout::Value, QStringLiteral("本期值")},
        {SheetLayout::Value, QStringLiteral("本期完成")},
        {SheetLayout::Value, QStringLiteral("本期完成值")},
        {SheetLayout::Date, QStringLiteral("截止日期")},
        {SheetLayout::Date, QStringLiteral("截至时间")},
        {SheetLayout::Date, QStringLiteral("截止时间")},
        {SheetLayout::Progress, QStringLiteral("工作进展")},
        {SheetLayout::Progress, QStringLiteral("进展")},
        {SheetLayout::Problems, QStringLiteral("存在的问题")},
        {SheetLayout::NextSteps, QStringLiteral("下一步打算")},
        {SheetLayout::NextSteps, QStringLiteral("下步工作打算")},
        {SheetLayout::NextSteps, QStringLiteral("下一步工作打算")},
    };
    return list;
}

/// The same for the task sheets' columns.
const std::vector<std::pair<SheetLayout::TaskColumn, QString>> &taskSynonyms()
{
    using T = SheetLayout::TaskColumn;
    static const std::vector<std::pair<T, QString>> list{
        {T::Code, QStringLiteral("任务编码")},
        {T::Code, QStringLiteral("编号")},
        {T::Text, QStringLiteral("任务")},
        {T::Text, QStringLiteral("重点任务")},
        {T::Text, QStringLiteral("任务内容")},
        {T::Text, QStringLiteral("工作任务内容")},
        {T::Text, QStringLiteral("重点工作任务")},
        {T::Deadline, QStringLiteral("时限")},
        {T::Deadline, QStringLiteral("完成时间")},
        {T::Status, QStringLiteral("状态")},
        {T::Status, QStringLiteral("完成状态")},
        {T::Status, QStringLiteral("推进状态")},
        {T::Status, QStringLiteral("当前状态")},
        {T::Status, QStringLiteral("本期完成状态")},
        {T::Date, QStringLiteral("截止日期")},
        {T::Date, QStringLiteral("截至时间")},
        {T::Date, QStringLiteral("截止时间")},
        {T::Progress, QStringLiteral("工作进展")},
        {T::Progress, QStringLiteral("进展")},
        {T::Progress, QStringLiteral("推进情况")},
        {T::Progress, QStringLiteral("本期进展情况")},
        {T::Progress, QStringLiteral("本期进展")},
    };
    return list;
}

std::optional<SheetLayout::TaskColumn> taskColumnOf(const QString &normalized)
{
    if (normalized.isEmpty())
        return std::nullopt;
    for (int c = 0; c < SheetLayout::TaskColumnCount; ++c) {
        if (normalized == SheetLayout::header(SheetLayout::TaskColumn(c)))
            return SheetLayout::TaskColumn(c);
    }
    for (const auto &[column, word] : taskSynonyms()) {
        if (normalized == word)
            return column;
    }
    return std::nullopt;
}

std::optional<SheetLayout::Column> columnOf(const QString &normalized)
{
    if (normalized.isEmpty())
        return std::nullopt;
    for (int c = 0; c < SheetLayout::ColumnCount; ++c) {
        if (normalized == SheetLayout::header(SheetLayout::Column(c)))
            return SheetLayout::Column(c);
    }
    for (const auto &[column, word] : synonyms()) {
        if (normalized == word)
            return column;
    }
    return std::nullopt;
}

/// YYYY-MM from "2024-06", "2024-6", "2024/06", "2024.6", "2024年6月"; empty otherwise.
QString roundOf(const QString &text, QDate *end)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})\\s*(?:[-/.]|年)\\s*([0-9]{1,2})\\s*月?"));
    const auto match = pattern.match(text.normalized(QString::NormalizationForm_KC).trimmed());
    if (!match.hasMatch())
        return {};
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid())
        return {};
    *end = first.addMonths(1).addDays(-1);
    return first.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QString SheetLayout::header(Column column)
{
    switch (column) {
    case Code:
        return QStringLiteral("编码");
    case Name:
        return QStringLiteral("指标");
    case Target:
        return QStringLiteral("目标");
    case Unit:
        return QStringLiteral("单位");
    case LastValue:
        return QStringLiteral("上次数值");
    case LastDate:
        return QStringLiteral("上次日期");
    case Value:
        return QStringLiteral("本期数值");
    case Date:
        return QStringLiteral("截至日期");
    case Progress:
        return QStringLiteral("进展情况");
    case Problems:
        return QStringLiteral("存在问题");
    case NextSteps:
        return QStringLiteral("下步打算");
    case ColumnCount:
        break;
    }
    return QString();
}

QString SheetLayout::header(TaskColumn column)
{
    switch (column) {
    case TaskColumn::Code:
        return QStringLiteral("编码");
    case TaskColumn::Text:
        return QStringLiteral("工作任务");
    case TaskColumn::Deadline:
        return QStringLiteral("完成时限");
    case TaskColumn::LastStatus:
        return QStringLiteral("上次状态");
    case TaskColumn::LastProgress:
        return QStringLiteral("上次进展情况");
    case TaskColumn::LastDate:
        return QStringLiteral("上次日期");
    case TaskColumn::Status:
        return QStringLiteral("本期状态");
    case TaskColumn::Date:
        return QStringLiteral("截至日期");
    case TaskColumn::Progress:
        return QStringLiteral("进展情况");
    case TaskColumn::Count:
        break;
    }
    return QString();
}

QString SheetLayout::normalizedHeader(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    t.remove(QLatin1Char('*'));
    // A note in brackets after the header: 本期数值(万元), 截至日期（yyyy-mm-dd）
    static const QRegularExpression note(QStringLiteral("[(\\[【〔].*$"));
    t.remove(note);
    return t;
}

SheetLayout::Title SheetLayout::parseTitle(const QString &text)
{
    Title title;
    const QString t = text.normalized(QString::NormalizationForm_KC); // ： becomes :
    static const QRegularExpression label(QStringLiteral(
        "(牵头单位|责任单位|填报单位|填报轮次|报送轮次|轮次|截至日期|截止日期)\\s*:\\s*"));
    std::vector<QRegularExpressionMatch> labels;
    for (auto it = label.globalMatch(t); it.hasNext();)
        labels.push_back(it.next());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const qsizetype from = labels[i].capturedEnd();
        const qsizetype to = i + 1 < labels.size() ? labels[i + 1].capturedStart() : t.size();
        // The value runs to the next label; the spaces between the parts are no part of it.
        QString value = t.mid(from, to - from).trimmed();
        const qsizetype gap = value.indexOf(QRegularExpression(QStringLiteral("\\s{2,}|\\t")));
        if (gap > 0)
            value = value.left(gap);
        const QString name = labels[i].captured(1);
        if (name.endsWith(QStringLiteral("单位"))) {
            if (title.unit.isEmpty())
                title.unit = value;
        } else if (name.contains(QStringLiteral("轮次"))) {
            title.round = roundOf(value, &title.roundEnd);
        } else {
            title.asOf = SheetDate::fromText(value);
        }
    }
    return title;
}

std::optional<SheetLayout> SheetLayout::find(const SheetGrid &grid)
{
    for (const int row : grid.rows()) {
        if (row > MaxRowsBeforeHeader)
            break;
        SheetLayout layout;
        layout.columns.fill(-1);
        layout.taskColumns.fill(-1);
        const int last = grid.lastColumn(row);
        for (int c = 0; c <= last; ++c) {
            const SheetCell &cell = grid.cell(row, c);
            if (cell.type != SheetCell::Type::Text)
                continue;
            const QString normalized = normalizedHeader(cell.text);
            const std::optional<Column> column = columnOf(normalized);
            if (column && layout.columns[std::size_t(*column)] < 0)
                layout.columns[std::size_t(*column)] = c;
            const std::optional<TaskColumn> taskColumn = taskColumnOf(normalized);
            if (taskColumn && layout.taskColumns[std::size_t(*taskColumn)] < 0)
                layout.taskColumns[std::size_t(*taskColumn)] = c;
        }
        const bool indicators = layout.column(Code) >= 0 && layout.column(Value) >= 0;
        const bool tasks =
            !indicators && layout.column(TaskColumn::Code) >= 0 &&
            layout.column(TaskColumn::Text) >= 0 &&
            (layout.column(TaskColumn::Status) >= 0 || layout.column(TaskColumn::Progress) >= 0);
        if (!indicators && !tasks)
            continue;
        layout.kind = tasks ? Kind::Tasks : Kind::Indicators;
        if (tasks)
            layout.columns.fill(-1);
        else
            layout.taskColumns.fill(-1);
        layout.headerRow = row;
        // The title: every cell above the header, merged or not, read as one text.
        QStringList parts;
        for (const int above : grid.rows()) {
            if (above >= row)
                break;
            for (int c = 0; c <= grid.lastColumn(above); ++c) {
                const SheetCell &cell = grid.cell(above, c);
                if (!cell.isEmpty())
                    parts << cell.displayText();
            }
        }
        layout.title = parseTitle(parts.join(QStringLiteral("    ")));
        return layout;
    }
    return std::nullopt;
}

} // namespace pd
