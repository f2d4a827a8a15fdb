#include "commands/ImportSheetsCommand.h"

#include "sheetsin/ImportedSheets.h"
#include "store/TaskStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pd {

ImportSheetsCommand::ImportSheetsCommand(PlanStore *store, const SheetImport &import,
                                         CommandError error)
    : m_store(store), m_batch(import.batch()), m_tasks(import.taskChanges()),
      m_records(import.records()), m_source(import.source()), m_error(std::move(error))
{
    const QDateTime now = QDateTime::currentDateTime();
    for (ImportedSheet &record : m_records) {
        record.importedBy = store->userName();
        record.importedAt = now;
    }
    // Who wrote the entries and when, the same at every redo.
    for (TaskChange &change : m_tasks) {
        if (change.entryAfter && !change.entryBefore) {
            change.entryAfter->enteredBy = store->userName();
            change.entryAfter->enteredAt = now;
        }
    }
    setText(m_tasks.empty()
                ? QCoreApplication::translate("ImportSheetsCommand",
                                              "Import %n figure(s) from sheets", nullptr,
                                              figureCount())
                : QCoreApplication::translate("ImportSheetsCommand",
                                              "Import %n row(s) of figures and tasks from sheets",
                                              nullptr, figureCount() + taskCount()));
}

bool ImportSheetsCommand::apply(const MeasurementBatch &batch, const std::vector<TaskChange> &tasks,
                                bool recording)
{
    // The audit rows say where the figures came from, undone or redone alike.
    const QString previous = m_store->changeSource();
    m_store->setChangeSource(m_source);
    QString error;
    std::vector<qint64> ids;
    std::vector<qint64> entryIds;
    TaskStore *taskStore = TaskStore::of(m_store);
    const bool ok = m_store->applyBatch(batch, &error, &ids, [&](QString *e) {
        if (!tasks.empty() && !taskStore->applyChanges(tasks, e, &entryIds))
            return false;
        return recording ? ImportedSheets::insert(*m_store, m_records, e)
                         : ImportedSheets::remove(*m_store, m_records, e);
    });
    m_store->setChangeSource(previous);
    if (!ok) {
        setObsolete(true);
        if (m_error)
            *m_error = error.isEmpty()
                           ? QCoreApplication::translate("ImportSheetsCommand",
                                                         "The import could not be saved.")
                           : error;
        return false;
    }
    if (recording) {
        m_addedIds = ids;
        m_addedEntryIds = entryIds;
    }
    if (!tasks.empty())
        taskStore->announce(tasks);
    return true;
}

void ImportSheetsCommand::redo()
{
    // The first redo gives the new figures their ids; later ones put them back under them.
    MeasurementBatch batch = m_batch;
    for (std::size_t i = 0; i < batch.added.size() && i < m_addedIds.size(); ++i)
        batch.added[i].id = m_addedIds[i];
    std::vector<TaskChange> tasks = m_tasks;
    std::size_t added = 0;
    for (TaskChange &change : tasks) {
        if (change.entryAfter && !change.entryBefore && added < m_addedEntryIds.size())
            change.entryAfter->id = m_addedEntryIds[added++];
    }
    apply(batch, tasks, true);
}

void ImportSheetsCommand::undo()
{
    apply(MeasurementBatch::reverted(m_batch, m_addedIds),
          TaskStore::reverted(m_tasks, m_addedEntryIds), false);
}

} // namespace pd
