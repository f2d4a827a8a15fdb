#include "sheetsin/SheetImportPreview.h"

#include "export/XlsxSheets.h"
#include "plan/EntryCheck.h"
#include "plan/InputParsing.h"
#include "plan/ProgressText.h"
#include "sheetsin/ImportedSheets.h"
#include "sheetsin/SheetDate.h"
#include "sheetsin/SheetFileReader.h"
#include "sheetsin/SheetLayout.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <map>

namespace pd {
namespace {

using Column = SheetLayout::Column;

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

/// The three texts of a round as the sheet gives them (empty: not filled in).
struct Texts
{
    QString progress;
    QString problems;
    QString nextSteps;
    bool isEmpty() const { return progress.isEmpty() && problems.isEmpty() && nextSteps.isEmpty(); }
    /// m with the texts given here written over its own.
    Measurement over(Measurement m) const
    {
        if (!progress.isEmpty())
            m.progress = progress;
        if (!problems.isEmpty())
            m.problems = problems;
        if (!nextSteps.isEmpty())
            m.nextSteps = nextSteps;
        return m;
    }
};

bool sameFigure(const Measurement &a, const Measurement &b)
{
    return sameValue(a.value, b.value) && a.progress == b.progress && a.problems == b.problems &&
           a.nextSteps == b.nextSteps;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text.simplified().left(60));
}

/// A figure given earlier in this import, for the rows after it.
struct Planned
{
    QString fileName;
    int row = 0;
    Measurement figure;
};

/// A task's status and 进展情况 given earlier in this import, for the rows after it.
struct PlannedTask
{
    QString fileName;
    int row = 0;
    TaskStatus status = TaskStatus::NotReported;
    QString text;
};

QString monthOf(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

/// A status as a unit writes it: one of the four it reports (the sheets' 未启动, 推进中,
/// 已完成, 滞后, the window's labels, their keys, a few words units use for them).
std::optional<TaskStatus> reportedStatus(const QString &written)
{
    QString text = written.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    if (text.isEmpty())
        return std::nullopt;
    static const std::vector<std::pair<QString, TaskStatus>> words{
        {QStringLiteral("未开始"), TaskStatus::NotStarted},
        {QStringLiteral("尚未启动"), TaskStatus::NotStarted},
        {QStringLiteral("进行中"), TaskStatus::InProgress},
        {QStringLiteral("正在推进"), TaskStatus::InProgress},
        {QStringLiteral("推进"), TaskStatus::InProgress},
        {QStringLiteral("完成"), TaskStatus::Done},
        {QStringLiteral("已完成"), TaskStatus::Done},
        {QStringLiteral("落后"), TaskStatus::Behind},
        {QStringLiteral("延期"), TaskStatus::Behind},
    };
    for (const TaskStatus status :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Behind}) {
        if (text == XlsxSheets::taskStatusText(status) ||
            text.compare(QString(TaskStatusStyle::label(status)).remove(QLatin1Char(' ')),
                         Qt::CaseInsensitive) == 0 ||
            text.compare(taskStatusKey(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    for (const auto &[word, status] : words) {
        if (text == word)
            return status;
    }
    return std::nullopt;
}

/// What a sheet's rows are set against: the plan's indicators and units, the figures recorded
/// and those planned earlier in the import.
class Matcher
{
public:
    explicit Matcher(const PlanStore &store) : m_store(store) {}

    bool load(QString *error)
    {
        QString readError;
        m_year = m_store.planInfo(&readError).year;
        const std::vector<Indicator> indicators = m_store.indicators(&readError);
        const std::vector<ResponsibleUnit> units = m_store.units(&readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        for (const ResponsibleUnit &unit : units) {
            m_units.insert(SheetImportPreview::unitKey(unit.name), unit.name);
            if (!unit.shortName.trimmed().isEmpty())
                m_units.insert(SheetImportPreview::unitKey(unit.shortName), unit.name);
        }
        for (const Indicator &indicator : indicators) {
            m_byCode.insert(indicator.code.trimmed().toUpper(), indicator);
            const QString key = SheetImportPreview::unitKey(indicator.leadUnit);
            if (!key.isEmpty() && !m_units.contains(key))
                m_units.insert(key, indicator.leadUnit.trimmed());
        }
        m_units.insert(SheetImportPreview::unitKey(XlsxSheets::unassignedName()),
                       XlsxSheets::unassignedName());
        // A unit that leads tasks only is a unit of the plan too.
        for (const TaskRecord &task : TaskStore::of(&m_store)->tasks(&readError)) {
            m_taskByCode.insert(task.code.trimmed().toUpper(), task);
            const QString key = SheetImportPreview::unitKey(task.leadUnit);
            if (!key.isEmpty() && !m_units.contains(key))
                m_units.insert(key, task.leadUnit.trimmed());
        }
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        return true;
    }

    /// The plan's name of a unit written on a sheet (its full name for a short one); empty
    /// when the plan has no such unit.
    QString unitNamed(const QString &written) const
    {
        return m_units.value(SheetImportPreview::unitKey(written));
    }

    /// Reads one file into *file; false only when the data file cannot be read.
    bool readFile(const QByteArray &bytes, SheetImportFile *file, QString *error)
    {
        file->sha256 = ImportedSheets::hashOf(bytes);
        if (const auto earlier = m_seen.constFind(file->sha256); earlier != m_seen.constEnd()) {
            file->alreadyImported =
                SheetImportPreview::tr("The same file as %1, byte for byte: left out.")
                    .arg(*earlier);
            return true;
        }
        m_seen.insert(file->sha256, file->fileName);
        QString readError;
        const std::optional<ImportedSheet> before =
            ImportedSheets::find(m_store, file->sha256, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (before) {
            file->alreadyImported =
                SheetImportPreview::tr("Already imported on %1 by %2 (%3 figures), as %4: the "
                                       "same file, byte for byte. Left out.")
                    .arg(QLocale().toString(before->importedAt, QLocale::ShortFormat),
                         before->importedBy)
                    .arg(before->rowCount)
                    .arg(before->fileName);
            return true;
        }
        QString problem;
        const std::vector<SheetGrid> sheets =
            SheetFileReader::read(bytes, file->fileName, &problem);
        if (sheets.empty()) {
            file->error = problem;
            return true;
        }
        bool anySheet = false;
        for (const SheetGrid &grid : sheets) {
            if (grid.isEmpty())
                continue;
            const std::optional<SheetLayout> layout = SheetLayout::find(grid);
            if (!layout) {
                if (sheets.size() > 1)
                    file->notes
                        << SheetImportPreview::tr(
                               "Sheet %1 has no header row (编码 … 本期数值, or 编码, 工作任务 … "
                               "本期状态): left aside.")
                               .arg(quoted(grid.name));
                continue;
            }
            if (grid.hidden) {
                file->notes << SheetImportPreview::tr("Sheet %1 is hidden: left aside.")
                                   .arg(quoted(grid.name));
                continue;
            }
            anySheet = true;
            if (!readSheet(grid, *layout, file, error))
                return false;
        }
        if (!anySheet)
            file->error = SheetImportPreview::tr(
                "No sheet has the header row of a unit's sheet (编码, 指标 … 本期数值, 截至日期) "
                "or of its task sheet (编码, 工作任务 … 本期状态, 截至日期, 进展情况).");
        return true;
    }

private:
    /// The unit a sheet answers for: its title's, else its name's or its file's when that
    /// is a unit. *written is what the sheet says (empty when nothing).
    QString sheetUnit(const SheetGrid &grid, const SheetLayout &layout, const SheetImportFile &file,
                      QString *written) const
    {
        *written = layout.title.unit.trimmed();
        if (!written->isEmpty())
            return unitNamed(*written);
        QString sheetName = grid.name;
        if (layout.kind == SheetLayout::Kind::Tasks &&
            sheetName.endsWith(XlsxSheets::taskSheetSuffix()))
            sheetName.chop(XlsxSheets::taskSheetSuffix().size());
        for (const QString &name : {sheetName, QFileInfo(file.fileName).completeBaseName()}) {
            const QString unit = unitNamed(name);
            if (!unit.isEmpty()) {
                *written = name;
                return unit;
            }
        }
        return QString();
    }

    bool readSheet(const SheetGrid &grid, const SheetLayout &layout, SheetImportFile *file,
                   QString *error)
    {
        QString written;
        const QString unit = sheetUnit(grid, layout, *file, &written);
        if (written.isEmpty())
            file->notes << SheetImportPreview::tr(
                               "Sheet %1 names no responsible unit (牵头单位): its rows are not "
                               "checked against their lead units.")
                               .arg(quoted(grid.name));
        const QString shownUnit = unit.isEmpty() ? written : unit;
        if (!shownUnit.isEmpty() && !file->units.contains(shownUnit))
            file->units << shownUnit;
        if (!layout.title.round.isEmpty() && file->round.isEmpty())
            file->round = layout.title.round;

        for (const int row : grid.rows()) {
            if (row < layout.firstDataRow())
                continue;
            SheetImportRow result;
            result.fileName = file->fileName;
            result.sheet = grid.name;
            result.row = row + 1;
            result.unit = shownUnit;
            result.titleDate =
                layout.title.asOf.isValid() ? layout.title.asOf : layout.title.roundEnd;
            const bool tasks = layout.kind == SheetLayout::Kind::Tasks;
            const int count = tasks ? SheetLayout::TaskColumnCount : int(SheetLayout::ColumnCount);
            for (int c = 0; c < count; ++c) {
                const int column =
                    tasks ? layout.column(SheetLayout::TaskColumn(c)) : layout.column(Column(c));
                result.cells << (column < 0 ? QString()
                                            : grid.shownCell(row, column).displayText().trimmed());
            }
            const RowKind kind = tasks
                                     ? readTaskRow(grid, layout, row, unit, written, &result, error)
                                     : readRow(grid, layout, row, unit, written, &result, error);
            if (kind == RowKind::Failed)
                return false;
            if (kind == RowKind::Blank)
                ++file->blankRows;
            else if (kind == RowKind::Listed)
                file->rows.push_back(std::move(result));
        }
        return true;
    }

    enum class RowKind
    {
        Listed,
        Blank,   ///< a code and nothing filled in
        Skipped, ///< nothing to read (empty, a note under the table, the header repeated)
        Failed,  ///< the data file could not be read
    };

    static RowKind refuse(SheetImportRow *row, const QString &reason)
    {
        row->state = SheetRowState::Refused;
        row->reason = reason;
        return RowKind::Listed;
    }

    RowKind readRow(const SheetGrid &grid, const SheetLayout &layout, int row, const QString &unit,
                    const QString &writtenUnit, SheetImportRow *result, QString *error)
    {
        auto cell = [&](Column c) -> const SheetCell & {
            static const SheetCell none;
            const int column = layout.column(c);
            return column < 0 ? none : grid.shownCell(row, column);
        };
        auto text = [&](Column c) { return cell(c).displayText().trimmed(); };
        const QString code = text(Column::Code);
        const Texts texts{text(Column::Progress), text(Column::Problems), text(Column::NextSteps)};
        const SheetCell &valueCell = cell(Column::Value);
        const SheetCell &dateCell = cell(Column::Date);
        const bool filledIn = !valueCell.isEmpty() || !dateCell.isEmpty() || !texts.isEmpty();
        result->code = code;
        result->name = text(Column::Name);
        if (code.isEmpty())
            return filledIn ? refuse(result, SheetImportPreview::tr("No indicator code (编码)."))
                            : RowKind::Skipped;
        if (SheetLayout::normalizedHeader(code) == SheetLayout::header(Column::Code))
            return RowKind::Skipped; // the header again (two tables pasted together)
        const auto found = m_byCode.constFind(code.toUpper());
        if (found == m_byCode.constEnd()) {
            if (!filledIn)
                return RowKind::Skipped;
            return refuse(
                result, SheetImportPreview::tr("No indicator has the code %1.").arg(quoted(code)));
        }
        const Indicator &indicator = *found;
        result->indicatorId = indicator.id;
        result->code = indicator.code;
        result->name = indicator.name;
        if (!filledIn)
            return RowKind::Blank;

        // Whose indicator it is, before what the unit wrote.
        if (!writtenUnit.isEmpty()) {
            if (unit.isEmpty())
                return refuse(result, SheetImportPreview::tr(
                                          "The sheet's unit %1 is no responsible unit of this "
                                          "plan.")
                                          .arg(quoted(writtenUnit)));
            const QString lead = unitNamed(indicator.leadUnit);
            const bool unassigned = indicator.leadUnit.trimmed().isEmpty();
            if (unit == XlsxSheets::unassignedName()) {
                if (!unassigned)
                    return refuse(result, SheetImportPreview::tr(
                                              "%1 is led by %2: its figures come from that "
                                              "unit's sheet, not from %3.")
                                              .arg(indicator.code, indicator.leadUnit.trimmed(),
                                                   XlsxSheets::unassignedName()));
            } else if (unassigned) {
                return refuse(result, SheetImportPreview::tr(
                                          "%1 has no lead unit: %2 does not answer for it.")
                                          .arg(indicator.code, unit));
            } else if (lead != unit) {
                const bool coUnit = coUnitsOf(indicator).contains(unit);
                return refuse(
                    result, coUnit ? SheetImportPreview::tr(
                                         "%1 is led by %2; %3 is one of its co-units "
                                         "(配合单位), whose figures the lead unit reports.")
                                         .arg(indicator.code, indicator.leadUnit.trimmed(), unit)
                                   : SheetImportPreview::tr(
                                         "%1 is led by %2, not by %3: a unit answering for an "
                                         "indicator that is not its own.")
                                         .arg(indicator.code, indicator.leadUnit.trimmed(), unit));
            }
        }

        std::optional<double> value;
        if (!valueCell.isEmpty()) {
            QString reason;
            value = valueOf(valueCell, indicator, &reason);
            if (!value)
                return refuse(result, reason);
        }
        QDate date;
        if (!dateCell.isEmpty()) {
            date = dateOf(dateCell, grid.date1904);
            if (!date.isValid())
                return refuse(result,
                              SheetImportPreview::tr("%1 in 截至日期 is not a date; write it as "
                                                     "%2-06-30.")
                                  .arg(quoted(dateCell.displayText()))
                                  .arg(m_year > 0 ? m_year : QDate::currentDate().year()));
        } else {
            date = layout.title.asOf.isValid() ? layout.title.asOf : layout.title.roundEnd;
            if (!date.isValid())
                return refuse(result, SheetImportPreview::tr(
                                          "No date: 截至日期 is empty and the title gives none."));
        }
        if (m_year > 0 && date.year() != m_year)
            return refuse(result, SheetImportPreview::tr("%1 is outside the plan's year %2.")
                                      .arg(date.toString(Qt::ISODate))
                                      .arg(m_year));

        QString readError;
        const std::vector<Measurement> &recorded = history(indicator.id, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return RowKind::Failed;
        }
        const Measurement *existing = nullptr;
        for (const Measurement &m : recorded) {
            if (m.date == date)
                existing = &m;
        }

        Measurement after;
        if (!value) {
            // Texts without a figure belong to the figure recorded on that date.
            if (!existing)
                return refuse(result,
                              SheetImportPreview::tr("Texts without a figure: %1 has no figure on "
                                                     "%2 to add them to; fill in 本期数值.")
                                  .arg(indicator.code, date.toString(Qt::ISODate)));
            after = texts.over(*existing);
        } else {
            // The entry rules, against the recorded figures and those this import adds.
            std::vector<Measurement> figures = recorded;
            for (const Measurement &m : m_plannedFigures[indicator.id])
                figures.push_back(m);
            for (const EntryCheck::Problem &problem :
                 EntryCheck::check(indicator, *value, date, figures, existing ? existing->id : 0)) {
                if (problem.rule != EntryCheck::Rule::SameDate)
                    return refuse(result, problem.message);
            }
            if (existing) {
                after = *existing;
                after.value = *value;
                after = texts.over(after);
            } else {
                after.indicatorId = indicator.id;
                after.date = date;
                after.value = *value;
                after = texts.over(after);
            }
        }

        const auto key = std::make_pair(indicator.id, date);
        if (const auto earlier = m_planned.find(key); earlier != m_planned.end()) {
            const Planned &first = earlier->second;
            if (!sameFigure(first.figure, after))
                return refuse(
                    result,
                    SheetImportPreview::tr("Row %1 of %2 gives another figure or other texts "
                                           "for %3 on %4.")
                        .arg(first.row)
                        .arg(first.fileName, indicator.code, date.toString(Qt::ISODate)));
            result->state = SheetRowState::Unchanged;
            result->reason = SheetImportPreview::tr("The same as row %1 of %2.")
                                 .arg(first.row)
                                 .arg(first.fileName);
            result->after = after;
            return RowKind::Listed;
        }
        result->after = after;
        if (existing) {
            result->before = *existing;
            result->state =
                sameFigure(*existing, after) ? SheetRowState::Unchanged : SheetRowState::Changed;
        } else {
            result->state = SheetRowState::New;
        }
        m_planned.emplace(key, Planned{result->fileName, result->row, after});
        if (result->state != SheetRowState::Unchanged)
            m_plannedFigures[indicator.id].push_back(after);
        return RowKind::Listed;
    }

    /// Why a unit may not answer for a task (another's, or none's); empty when it may.
    QString notItsTask(const TaskRecord &task, const QString &unit,
                       const QString &writtenUnit) const
    {
        if (writtenUnit.isEmpty())
            return QString();
        if (unit.isEmpty())
            return SheetImportPreview::tr("The sheet's unit %1 is no responsible unit of this "
                                          "plan.")
                .arg(quoted(writtenUnit));
        const QString lead = task.leadUnit.trimmed();
        if (unit == XlsxSheets::unassignedName()) {
            if (!lead.isEmpty())
                return SheetImportPreview::tr("Task %1 is led by %2: its progress comes from that "
                                              "unit's sheet, not from %3.")
                    .arg(task.code, lead, XlsxSheets::unassignedName());
            return QString();
        }
        if (lead.isEmpty())
            return SheetImportPreview::tr("Task %1 has no lead unit: %2 does not answer for it.")
                .arg(task.code, unit);
        if (unitNamed(lead) == unit)
            return QString();
        if (coUnitsIn(task.coUnits).contains(unit))
            return SheetImportPreview::tr("Task %1 is led by %2; %3 is one of its co-units "
                                          "(配合单位), whose progress the lead unit reports.")
                .arg(task.code, lead, unit);
        return SheetImportPreview::tr("Task %1 is led by %2, not by %3: a unit answering for a "
                                      "task that is not its own.")
            .arg(task.code, lead, unit);
    }

    /// A row of a task sheet: the task's status (本期状态) and the month's 进展情况, either
    /// alone (the other is kept as recorded).
    RowKind readTaskRow(const SheetGrid &grid, const SheetLayout &layout, int row,
                        const QString &unit, const QString &writtenUnit, SheetImportRow *result,
                        QString *error)
    {
        using T = SheetLayout::TaskColumn;
        result->isTask = true;
        auto cell = [&](T c) -> const SheetCell & {
            static const SheetCell none;
            const int column = layout.column(c);
            return column < 0 ? none : grid.shownCell(row, column);
        };
        auto text = [&](T c) { return cell(c).displayText().trimmed(); };
        const QString code = text(T::Code);
        const QString statusText = text(T::Status);
        const QString progress = text(T::Progress);
        const SheetCell &dateCell = cell(T::Date);
        const bool filledIn = !statusText.isEmpty() || !progress.isEmpty() || !dateCell.isEmpty();
        result->code = code;
        result->name = text(T::Text);
        if (code.isEmpty())
            return filledIn ? refuse(result, SheetImportPreview::tr("No task code (编码)."))
                            : RowKind::Skipped;
        if (SheetLayout::normalizedHeader(code) == SheetLayout::header(T::Code))
            return RowKind::Skipped; // the header again
        const auto found = m_taskByCode.constFind(code.toUpper());
        if (found == m_taskByCode.constEnd()) {
            if (!filledIn)
                return RowKind::Skipped;
            return refuse(result,
                          SheetImportPreview::tr("No task has the code %1.").arg(quoted(code)));
        }
        const TaskRecord &task = *found;
        result->taskId = task.id;
        result->code = task.code;
        result->name = task.text;
        if (!filledIn)
            return RowKind::Blank;
        if (const QString reason = notItsTask(task, unit, writtenUnit); !reason.isEmpty())
            return refuse(result, reason);

        std::optional<TaskStatus> status;
        if (!statusText.isEmpty()) {
            status = reportedStatus(statusText);
            if (!status)
                return refuse(result, SheetImportPreview::tr("%1 in 本期状态 is not a status a "
                                                             "unit reports: write 未启动, 推进中, "
                                                             "已完成 or 滞后.")
                                          .arg(quoted(statusText)));
        }
        if (statusText.isEmpty() && progress.isEmpty())
            return refuse(result, SheetImportPreview::tr(
                                      "Only a date: fill in 本期状态 or 进展情况 (or both)."));
        QDate date;
        if (!dateCell.isEmpty()) {
            date = dateOf(dateCell, grid.date1904);
            if (!date.isValid())
                return refuse(result,
                              SheetImportPreview::tr("%1 in 截至日期 is not a date; write it as "
                                                     "%2-06-30.")
                                  .arg(quoted(dateCell.displayText()))
                                  .arg(m_year > 0 ? m_year : QDate::currentDate().year()));
        } else {
            date = layout.title.asOf.isValid() ? layout.title.asOf : layout.title.roundEnd;
            if (!date.isValid())
                return refuse(result, SheetImportPreview::tr(
                                          "No date: 截至日期 is empty and the title gives none."));
        }
        if (m_year > 0 && date.year() != m_year)
            return refuse(result, SheetImportPreview::tr("%1 is outside the plan's year %2.")
                                      .arg(date.toString(Qt::ISODate))
                                      .arg(m_year));
        result->taskDate = date;

        // Set against what is recorded, and what this import changes before this row.
        QString readError;
        const std::vector<TaskProgress> &entries = taskHistory(task.id, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return RowKind::Failed;
        }
        const QString month = monthOf(date);
        const TaskProgress *existing = nullptr;
        for (const TaskProgress &entry : entries) {
            if (monthOf(entry.date) == month)
                existing = &entry;
        }
        const auto planned = m_plannedStatus.find(task.id);
        TaskChange change;
        change.taskId = task.id;
        change.statusBefore = planned != m_plannedStatus.end() ? planned->second : task.status;
        change.statusAfter = status.value_or(change.statusBefore);
        if (existing)
            change.entryBefore = *existing;
        if (!progress.isEmpty() && existing && existing->text == progress &&
            existing->status == change.statusAfter) {
            change.entryAfter = *existing; // the same words again: kept, on their own date
        } else if (!progress.isEmpty()) {
            TaskProgress entry = existing ? *existing : TaskProgress();
            entry.taskId = task.id;
            entry.date = date;
            entry.status = change.statusAfter;
            entry.text = progress;
            change.entryAfter = entry;
        } else if (existing) {
            // A status alone: the month's entry, kept, says it too.
            TaskProgress entry = *existing;
            entry.status = change.statusAfter;
            change.entryAfter = entry;
        }
        const QString shownText = change.entryAfter ? change.entryAfter->text : QString();

        const auto key = std::make_pair(task.id, month);
        if (const auto earlier = m_plannedTasks.find(key); earlier != m_plannedTasks.end()) {
            const PlannedTask &first = earlier->second;
            if (first.status != change.statusAfter || first.text != shownText)
                return refuse(result, SheetImportPreview::tr("Row %1 of %2 gives another status "
                                                             "or 进展情况 for task %3 in %4.")
                                          .arg(first.row)
                                          .arg(first.fileName, task.code, month));
            result->state = SheetRowState::Unchanged;
            result->reason = SheetImportPreview::tr("The same as row %1 of %2.")
                                 .arg(first.row)
                                 .arg(first.fileName);
            return RowKind::Listed;
        }
        result->task = change;
        if (change.isEmpty())
            result->state = SheetRowState::Unchanged;
        else
            result->state =
                !existing && change.entryAfter ? SheetRowState::New : SheetRowState::Changed;
        m_plannedTasks.emplace(
            key, PlannedTask{result->fileName, result->row, change.statusAfter, shownText});
        if (result->state != SheetRowState::Unchanged)
            m_plannedStatus[task.id] = change.statusAfter;
        return RowKind::Listed;
    }

    QStringList coUnitsIn(const QString &coUnits) const
    {
        static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
        QStringList names;
        for (const QString &part : coUnits.split(separators, Qt::SkipEmptyParts)) {
            const QString name = unitNamed(part);
            names << (name.isEmpty() ? part.trimmed() : name);
        }
        return names;
    }

    const std::vector<TaskProgress> &taskHistory(qint64 taskId, QString *error)
    {
        auto found = m_taskHistory.find(taskId);
        if (found == m_taskHistory.end())
            found = m_taskHistory.emplace(taskId, TaskStore::of(&m_store)->progress(taskId, error))
                        .first;
        return found->second;
    }

    std::optional<double> valueOf(const SheetCell &cell, const Indicator &indicator,
                                  QString *reason) const
    {
        const bool percentUnit =
            indicator.unit.normalized(QString::NormalizationForm_KC).trimmed() ==
            QLatin1String("%");
        if (cell.type == SheetCell::Type::Number) {
            if (cell.date.isValid()) {
                *reason = SheetImportPreview::tr("%1 in 本期数值 is a date, not a number.")
                              .arg(quoted(cell.displayText()));
                return std::nullopt;
            }
            if (!cell.percent)
                return cell.number;
            // 6.5% typed in Excel is 0.065 shown as a percentage.
            if (percentUnit)
                return cell.number * 100;
            *reason = SheetImportPreview::tr("%1 is a percentage, but %2 is counted in %3.")
                          .arg(quoted(cell.displayText()), indicator.code, indicator.unit);
            return std::nullopt;
        }
        if (cell.type == SheetCell::Type::Text) {
            if (const std::optional<double> number =
                    InputParsing::number(cell.text, indicator.unit))
                return number;
            if (InputParsing::number(cell.text)) {
                *reason = SheetImportPreview::tr("%1 is a percentage, but %2 is counted in %3.")
                              .arg(quoted(cell.text), indicator.code, indicator.unit);
                return std::nullopt;
            }
        }
        *reason = SheetImportPreview::tr("%1 in 本期数值 is not a number; write the figure alone, "
                                         "in %2, without its unit.")
                      .arg(quoted(cell.displayText()),
                           indicator.unit.isEmpty() ? SheetImportPreview::tr("the target's unit")
                                                    : indicator.unit);
        return std::nullopt;
    }

    static QDate dateOf(const SheetCell &cell, bool date1904)
    {
        if (cell.type == SheetCell::Type::Text)
            return SheetDate::fromText(cell.text);
        if (cell.type != SheetCell::Type::Number)
            return {};
        if (cell.date.isValid())
            return cell.date;
        // A number with no date format: 20240630 typed as a number, or a serial whose format
        // was lost on the way (a CSV through LibreOffice keeps neither).
        if (cell.number == std::floor(cell.number) && cell.number >= 19000101 &&
            cell.number <= 99991231)
            return SheetDate::fromText(QString::number(qint64(cell.number)));
        return SheetDate::fromSerial(cell.number, date1904);
    }

    QStringList coUnitsOf(const Indicator &indicator) const
    {
        static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
        QStringList names;
        for (const QString &part : indicator.coUnits.split(separators, Qt::SkipEmptyParts)) {
            const QString name = unitNamed(part);
            names << (name.isEmpty() ? part.trimmed() : name);
        }
        return names;
    }

    const std::vector<Measurement> &history(qint64 indicatorId, QString *error)
    {
        auto found = m_history.find(indicatorId);
        if (found == m_history.end())
            found = m_history.emplace(indicatorId, m_store.measurements(indicatorId, error)).first;
        return found->second;
    }

    const PlanStore &m_store;
    int m_year = 0;
    QHash<QString, Indicator> m_byCode;
    QHash<QString, QString> m_units; ///< unitKey → the plan's name
    QHash<QString, QString> m_seen;  ///< sha256 → file name, in this import
    std::map<qint64, std::vector<Measurement>> m_history;
    std::map<std::pair<qint64, QDate>, Planned> m_planned;
    std::map<qint64, std::vector<Measurement>> m_plannedFigures;
    QHash<QString, TaskRecord> m_taskByCode;
    std::map<qint64, std::vector<TaskProgress>> m_taskHistory;
    std::map<std::pair<qint64, QString>, PlannedTask> m_plannedTasks;
    std::map<qint64, TaskStatus> m_plannedStatus; ///< a task's status after this import's rows
};

} // namespace

QString SheetImportPreview::unitKey(const QString &unit)
{
    QString key = unit.normalized(QString::NormalizationForm_KC);
    key.remove(QRegularExpression(QStringLiteral("\\s+")));
    return key;
}

std::optional<SheetImport> SheetImportPreview::build(const PlanStore &store,
                                                     const QStringList &paths, QString *error)
{
    Matcher matcher(store);
    if (!matcher.load(error))
        return std::nullopt;
    SheetImport import;
    for (const QString &path : paths) {
        SheetImportFile file;
        file.path = path;
        file.fileName = QFileInfo(path).fileName();
        // Read here, once: the hash and the sheets are of the same bytes.
        const std::optional<QByteArray> bytes = SheetFileReader::readBytes(path, &file.error);
        if (bytes && !matcher.readFile(*bytes, &file, error))
            return std::nullopt;
        import.files.push_back(std::move(file));
    }
    return import;
}

std::optional<SheetImport>
SheetImportPreview::buildFromBytes(const PlanStore &store,
                                   const std::vector<std::pair<QString, QByteArray>> &files,
                                   QString *error)
{
    Matcher matcher(store);
    if (!matcher.load(error))
        return std::nullopt;
    SheetImport import;
    for (const auto &[name, bytes] : files) {
        SheetImportFile file;
        file.path = name;
        file.fileName = QFileInfo(name).fileName();
        if (!matcher.readFile(bytes, &file, error))
            return std::nullopt;
        import.files.push_back(std::move(file));
    }
    return import;
}

} // namespace pd
