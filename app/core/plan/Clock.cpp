#include "plan/Clock.h"

#include <QtGlobal>

#include <atomic>

namespace pd {

namespace {

// Julian day of the fixed date, 0 when none is set (day 0 is in 4713 BC, never a plan's).
std::atomic<qint64> g_fixedDay{0};

} // namespace

QDate Clock::today()
{
    if (const QDate fixed = fixedToday(); fixed.isValid())
        return fixed;
    if (const QDate environment = environmentToday(); environment.isValid())
        return environment;
    return QDate::currentDate();
}

void Clock::setFixedToday(const QDate &date)
{
    g_fixedDay.store(date.isValid() ? date.toJulianDay() : 0);
}

QDate Clock::fixedToday()
{
    const qint64 day = g_fixedDay.load();
    return day != 0 ? QDate::fromJulianDay(day) : QDate();
}

QDate Clock::environmentToday()
{
    const QString text = qEnvironmentVariable("PD_TODAY").trimmed();
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace pd
