#include "plan/ReportingRound.h"

#include <QRegularExpression>

#include <algorithm>

namespace pd {
namespace {

int monthsPerRound(RoundCadence cadence)
{
    return cadence == RoundCadence::Quarterly ? 3 : 1;
}

} // namespace

QString RoundSchedule::cadenceKey()
{
    return QStringLiteral("round.cadence");
}

QString RoundSchedule::dueDayKey()
{
    return QStringLiteral("round.due_day");
}

QString RoundSchedule::cadenceText(RoundCadence cadence)
{
    return cadence == RoundCadence::Quarterly ? QStringLiteral("quarterly")
                                              : QStringLiteral("monthly");
}

std::optional<RoundCadence> RoundSchedule::cadenceFromText(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("monthly"))
        return RoundCadence::Monthly;
    if (word == QLatin1String("quarterly"))
        return RoundCadence::Quarterly;
    return std::nullopt;
}

RoundSchedule RoundSchedule::fromSettings(const QString &cadence, const QString &dueDay)
{
    RoundSchedule schedule;
    if (const std::optional<RoundCadence> read = cadenceFromText(cadence))
        schedule.cadence = *read;
    bool ok = false;
    const int day = dueDay.trimmed().toInt(&ok);
    if (ok && day >= 1 && day <= 31)
        schedule.dueDay = day;
    return schedule;
}

ReportingRound::ReportingRound(int year, int month, const RoundSchedule &schedule)
    : m_schedule(schedule)
{
    if (year < 1 || year > 9998 || month < 1 || month > 12)
        return; // invalid
    const int span = monthsPerRound(schedule.cadence);
    m_year = year;
    m_month = ((month - 1) / span + 1) * span; // a quarter is named by its last month
}

ReportingRound ReportingRound::containing(const QDate &date, const RoundSchedule &schedule)
{
    if (!date.isValid())
        return {};
    return ReportingRound(date.year(), date.month(), schedule);
}

ReportingRound ReportingRound::currentAt(const QDate &date, int planYear,
                                         const RoundSchedule &schedule)
{
    const std::vector<ReportingRound> rounds = roundsOf(planYear, schedule);
    if (rounds.empty())
        return {};
    ReportingRound current = rounds.front();
    for (const ReportingRound &round : rounds) {
        if (date.isValid() && round.asOf() < date)
            current = round;
    }
    return current;
}

std::vector<ReportingRound> ReportingRound::roundsOf(int planYear, const RoundSchedule &schedule)
{
    std::vector<ReportingRound> rounds;
    const int span = monthsPerRound(schedule.cadence);
    for (int month = span; month <= 12; month += span) {
        ReportingRound round(planYear, month, schedule);
        if (round.isValid())
            rounds.push_back(round);
    }
    return rounds;
}

ReportingRound ReportingRound::parse(const QString &text, const RoundSchedule &schedule,
                                     QString *error)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (!match.hasMatch() || month < 1 || month > 12) {
        if (error)
            *error = tr("\"%1\" is not a reporting round; write it as YYYY-MM (2024-06).")
                         .arg(text.trimmed());
        return {};
    }
    if (month % monthsPerRound(schedule.cadence) != 0) {
        if (error)
            *error = tr("\"%1\" is not a reporting round: rounds are quarterly, named by the "
                        "quarter's last month (%2-03, %2-06, %2-09, %2-12).")
                         .arg(text.trimmed(), match.captured(1));
        return {};
    }
    return ReportingRound(match.captured(1).toInt(), month, schedule);
}

QString ReportingRound::key() const
{
    if (!isValid())
        return QString();
    return QStringLiteral("%1-%2")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'));
}

QDate ReportingRound::start() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month - monthsPerRound(m_schedule.cadence) + 1, 1);
}

QDate ReportingRound::asOf() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
}

QDate ReportingRound::due() const
{
    if (!isValid())
        return {};
    const QDate next = asOf().addDays(1); // the first of the month after
    return QDate(next.year(), next.month(), std::clamp(m_schedule.dueDay, 1, next.daysInMonth()));
}

bool ReportingRound::contains(const QDate &date) const
{
    return isValid() && date.isValid() && date >= start() && date <= asOf();
}

int ReportingRound::daysLate(const QDate &today) const
{
    if (!isValid() || !today.isValid())
        return 0;
    return int(std::max<qint64>(0, due().daysTo(today)));
}

ReportingRound ReportingRound::previous() const
{
    if (!isValid())
        return {};
    const QDate before = start().addDays(-1);
    return ReportingRound(before.year(), before.month(), m_schedule);
}

ReportingRound ReportingRound::next() const
{
    if (!isValid())
        return {};
    const QDate after = asOf().addDays(1);
    return ReportingRound(after.year(), after.month(), m_schedule);
}

} // namespace pd
