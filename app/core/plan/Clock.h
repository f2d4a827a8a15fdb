#pragma once

// "Today" for the whole app: the system date, unless a test or the PD_TODAY environment
// variable fixes it, so statuses, default dates and exports can be checked on a known day.

#include <QDate>

namespace pd {

class Clock
{
public:
    /// The fixed date if one is set (setFixedToday, else PD_TODAY=yyyy-MM-dd), otherwise
    /// QDate::currentDate().
    static QDate today();

    /// Fixes today() at date for the whole process; an invalid date goes back to PD_TODAY or
    /// the system date. Tests use test::FixedToday rather than this directly.
    static void setFixedToday(const QDate &date);
    static QDate fixedToday();

    /// The date PD_TODAY holds, or an invalid date when it is unset or not yyyy-MM-dd.
    static QDate environmentToday();
};

} // namespace pd
