#include "commands/TaskCommands.h"

#include "store/TaskStore.h"

#include <QCoreApplication>

namespace pd {

namespace {

/// Runs a store call and, when it fails, marks the command obsolete and reports why.
template <typename Call> bool attempt(QUndoCommand *command, const CommandError &sink, Call call)
{
    QString error;
    if (call(&error))
        return true;
    command->setObsolete(true);
    if (sink)
        *sink = error.isEmpty()
                    ? QCoreApplication::translate("TaskCommands", "The change could not be saved.")
                    : error;
    return false;
}

} // namespace

SetTaskFieldCommand::SetTaskFieldCommand(TaskStore *store, qint64 taskId, TaskField field,
                                         const QVariant &before, const QVariant &after,
                                         CommandError error)
    : m_store(store), m_taskId(taskId), m_field(field), m_before(before), m_after(after),
      m_error(std::move(error))
{
    setText(field == TaskField::Status
                ? QCoreApplication::translate("TaskCommands", "Set task status")
                : QCoreApplication::translate("TaskCommands", "Edit task"));
}

void SetTaskFieldCommand::redo()
{
    apply(m_after);
}

void SetTaskFieldCommand::undo()
{
    apply(m_before);
}

void SetTaskFieldCommand::apply(const QVariant &value)
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->setTaskField(m_taskId, m_field, value, error); });
}

AddTaskProgressCommand::AddTaskProgressCommand(TaskStore *store, const TaskProgress &entry,
                                               CommandError error)
    : m_store(store), m_entry(entry), m_error(std::move(error))
{
    m_entry.id = 0;
    setText(QCoreApplication::translate("TaskCommands", "Add task progress"));
}

void AddTaskProgressCommand::redo()
{
    // The first redo creates the row; later ones restore it under the id, who and when it got.
    std::optional<qint64> id;
    if (!attempt(this, m_error, [&](QString *error) {
            id = m_store->addProgress(m_entry, error, m_entry.id > 0);
            return id.has_value();
        }))
        return;
    if (m_entry.id <= 0)
        m_entry = m_store->progressEntry(*id).value_or(m_entry);
}

void AddTaskProgressCommand::undo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->removeProgress(m_entry.id, error); });
}

EditTaskProgressCommand::EditTaskProgressCommand(TaskStore *store, const TaskProgress &before,
                                                 const TaskProgress &after, CommandError error)
    : m_store(store), m_before(before), m_after(after), m_error(std::move(error))
{
    setText(QCoreApplication::translate("TaskCommands", "Edit task progress"));
}

void EditTaskProgressCommand::redo()
{
    apply(m_after);
}

void EditTaskProgressCommand::undo()
{
    apply(m_before);
}

void EditTaskProgressCommand::apply(const TaskProgress &entry)
{
    attempt(this, m_error, [&](QString *error) { return m_store->updateProgress(entry, error); });
}

RemoveTaskProgressCommand::RemoveTaskProgressCommand(TaskStore *store, const TaskProgress &entry,
                                                     CommandError error)
    : m_store(store), m_entry(entry), m_error(std::move(error))
{
    setText(QCoreApplication::translate("TaskCommands", "Delete task progress"));
}

void RemoveTaskProgressCommand::redo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->removeProgress(m_entry.id, error); });
}

void RemoveTaskProgressCommand::undo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->addProgress(m_entry, error, true).has_value(); });
}

} // namespace pd
