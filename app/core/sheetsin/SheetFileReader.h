#pragma once

#include "sheetsin/SheetGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

/// A sheet file's sheets, whatever it is: an Excel workbook (XlsxReader) by its zip bytes,
/// else CSV (CsvReader). What the bytes are decides, not the name: a CSV saved as .xls by a
/// careless tool is read all the same, a workbook named .csv too.
class SheetFileReader
{
    Q_DECLARE_TR_FUNCTIONS(pd::SheetFileReader)
public:
    /// Files larger than this are refused before reading (no sheet of ours comes near).
    static constexpr qint64 MaxFileSize = 100LL * 1024 * 1024;

    /// The sheets of a file's bytes; fileName names the CSV's one sheet. Empty with *error.
    static std::vector<SheetGrid> read(const QByteArray &bytes, const QString &fileName,
                                       QString *error);
    /// A sheet file's bytes; nullopt with *error when it cannot be read, is a folder or is
    /// larger than MaxFileSize.
    static std::optional<QByteArray> readBytes(const QString &path, QString *error);
};

} // namespace pd
