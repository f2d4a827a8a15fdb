#pragma once

#include "commands/MeasurementCommands.h"
#include "plan/ReportingRound.h"

#include <QUndoCommand>

namespace pd {

class PlanStore;

/// Changes the reporting rounds' cadence and due day (Who Has Not Reported → Schedule…): one
/// undo step, each key audited as a setting (RoundSettings::setSchedule).
class SetRoundScheduleCommand : public QUndoCommand
{
public:
    SetRoundScheduleCommand(PlanStore *store, const RoundSchedule &before,
                            const RoundSchedule &after, CommandError error = {});
    void redo() override;
    void undo() override;

private:
    void apply(const RoundSchedule &schedule);

    PlanStore *m_store;
    RoundSchedule m_before;
    RoundSchedule m_after;
    CommandError m_error;
};

} // namespace pd
