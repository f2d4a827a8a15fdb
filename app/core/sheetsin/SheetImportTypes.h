#pragma once

// What an import of responsible units' sheets found (SheetImportPreview) and applies
// (ImportSheetsCommand): every row of every file with its state and reason.

#include "plan/PlanTypes.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pd {

enum class SheetRowState
{
    New,       ///< no figure of the indicator on that date yet: added
    Changed,   ///< a figure on that date with another value or other texts: replaced
    Unchanged, ///< the same figure and texts already recorded (or earlier in this import)
    Refused,   ///< not imported; the reason says why
};

/// One row of a sheet as the preview shows it: an indicator's figure, or a task's status and
/// 进展情况 (isTask: a row of a unit's task sheet).
struct SheetImportRow
{
    bool isTask = false;
    QString fileName; ///< the file's name, without its folder
    QString sheet;    ///< the sheet's name (a CSV file's name)
    int row = 0;      ///< as the sheet numbers it, from 1
    QString unit;     ///< the sheet's unit; empty when it names none
    /// The date the sheet's title gives (截至日期, else the round's end), which a row without
    /// its own date takes.
    QDate titleDate;
    QString code;
    /// the indicator's name, or the sheet's 指标 when the code is unknown; a task's text
    QString name;
    /// The row's cells in SheetLayout's column order (TaskColumn's for a task), as they show
    /// (for the sheet of refused rows, which gives them back as they were written).
    QStringList cells;
    SheetRowState state = SheetRowState::Refused;
    QString reason; ///< why refused; what it is the same as, for some unchanged rows
    qint64 indicatorId = 0;
    std::optional<Measurement> before; ///< Changed and Unchanged: the figure recorded
    Measurement after;                 ///< New and Changed: the figure to record
    /// A task row: its task and date (the row's, else the title's), and what it changes (New:
    /// the month's 进展情况 added; Changed: the status or the month's entry replaced).
    qint64 taskId = 0;
    QDate taskDate;
    TaskChange task;
};

/// A file imported before, as table imported_sheet keeps it.
struct ImportedSheet
{
    qint64 id = 0;
    QString sha256; ///< of the file's bytes, hex
    QString fileName;
    QString unit;     ///< the units its sheets name, 、-separated
    int rowCount = 0; ///< figures added or changed
    QString importedBy;
    QDateTime importedAt;
};

/// One file of an import.
struct SheetImportFile
{
    QString path;
    QString fileName;
    QString sha256;
    QStringList units; ///< the units its sheets name
    QString round;     ///< 填报轮次 when the title gives one (YYYY-MM)
    /// The file could not be read (not a workbook, damaged, no header row…): nothing of it
    /// is imported.
    QString error;
    /// The same bytes were imported before: says when; nothing of it is imported again.
    QString alreadyImported;
    QStringList notes; ///< sheets left aside, a unit not named…
    int blankRows = 0; ///< rows with a code and nothing filled in (not listed)
    std::vector<SheetImportRow> rows;

    bool isImportable() const { return error.isEmpty() && alreadyImported.isEmpty(); }
    int count(SheetRowState state) const;
    /// Where its changes come from, for the audit rows: "sheet 市统计局.xlsx · 市统计局".
    QString source() const;
};

/// Everything an import found, file by file.
struct SheetImport
{
    std::vector<SheetImportFile> files;

    int count(SheetRowState state) const;
    /// The new and changed rows as one batch of figures.
    MeasurementBatch batch() const;
    /// The new and changed task rows' changes, in the order of the rows.
    std::vector<TaskChange> taskChanges() const;
    /// Whether the import writes anything (figures or tasks).
    bool hasChanges() const;
    /// Rows of tasks (isTask) in state.
    int taskCount(SheetRowState state) const;
    /// The files that give figures, as imported_sheet will record them (importedBy and
    /// importedAt left to the caller).
    std::vector<ImportedSheet> records() const;
    /// The audit source of the whole import: the files' sources, "; "-separated.
    QString source() const;
    std::vector<SheetImportRow> refusedRows() const;
};

} // namespace pd
