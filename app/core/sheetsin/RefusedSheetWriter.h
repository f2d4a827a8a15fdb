#pragma once

#include "sheetsin/SheetImportTypes.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace pd {

/// The refused rows of an import as a workbook the office sends back to the units: a sheet
/// per unit laid out as the sheets going out (XlsxSheets: the title with the unit, the same
/// columns, the fixed ones shaded and locked), each row as the unit wrote it, and a last
/// column, 退回原因, saying what to put right. Filled in again, the sheet imports as it is.
/// Refused task rows go on the unit's task sheet (its name ending in XlsxSheets'
/// taskSheetSuffix(), the task sheet's columns).
class RefusedSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(pd::RefusedSheetWriter)
public:
    /// The header of the reason column.
    static QString reasonHeader();
    /// Writes rows to path (through OutputFile: a failed write leaves the target as it was).
    static bool write(const std::vector<SheetImportRow> &rows, const QString &path, QString *error);
};

} // namespace pd
