#pragma once

#include "sheetsin/SheetGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace pd {

/// Reads an Excel workbook (.xlsx, as Excel, WPS and LibreOffice save it): the zip through
/// minizip, its parts (workbook, relationships, shared strings, styles, each worksheet) with
/// QXmlStreamReader. Every worksheet becomes a SheetGrid: shared and inline strings (rich
/// text runs joined, phonetic runs left out), numbers, booleans, errors, the cached values of
/// formulas, numbers under a date format with their date, merged ranges. Charts, pictures and
/// the rest are left alone.
///
/// A file that is no workbook is refused with a message the user can act on: not a zip, an
/// old .xls, a workbook with a password, a damaged zip or part, a workbook with no cells.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(pd::XlsxReader)
public:
    /// A part unpacking to more than this is refused (a zip bomb, or no sheet of ours).
    static constexpr qint64 MaxPartSize = 256LL * 1024 * 1024;
    /// At most this many cells in all, for the same reason.
    static constexpr std::size_t MaxCells = 5'000'000;

    /// True when bytes begin as a zip archive does.
    static bool isZip(const QByteArray &bytes);
    /// True when bytes begin as an OLE compound file does: an .xls, or an encrypted .xlsx.
    static bool isCompoundFile(const QByteArray &bytes);

    /// The worksheets of a workbook in the workbook's order (hidden ones too, marked). Empty
    /// with *error when the bytes are no readable workbook or it has no cells.
    static std::vector<SheetGrid> read(const QByteArray &bytes, QString *error);
};

} // namespace pd
