#pragma once

#include "plan/ReportingRound.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pd {

class PlanStore;

/// The reporting rounds' schedule as the data file keeps it (PlanStore::setting: the keys
/// RoundSchedule::cadenceKey() and dueDayKey()), and the rounds it gives for the file's plan.
class RoundSettings
{
    Q_DECLARE_TR_FUNCTIONS(pd::RoundSettings)
public:
    /// The file's schedule; the default (monthly, due on the 10th) where none is kept, the
    /// store is closed or a read fails (*error then says so).
    static RoundSchedule schedule(const PlanStore &store, QString *error = nullptr);
    /// Keeps a schedule in the file (each changed key audited as a setting). When the second
    /// key cannot be written the first is put back, so the file never holds half of one.
    static bool setSchedule(PlanStore &store, const RoundSchedule &schedule, QString *error);

    /// The current round of the file's plan at today (ReportingRound::currentAt).
    static ReportingRound currentRound(const PlanStore &store, const QDate &today);
    /// --round's text read with the file's schedule, refused (with *error) when it is not a
    /// round of the plan's year.
    static ReportingRound parseRound(const PlanStore &store, const QString &text, QString *error);
};

} // namespace pd
