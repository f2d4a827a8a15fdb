#pragma once

#include "sheetsin/SheetGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

/// Reads a CSV file as Excel, WPS and LibreOffice save it: UTF-8 with or without a BOM,
/// GB18030 (what "CSV" means on Chinese Windows; told apart by whether the bytes are valid
/// UTF-8), UTF-16 with a BOM ("Unicode text"); separated by commas, semicolons or tabs (the
/// one that splits the file best, or Excel's "sep=;" first line); quoted fields holding
/// separators, line breaks and doubled quotes. Every cell is text.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(pd::CsvReader)
public:
    /// At most this many bytes: a CSV of ours is a few hundred rows.
    static constexpr qint64 MaxSize = 64LL * 1024 * 1024;

    /// The file's one sheet, named name. nullopt with *error when it is no text or empty.
    static std::optional<SheetGrid> read(const QByteArray &bytes, const QString &name,
                                         QString *error);
    /// The records of text split at separator, each a list of fields.
    static std::vector<QStringList> split(const QString &text, QChar separator);
    /// The separator of text: comma, semicolon or tab.
    static QChar separatorOf(const QString &text);
};

} // namespace pd
