#pragma once

#include "sheetsin/SheetImportTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace pd {

class PlanStore;

/// Reads responsible units' sheets (XLSX or CSV, as XlsxSheets wrote them and Excel, WPS or
/// LibreOffice saved them again) and sets every row against the data file: new, changed,
/// unchanged or refused, with the reason. Nothing is written; ImportSheetsCommand applies.
///
/// Each sheet with the header row is read (others, and hidden sheets, are left aside with a
/// note); its unit is the title's 牵头单位, else the sheet's or the file's name when that is
/// a unit of the plan. A row is
///  - left out when it holds nothing, or a code and nothing filled in (counted as blank),
///    or no code and nothing filled in (a note under the table);
///  - refused for: no code, an unknown code, a unit that is none of the plan's, an indicator
///    another unit leads (or none), a figure that is no number, a date that is none, no date
///    (neither the row nor the title gives one), a date outside the plan's year, a figure the
///    entry rules find implausible (EntryCheck), another figure for the same indicator and
///    date earlier in the import;
///  - texts without a figure (进展情况… and no 本期数值): added to the figure already recorded
///    on that date (changed), refused when there is none — a round's texts belong to a figure;
///  - new when the indicator has no figure on that date, changed when it has one with another
///    value or other texts (an empty text cell keeps the recorded text), unchanged when the
///    same.
/// A unit's task sheet (SheetLayout::Kind::Tasks) gives a row per task: its 本期状态 (one of
/// 未启动, 推进中, 已完成, 滞后) and the month's 进展情况, either alone (the other is kept as
/// recorded), dated like a figure. Refused for: no code, an unknown task code, a task another
/// unit leads (or none), a status no unit reports, a date that is none or outside the plan's
/// year, a date alone, other words for the same task and month earlier in the import. New when
/// the month gets its first 进展情况, changed when the status or the month's entry changes,
/// unchanged when the same.
/// A file whose bytes were imported before (imported_sheet) is recognised and left out whole.
class SheetImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(pd::SheetImportPreview)
public:
    /// The files at paths. nullopt with *error when the data file cannot be read; a file that
    /// cannot be read is a file with its error, the others go on.
    static std::optional<SheetImport> build(const PlanStore &store, const QStringList &paths,
                                            QString *error);
    /// The same for files already read: (file name, bytes) pairs.
    static std::optional<SheetImport>
    buildFromBytes(const PlanStore &store, const std::vector<std::pair<QString, QByteArray>> &files,
                   QString *error);
    /// A unit's name as compared: full-width forms folded, no spaces.
    static QString unitKey(const QString &unit);
};

} // namespace pd
