#include "commands/SetRoundScheduleCommand.h"

#include "store/RoundSettings.h"

#include <QCoreApplication>

namespace pd {

SetRoundScheduleCommand::SetRoundScheduleCommand(PlanStore *store, const RoundSchedule &before,
                                                 const RoundSchedule &after, CommandError error)
    : m_store(store), m_before(before), m_after(after), m_error(std::move(error))
{
    setText(QCoreApplication::translate("SetRoundScheduleCommand", "Change reporting schedule"));
}

void SetRoundScheduleCommand::redo()
{
    apply(m_after);
}

void SetRoundScheduleCommand::undo()
{
    apply(m_before);
}

void SetRoundScheduleCommand::apply(const RoundSchedule &schedule)
{
    QString error;
    if (RoundSettings::setSchedule(*m_store, schedule, &error))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error;
}

} // namespace pd
