#pragma once

// Reporting rounds (填报轮次): the units send their figures once a month (or a quarter), as of
// the period's end, by a set day of the month after. Plain values: the schedule is kept in the
// data file's settings (RoundSettings), the rounds are computed from it here.

#include "plan/PlanTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

enum class RoundCadence
{
    Monthly,   ///< a round per month, as of the month's end
    Quarterly, ///< a round per quarter, as of the quarter's end (named by its last month)
};

/// How often the units report and by which day of the following month.
struct RoundSchedule
{
    static constexpr int DefaultDueDay = 10;

    RoundCadence cadence = RoundCadence::Monthly;
    /// 1…31; in a month that is shorter the round is due on its last day.
    int dueDay = DefaultDueDay;

    /// The settings' keys and texts: "round.cadence" = "monthly" | "quarterly",
    /// "round.due_day" = "10".
    static QString cadenceKey();
    static QString dueDayKey();
    static QString cadenceText(RoundCadence cadence);
    static std::optional<RoundCadence> cadenceFromText(const QString &text);
    /// The schedule the settings' texts give; an empty or unknown text keeps the default.
    static RoundSchedule fromSettings(const QString &cadence, const QString &dueDay);

    bool operator==(const RoundSchedule &other) const
    {
        return cadence == other.cadence && dueDay == other.dueDay;
    }
    bool operator!=(const RoundSchedule &other) const { return !(*this == other); }
};

/// One reporting round, named "YYYY-MM" after the last month of its period (a quarter's round
/// is 2024-03, 2024-06, 2024-09 or 2024-12). Its figures are those dated in its period, as of
/// the period's last day; it is due on the schedule's day of the month after (the December
/// round in January of the next year). A default-constructed round is invalid.
class ReportingRound
{
    Q_DECLARE_TR_FUNCTIONS(pd::ReportingRound)
public:
    ReportingRound() = default;
    /// The round of the period that holds month (a quarterly round of any of its months).
    ReportingRound(int year, int month, const RoundSchedule &schedule = {});

    /// The round a date falls in (invalid for an invalid date).
    static ReportingRound containing(const QDate &date, const RoundSchedule &schedule = {});
    /// The current round at date within the plan's year: the latest of the year whose as-of
    /// date has passed (is before date); the year's first round before any has, the last
    /// one after the year.
    static ReportingRound currentAt(const QDate &date, int planYear,
                                    const RoundSchedule &schedule = {});
    /// The rounds of the plan's year, in order (12 monthly, 4 quarterly).
    static std::vector<ReportingRound> roundsOf(int planYear, const RoundSchedule &schedule = {});
    /// Reads "YYYY-MM" (also "YYYY-M"); a quarterly schedule takes only a quarter's last month.
    /// Invalid, with *error saying why, for anything else.
    static ReportingRound parse(const QString &text, const RoundSchedule &schedule = {},
                                QString *error = nullptr);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    int month() const { return m_month; } ///< the last month of the period
    const RoundSchedule &schedule() const { return m_schedule; }
    /// "2024-06" (empty for an invalid round).
    QString key() const;
    QDate start() const; ///< the period's first day
    QDate asOf() const;  ///< the period's last day: the figures are as of it
    QDate due() const;   ///< the day it is due, in the month after asOf()
    /// Dated in the round's period.
    bool contains(const QDate &date) const;
    /// The figure belongs to this round (is dated in its period).
    bool holds(const Measurement &figure) const { return contains(figure.date); }
    /// Days after the due date at today; 0 on or before it.
    int daysLate(const QDate &today) const;
    ReportingRound previous() const;
    ReportingRound next() const;

    bool operator==(const ReportingRound &other) const
    {
        return m_year == other.m_year && m_month == other.m_month && m_schedule == other.m_schedule;
    }
    bool operator!=(const ReportingRound &other) const { return !(*this == other); }

private:
    int m_year = 0;
    int m_month = 0;
    RoundSchedule m_schedule;
};

} // namespace pd
