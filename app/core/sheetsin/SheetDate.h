#pragma once

#include <QDate>
#include <QString>

namespace pd {

/// Dates as spreadsheets hold them: serial numbers under a date format, or text typed in a
/// cell (Excel, WPS and LibreOffice each keep some dates as text, and CSV files hold nothing
/// else).
class SheetDate
{
public:
    /// The day of a serial number (its whole part; the fraction is the time of day): 1 is
    /// 1900-01-01 (Excel's 1900 system, with its 29 February 1900 that never was) or, with
    /// date1904, 0 is 1904-01-01. Invalid outside 1…9999-12-31.
    static QDate fromSerial(double serial, bool date1904 = false);
    /// The serial number of a day in the 1900 system.
    static double toSerial(const QDate &date);
    /// A date written as text: 2024-06-30, 2024-6-30, 2024/6/30, 2024.6.30, 2024年6月30日,
    /// 20240630, full-width digits too, a time after it ignored ("2024/6/30 0:00:00"). An
    /// invalid date for anything else, or a day that does not exist.
    static QDate fromText(const QString &text);
    /// Whether a number format shows a date: the built-in ids 14–22 (and the Chinese
    /// built-in date formats 27–31, 36, 50–54, 57, 58), or a format code with y, m or d
    /// outside quotes, escapes and [brackets] (m without h or s: "mm:ss" is minutes).
    static bool isDateFormat(int numberFormatId, const QString &formatCode);
    /// Whether a number format shows a percentage: built-in 9 and 10, or a code with % outside
    /// quotes and escapes.
    static bool isPercentFormat(int numberFormatId, const QString &formatCode);
};

} // namespace pd
