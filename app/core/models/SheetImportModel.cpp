#include "models/SheetImportModel.h"

#include "plan/ProgressText.h"
#include "sheetsin/SheetLayout.h"

namespace pd {
namespace {

QString figure(const SheetImportRow &row, double value)
{
    const QString unit = row.cells.value(SheetLayout::Unit).trimmed();
    const QString number = ProgressText::number(value);
    if (unit.isEmpty())
        return number;
    return unit.startsWith(QLatin1Char('%')) ? number + unit : number + QLatin1Char(' ') + unit;
}

QString texts(const SheetImportRow &row)
{
    QStringList parts;
    for (const int c :
         {int(SheetLayout::Progress), int(SheetLayout::Problems), int(SheetLayout::NextSteps)}) {
        const QString text = row.cells.value(c).simplified();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(" / "));
}

QString taskCell(const SheetImportRow &row, SheetLayout::TaskColumn column)
{
    return row.cells.value(int(column));
}

/// What a task row changes: the status, the month's 进展情况.
QString taskChange(const SheetImportRow &row)
{
    const TaskChange &change = row.task;
    QStringList parts;
    if (change.statusBefore != change.statusAfter)
        parts << SheetImportModel::tr("status %1 → %2")
                     .arg(TaskStatusStyle::label(change.statusBefore),
                          TaskStatusStyle::label(change.statusAfter));
    const QString month = row.taskDate.toString(QStringLiteral("yyyy-MM"));
    if (change.entryAfter && !change.entryBefore)
        parts << SheetImportModel::tr("new 进展情况 for %1").arg(month);
    else if (change.entryAfter && change.entryBefore &&
             change.entryAfter->text != change.entryBefore->text)
        parts << SheetImportModel::tr("the 进展情况 of %1 replaced").arg(month);
    return parts.join(QStringLiteral("; "));
}

} // namespace

SheetImportModel::SheetImportModel(QObject *parent) : QAbstractTableModel(parent) {}

void SheetImportModel::setImport(const SheetImport &import)
{
    beginResetModel();
    m_import = import;
    m_rows.clear();
    for (const SheetImportFile &file : m_import.files) {
        for (const SheetImportRow &row : file.rows)
            m_rows.push_back(&row);
    }
    endResetModel();
}

QString SheetImportModel::stateName(SheetRowState state)
{
    switch (state) {
    case SheetRowState::New:
        return tr("New");
    case SheetRowState::Changed:
        return tr("Changed");
    case SheetRowState::Unchanged:
        return tr("Unchanged");
    case SheetRowState::Refused:
        break;
    }
    return tr("Refused");
}

int SheetImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const SheetImportRow &r = *m_rows[std::size_t(index.row())];
    if (role == StateRole)
        return int(r.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool refused = r.state == SheetRowState::Refused;
    if (r.isTask) {
        using T = SheetLayout::TaskColumn;
        switch (index.column()) {
        case FigureColumn:
            // The status as written; none written keeps the recorded one.
            if (refused || taskCell(r, T::Status).isEmpty())
                return taskCell(r, T::Status);
            return TaskStatusStyle::label(r.task.statusAfter);
        case DateColumn:
            return refused ? taskCell(r, T::Date) : r.taskDate.toString(Qt::ISODate);
        case TextsColumn:
            if (role == Qt::ToolTipRole && !taskCell(r, T::Progress).isEmpty())
                return SheetLayout::header(T::Progress) + QStringLiteral("：") +
                       taskCell(r, T::Progress);
            return taskCell(r, T::Progress).simplified();
        case DetailColumn:
            if (refused || !r.reason.isEmpty())
                return r.reason;
            if (r.state == SheetRowState::Unchanged)
                return tr("Already recorded");
            return taskChange(r);
        default:
            break; // as for an indicator's row
        }
    }
    switch (index.column()) {
    case StateColumn:
        return stateName(r.state);
    case PlaceColumn:
        return role == Qt::ToolTipRole
                   ? tr("%1, sheet %2, row %3").arg(r.fileName, r.sheet).arg(r.row)
                   : tr("%1 · row %2").arg(r.fileName).arg(r.row);
    case CodeColumn:
        return r.code;
    case NameColumn:
        return r.name;
    case FigureColumn:
        if (refused || (r.cells.value(SheetLayout::Value).isEmpty() && r.before))
            return r.cells.value(SheetLayout::Value);
        return figure(r, r.after.value);
    case DateColumn:
        if (refused)
            return r.cells.value(SheetLayout::Date);
        return r.after.date.toString(Qt::ISODate);
    case TextsColumn:
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const int c : {int(SheetLayout::Progress), int(SheetLayout::Problems),
                                int(SheetLayout::NextSteps)}) {
                if (!r.cells.value(c).isEmpty())
                    lines << SheetLayout::header(SheetLayout::Column(c)) + QStringLiteral("：") +
                                 r.cells.value(c);
            }
            return lines.join(QLatin1Char('\n'));
        }
        return texts(r);
    case DetailColumn:
        if (refused || !r.reason.isEmpty())
            return r.reason;
        if (r.state == SheetRowState::Changed && r.before) {
            if (r.before->value != r.after.value)
                return tr("%1 → %2 on %3")
                    .arg(figure(r, r.before->value), figure(r, r.after.value),
                         r.after.date.toString(Qt::ISODate));
            return tr("New texts for the figure of %1").arg(r.after.date.toString(Qt::ISODate));
        }
        if (r.state == SheetRowState::Unchanged)
            return tr("Already recorded");
        return QString();
    default:
        return {};
    }
}

QVariant SheetImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case PlaceColumn:
        return tr("File · Row");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Indicator / Task");
    case FigureColumn:
        return tr("Figure / Status");
    case DateColumn:
        return tr("Date");
    case TextsColumn:
        return tr("Progress / Problems / Next steps");
    case DetailColumn:
        return tr("Reason / Change");
    default:
        return {};
    }
}

} // namespace pd
