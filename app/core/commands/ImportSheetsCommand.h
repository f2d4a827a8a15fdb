#pragma once

#include "commands/MeasurementCommands.h"
#include "sheetsin/SheetImportTypes.h"
#include "store/PlanStore.h"

#include <QUndoCommand>

#include <vector>

namespace pd {

/// Imports the good rows of responsible units' sheets (SheetImportPreview): the new and
/// changed figures and the tasks' statuses and 进展情况 in one transaction, with their audit
/// rows naming the files and units, and the files recorded as imported (imported_sheet) in the
/// same transaction. One undo step removes all of it, the records too, so the same files may be
/// imported again.
class ImportSheetsCommand : public QUndoCommand
{
public:
    ImportSheetsCommand(PlanStore *store, const SheetImport &import, CommandError error = {});
    void redo() override;
    void undo() override;

    /// Figures added and changed.
    int figureCount() const { return int(m_batch.added.size() + m_batch.changed.size()); }
    /// Task rows applied (a status, a month's 进展情况 or both).
    int taskCount() const { return int(m_tasks.size()); }
    /// The ids the added figures were given (after the first redo), in the batch's order.
    const std::vector<qint64> &addedIds() const { return m_addedIds; }

private:
    bool apply(const MeasurementBatch &batch, const std::vector<TaskChange> &tasks, bool recording);

    PlanStore *m_store;
    MeasurementBatch m_batch;
    std::vector<qint64> m_addedIds;
    std::vector<TaskChange> m_tasks;
    std::vector<qint64> m_addedEntryIds;
    std::vector<ImportedSheet> m_records;
    QString m_source;
    CommandError m_error;
};

} // namespace pd
