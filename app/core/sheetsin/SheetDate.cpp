#include "sheetsin/SheetDate.h"

#include <QRegularExpression>

#include <cmath>

namespace pd {
namespace {

/// A format code without what is shown literally: "quoted text", \x escapes, _x and *x
/// paddings and [colours], [$-804] locales, [DBNum1] numerals, [h] elapsed hours.
QString formatLetters(const QString &code)
{
    QString letters;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (bracket) {
            bracket = c != QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is shown as it is
        } else {
            letters += c.toLower();
        }
    }
    return letters;
}

} // namespace

QDate SheetDate::fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466)
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 1)
        return {};
    // Serial 60 is Excel's 29 February 1900; from 61 on, days count from 1899-12-30.
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28); // the day that never was: the nearest real one
    return QDate(1899, 12, 30).addDays(days);
}

double SheetDate::toSerial(const QDate &date)
{
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    return double(days < 61 ? days - 1 : days);
}

QDate SheetDate::fromText(const QString &text)
{
    // Full-width digits and punctuation (２０２４／６／３０) become ASCII.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]{4})\\s*([-/.])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})"
                       "(?:\\s*[T ]\\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?$"));
    static const QRegularExpression chinese(
        QStringLiteral("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    QRegularExpressionMatch match = separated.match(t);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(3).toInt(),
                     match.captured(4).toInt());
    for (const QRegularExpression *pattern : {&chinese, &compact}) {
        match = pattern->match(t);
        if (match.hasMatch())
            return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
    }
    return {};
}

bool SheetDate::isDateFormat(int numberFormatId, const QString &formatCode)
{
    if ((numberFormatId >= 14 && numberFormatId <= 22) ||
        (numberFormatId >= 27 && numberFormatId <= 31) || numberFormatId == 36 ||
        (numberFormatId >= 50 && numberFormatId <= 54) || numberFormatId == 57 ||
        numberFormatId == 58)
        return true;
    if (formatCode.isEmpty())
        return false;
    // Only the first section (positive numbers) says how a date shows.
    const QString letters = formatLetters(formatCode).section(QLatin1Char(';'), 0, 0);
    if (letters == QLatin1String("general"))
        return false;
    if (letters.contains(QLatin1Char('y')) || letters.contains(QLatin1Char('d')))
        return true;
    return letters.contains(QLatin1Char('m')) && !letters.contains(QLatin1Char('h')) &&
           !letters.contains(QLatin1Char('s'));
}

bool SheetDate::isPercentFormat(int numberFormatId, const QString &formatCode)
{
    if (numberFormatId == 9 || numberFormatId == 10)
        return true;
    return formatLetters(formatCode).section(QLatin1Char(';'), 0, 0).contains(QLatin1Char('%'));
}

} // namespace pd
