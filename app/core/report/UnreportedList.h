#pragma once

#include "plan/PlanTypes.h"
#include "plan/ReportingRound.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace pd {

class PlanStore;

/// Who has not reported (催报): for one reporting round, per lead unit (牵头单位; 未分配 for the
/// indicators without one), the indicators with no figure dated in the round's period, and,
/// once the round's due day has passed, how many days late they are.
///
/// Units come from the indicators' lead units, in the order the report first names them (as
/// the sheets going out), 未分配 last; the list holds only the units with something missing,
/// the latest first (every unit of a round shares its due day, so this is the units' order).
class UnreportedList
{
    Q_DECLARE_TR_FUNCTIONS(pd::UnreportedList)
public:
    /// An indicator without a figure in the round.
    struct Item
    {
        Indicator indicator;
        /// Its latest figure at the round's as-of date (上次数值, 上次日期), from an earlier
        /// round; none when it has never reported.
        std::optional<Measurement> last;
    };

    struct Unit
    {
        QString name;              ///< the lead unit as written, or XlsxSheets::unassignedName()
        bool assigned = true;      ///< false for 未分配
        QString contact;           ///< the responsible unit's contact, when the data file has one
        int indicatorCount = 0;    ///< all the unit's indicators
        std::vector<Item> missing; ///< in report order
        int daysLate = 0;          ///< 0 while the round is not due yet
    };

    UnreportedList() = default;
    /// The list of a round from plain values: the plan's indicators in report order, the
    /// latest figure of each at round.asOf() (PlanStore::latestMeasurements), today, and the
    /// contact of each unit by name.
    UnreportedList(const ReportingRound &round, const std::vector<Indicator> &indicators,
                   const std::map<qint64, Measurement> &latest, const QDate &today,
                   const std::map<QString, QString> &contacts = {});
    /// The same read from the data file; std::nullopt with *error when a read fails.
    static std::optional<UnreportedList> read(const PlanStore &store, const ReportingRound &round,
                                              const QDate &today, QString *error = nullptr);

    const ReportingRound &round() const { return m_round; }
    QDate today() const { return m_today; }
    /// The due day has passed: what is missing is late.
    bool isOverdue() const { return m_round.daysLate(m_today) > 0; }
    int daysLate() const { return m_round.daysLate(m_today); }
    /// The units with indicators missing, latest first, then in the report's order.
    const std::vector<Unit> &units() const { return m_units; }
    /// How many units have indicators (reported or not).
    int unitCount() const { return m_unitCount; }
    int indicatorCount() const { return m_indicatorCount; }
    /// Indicators without a figure in the round.
    int missingCount() const;
    /// Units late: with something missing after the due day (0 before it).
    int lateUnitCount() const { return isOverdue() ? int(m_units.size()) : 0; }
    int lateIndicatorCount() const { return isOverdue() ? missingCount() : 0; }

    /// One line on the round: "Round 2024-06 (figures as of 2024-06-30), due 2024-07-10: 12
    /// days late." or "…: due in 3 days."
    QString roundLine() const;

private:
    ReportingRound m_round;
    QDate m_today;
    std::vector<Unit> m_units;
    int m_unitCount = 0;
    int m_indicatorCount = 0;
};

} // namespace pd
