#include "sheetsin/ImportedSheets.h"

#include "store/PlanStore.h"

#include <QCryptographicHash>

namespace pd {
namespace {

const char *const columns = "id, sha256, file_name, unit, row_count, imported_by, imported_at";

ImportedSheet readRecord(const Statement &q)
{
    ImportedSheet record;
    q.columns(0, record.id, record.sha256, record.fileName, record.unit, record.rowCount,
              record.importedBy);
    record.importedAt = q.toDateTime(6);
    return record;
}

} // namespace

QString ImportedSheets::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<ImportedSheet> ImportedSheets::find(const PlanStore &store, const QString &sha256,
                                                  QString *error)
{
    return store.readRow(QStringLiteral("SELECT %1 FROM imported_sheet WHERE sha256 = ?")
                             .arg(QLatin1String(columns)),
                         {sha256}, readRecord, tr("The imported files could not be read: %1"),
                         error);
}

std::vector<ImportedSheet> ImportedSheets::all(const PlanStore &store, QString *error)
{
    return store.readRows(QStringLiteral("SELECT %1 FROM imported_sheet ORDER BY imported_at "
                                         "DESC, id DESC")
                              .arg(QLatin1String(columns)),
                          {}, readRecord, tr("The imported files could not be read: %1"), error);
}

bool ImportedSheets::insert(PlanStore &store, const std::vector<ImportedSheet> &records,
                            QString *error)
{
    Statement q = store.statement(
        QStringLiteral("INSERT INTO imported_sheet (sha256, file_name, unit, row_count, "
                       "imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const ImportedSheet &record : records) {
        if (!q.exec({record.sha256, record.fileName, record.unit, record.rowCount,
                     record.importedBy, record.importedAt.toString(Qt::ISODate)})) {
            *error = q.error();
            return false;
        }
    }
    return true;
}

bool ImportedSheets::remove(PlanStore &store, const std::vector<ImportedSheet> &records,
                            QString *error)
{
    Statement q = store.statement(QStringLiteral("DELETE FROM imported_sheet WHERE sha256 = ?"));
    for (const ImportedSheet &record : records) {
        if (!q.exec({record.sha256})) {
            *error = q.error();
            return false;
        }
    }
    return true;
}

} // namespace pd
