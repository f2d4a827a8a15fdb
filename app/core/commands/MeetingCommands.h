#pragma once

#include "commands/MeasurementCommands.h" // CommandError
#include "meeting/MeetingTypes.h"

#include <QUndoCommand>

#include <vector>

namespace pd {

class MeetingStore;

/// Records a meeting's decision on one item (reviewed, decision, responsible unit, deadline).
/// Meeting mode commits a field when the user leaves it, so each commit is one undo step.
class SetMeetingDecisionCommand : public QUndoCommand
{
public:
    SetMeetingDecisionCommand(MeetingStore *store, qint64 itemId, const MeetingDecision &before,
                              const MeetingDecision &after, CommandError error = {});
    void redo() override;
    void undo() override;
    qint64 itemId() const { return m_itemId; }

private:
    void apply(const MeetingDecision &decision);

    MeetingStore *m_store;
    qint64 m_itemId;
    MeetingDecision m_before;
    MeetingDecision m_after;
    CommandError m_error;
};

/// Deletes a meeting with its items; undo restores it exactly (same ids, snapshot, decisions).
class RemoveMeetingCommand : public QUndoCommand
{
public:
    RemoveMeetingCommand(MeetingStore *store, qint64 meetingId, CommandError error = {});
    void redo() override;
    void undo() override;

private:
    MeetingStore *m_store;
    Meeting m_meeting;
    std::vector<MeetingItem> m_items;
    CommandError m_error;
};

} // namespace pd
