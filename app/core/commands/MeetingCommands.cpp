#include "commands/MeetingCommands.h"

#include "meeting/MeetingStore.h"

#include <QCoreApplication>

namespace pd {

SetMeetingDecisionCommand::SetMeetingDecisionCommand(MeetingStore *store, qint64 itemId,
                                                     const MeetingDecision &before,
                                                     const MeetingDecision &after,
                                                     CommandError error)
    : m_store(store), m_itemId(itemId), m_before(before), m_after(after), m_error(std::move(error))
{
    setText(QCoreApplication::translate("MeetingCommands", "Record meeting decision"));
}

void SetMeetingDecisionCommand::redo()
{
    apply(m_after);
}

void SetMeetingDecisionCommand::undo()
{
    apply(m_before);
}

void SetMeetingDecisionCommand::apply(const MeetingDecision &decision)
{
    QString error;
    if (m_store->setDecision(m_itemId, decision, &error))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error;
}

RemoveMeetingCommand::RemoveMeetingCommand(MeetingStore *store, qint64 meetingId,
                                           CommandError error)
    : m_store(store), m_error(std::move(error))
{
    if (const std::optional<Meeting> meeting = store->meeting(meetingId))
        m_meeting = *meeting;
    m_meeting.id = meetingId;
    m_items = store->items(meetingId);
    setText(QCoreApplication::translate("MeetingCommands", "Delete meeting"));
}

void RemoveMeetingCommand::redo()
{
    QString error;
    if (m_store->removeMeeting(m_meeting.id, &error))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error;
}

void RemoveMeetingCommand::undo()
{
    QString error;
    if (m_store->addMeeting(m_meeting, m_items, &error, true))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error;
}

} // namespace pd
