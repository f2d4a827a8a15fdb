#pragma once

#include "sheetsin/SheetImportTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

class PlanStore;

/// The files imported into a data file (table imported_sheet), by the sha256 of their bytes,
/// so the same file sent twice is recognised and not imported twice.
class ImportedSheets
{
    Q_DECLARE_TR_FUNCTIONS(pd::ImportedSheets)
public:
    /// The sha256 of a file's bytes, as kept (lower-case hex).
    static QString hashOf(const QByteArray &bytes);
    /// The import of the file with these bytes; nullopt when there was none (or the read
    /// failed: then *error says so).
    static std::optional<ImportedSheet> find(const PlanStore &store, const QString &sha256,
                                             QString *error = nullptr);
    /// Every imported file, the latest first.
    static std::vector<ImportedSheet> all(const PlanStore &store, QString *error = nullptr);
    /// Records files as imported; inside the caller's transaction (PlanStore::applyBatch's
    /// alsoInTransaction). Each record's importedBy and importedAt are written as given.
    static bool insert(PlanStore &store, const std::vector<ImportedSheet> &records, QString *error);
    /// Forgets files (an import undone), inside the caller's transaction.
    static bool remove(PlanStore &store, const std::vector<ImportedSheet> &records, QString *error);
};

} // namespace pd
