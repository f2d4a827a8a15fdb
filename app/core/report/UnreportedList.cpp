#include "report/UnreportedList.h"

#include "export/XlsxSheets.h"
#include "store/PlanStore.h"

#include <algorithm>

namespace pd {

UnreportedList::UnreportedList(const ReportingRound &round,
                               const std::vector<Indicator> &indicators,
                               const std::map<qint64, Measurement> &latest, const QDate &today,
                               const std::map<QString, QString> &contacts)
    : m_round(round), m_today(today), m_indicatorCount(int(indicators.size()))
{
    const int late = round.daysLate(today);
    // The units as the sheets going out group them: report order, 未分配 last.
    for (const XlsxSheets::Group &group : XlsxSheets::groups(indicators)) {
        ++m_unitCount;
        Unit unit;
        unit.name = group.unit;
        unit.assigned = group.indicators.front().leadUnit.trimmed() == group.unit;
        if (const auto found = contacts.find(group.unit); found != contacts.end())
            unit.contact = found->second.trimmed();
        unit.indicatorCount = int(group.indicators.size());
        for (const Indicator &indicator : group.indicators) {
            const auto figure = latest.find(indicator.id);
            if (figure != latest.end() && round.holds(figure->second))
                continue; // reported in this round
            Item item{indicator, std::nullopt};
            // A figure after the round's end is no "last" figure of it (latest is at asOf,
            // but a caller may hand in later ones).
            if (figure != latest.end() && figure->second.date < round.start())
                item.last = figure->second;
            unit.missing.push_back(std::move(item));
        }
        if (unit.missing.empty())
            continue;
        unit.daysLate = late;
        m_units.push_back(std::move(unit));
    }
    // Latest first; equal lateness keeps the report's order (stable).
    std::stable_sort(m_units.begin(), m_units.end(),
                     [](const Unit &a, const Unit &b) { return a.daysLate > b.daysLate; });
}

std::optional<UnreportedList> UnreportedList::read(const PlanStore &store,
                                                   const ReportingRound &round, const QDate &today,
                                                   QString *error)
{
    QString failure;
    const std::vector<Indicator> indicators = store.indicators(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    const std::map<qint64, Measurement> latest = store.latestMeasurements(round.asOf(), &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    // Indicators name their lead unit by the unit's name (a short name, where a sheet wrote
    // one, finds it too).
    std::map<QString, QString> contacts;
    const std::vector<ResponsibleUnit> units = store.units(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    for (const ResponsibleUnit &unit : units) {
        if (unit.contact.trimmed().isEmpty())
            continue;
        if (!unit.shortName.trimmed().isEmpty())
            contacts.emplace(unit.shortName.trimmed(), unit.contact);
        contacts[unit.name.trimmed()] = unit.contact;
    }
    return UnreportedList(round, indicators, latest, today, contacts);
}

int UnreportedList::missingCount() const
{
    int count = 0;
    for (const Unit &unit : m_units)
        count += int(unit.missing.size());
    return count;
}

QString UnreportedList::roundLine() const
{
    const QString round = tr("Round %1 (figures as of %2), due %3")
                              .arg(m_round.key(), m_round.asOf().toString(Qt::ISODate),
                                   m_round.due().toString(Qt::ISODate));
    if (isOverdue())
        return tr("%1: %n day(s) late.", nullptr, daysLate()).arg(round);
    const int left = int(m_today.daysTo(m_round.due()));
    if (left == 0)
        return tr("%1: due today.").arg(round);
    return tr("%1: due in %n day(s).", nullptr, left).arg(round);
}

} // namespace pd
