#include "store/RoundSettings.h"

#include "store/PlanStore.h"

namespace pd {

RoundSchedule RoundSettings::schedule(const PlanStore &store, QString *error)
{
    if (!store.isOpen())
        return {};
    QString failure;
    const QString cadence = store.setting(RoundSchedule::cadenceKey(), QString(), &failure);
    const QString dueDay = failure.isEmpty()
                               ? store.setting(RoundSchedule::dueDayKey(), QString(), &failure)
                               : QString();
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    return RoundSchedule::fromSettings(cadence, dueDay);
}

bool RoundSettings::setSchedule(PlanStore &store, const RoundSchedule &schedule, QString *error)
{
    QString failure;
    const RoundSchedule before = RoundSettings::schedule(store, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    const QString cadence = RoundSchedule::cadenceText(schedule.cadence);
    const QString dueDay = QString::number(schedule.dueDay);
    if (before.cadence != schedule.cadence &&
        !store.setSetting(RoundSchedule::cadenceKey(), cadence, error))
        return false;
    if (before.dueDay != schedule.dueDay &&
        !store.setSetting(RoundSchedule::dueDayKey(), dueDay, error)) {
        if (before.cadence != schedule.cadence) {
            QString ignored; // the first failure is the one to report
            store.setSetting(RoundSchedule::cadenceKey(),
                             RoundSchedule::cadenceText(before.cadence), &ignored);
        }
        return false;
    }
    return true;
}

ReportingRound RoundSettings::currentRound(const PlanStore &store, const QDate &today)
{
    return ReportingRound::currentAt(today, store.planInfo().year, schedule(store));
}

ReportingRound RoundSettings::parseRound(const PlanStore &store, const QString &text,
                                         QString *error)
{
    const RoundSchedule current = schedule(store);
    const ReportingRound round = ReportingRound::parse(text, current, error);
    if (!round.isValid())
        return {};
    const int year = store.planInfo().year;
    if (round.year() != year) {
        if (error)
            *error = tr("%1 is not a round of the plan's year %2.").arg(round.key()).arg(year);
        return {};
    }
    return round;
}

} // namespace pd
