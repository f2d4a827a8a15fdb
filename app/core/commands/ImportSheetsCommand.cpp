#include "commands/ImportSheetsCommand.h"

#include "sheetsin/ImportedSheets.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pd {

ImportSheetsCommand::ImportSheetsCommand(PlanStore *store, const SheetImport &import,
                                         CommandError error)
    : m_store(store), m_batch(import.batch()), m_records(import.records()),
      m_source(import.source()), m_error(std::move(error))
{
    const QDateTime now = QDateTime::currentDateTime();
    for (ImportedSheet &record : m_records) {
        record.importedBy = store->userName();
        record.importedAt = now;
    }
    setText(QCoreApplication::translate("ImportSheetsCommand", "Import %n figure(s) from sheets",
                                        nullptr, figureCount()));
}

bool ImportSheetsCommand::apply(const MeasurementBatch &batch, bool recording)
{
    // The audit rows say where the figures came from, undone or redone alike.
    const QString previous = m_store->changeSource();
    m_store->setChangeSource(m_source);
    QString error;
    std::vector<qint64> ids;
    const bool ok = m_store->applyBatch(batch, &error, &ids, [&](QString *e) {
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
    if (recording)
        m_addedIds = ids;
    return true;
}

void ImportSheetsCommand::redo()
{
    // The first redo gives the new figures their ids; later ones put them back under them.
    MeasurementBatch batch = m_batch;
    for (std::size_t i = 0; i < batch.added.size() && i < m_addedIds.size(); ++i)
        batch.added[i].id = m_addedIds[i];
    apply(batch, true);
}

void ImportSheetsCommand::undo()
{
    apply(MeasurementBatch::reverted(m_batch, m_addedIds), false);
}

} // namespace pd
