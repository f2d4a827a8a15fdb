#pragma once

#include "commands/MeasurementCommands.h"
#include "plan/TaskTypes.h"

#include <QUndoCommand>
#include <QVariant>

namespace pd {

class TaskStore;

/// Changes one field of a task (status, lead unit, co-units, deadline): one undo step each.
class SetTaskFieldCommand : public QUndoCommand
{
public:
    SetTaskFieldCommand(TaskStore *store, qint64 taskId, TaskField field, const QVariant &before,
                        const QVariant &after, CommandError error = {});
    void redo() override;
    void undo() override;

private:
    void apply(const QVariant &value);

    TaskStore *m_store;
    qint64 m_taskId;
    TaskField m_field;
    QVariant m_before;
    QVariant m_after;
    CommandError m_error;
};

/// Adds a round's 进展情况; undo deletes it, redo puts it back with the same id.
class AddTaskProgressCommand : public QUndoCommand
{
public:
    AddTaskProgressCommand(TaskStore *store, const TaskProgress &entry, CommandError error = {});
    void redo() override;
    void undo() override;
    qint64 entryId() const { return m_entry.id; }

private:
    TaskStore *m_store;
    TaskProgress m_entry;
    CommandError m_error;
};

/// Changes an entry's date, status or text.
class EditTaskProgressCommand : public QUndoCommand
{
public:
    EditTaskProgressCommand(TaskStore *store, const TaskProgress &before, const TaskProgress &after,
                            CommandError error = {});
    void redo() override;
    void undo() override;

private:
    void apply(const TaskProgress &entry);

    TaskStore *m_store;
    TaskProgress m_before;
    TaskProgress m_after;
    CommandError m_error;
};

/// Deletes an entry; undo restores it exactly (same id, who and when).
class RemoveTaskProgressCommand : public QUndoCommand
{
public:
    RemoveTaskProgressCommand(TaskStore *store, const TaskProgress &entry, CommandError error = {});
    void redo() override;
    void undo() override;

private:
    TaskStore *m_store;
    TaskProgress m_entry;
    CommandError m_error;
};

} // namespace pd
