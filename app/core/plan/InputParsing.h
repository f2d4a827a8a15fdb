#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

/// Reading what a user typed: numbers and dates in the forms officials write them.
class InputParsing
{
public:
    /// "12.5", "1,200", "１２．５", "12.5%" → the number; nullopt when it is not one.
    static std::optional<double> number(const QString &text);
    /// "2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日" → the date.
    static QDate date(const QString &text);
};

} // namespace pd
