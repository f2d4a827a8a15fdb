#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

/// Reading what a user typed, strictly: the one parser of figures and dates for the window and
/// the command line, so that both accept and refuse exactly the same text. Nothing is guessed:
/// text that is not wholly a number or a date is refused, never read as a nearby one.
class InputParsing
{
public:
    /// "1234.5", "1,234.5" (groups of three only), "１２．５", "+3", "−0.4", "12.5%" → the number;
    /// nullopt for "1,2,3", "12abc", "1e5", empty text, NaN or infinity. A trailing % is accepted
    /// when unit is "%" or not given (a caller that does not know the indicator), refused for an
    /// indicator measured in another unit.
    static std::optional<double> number(const QString &text, const QString &unit = QString());
    /// Exactly "yyyy-MM-dd" (full-width digits too, spaces around ignored) naming a real day;
    /// an invalid QDate for anything else ("2024-06-30xyz", "2024-06-30T12:00", "2024-02-30").
    static QDate date(const QString &text);
};

} // namespace pd
