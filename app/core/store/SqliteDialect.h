#pragma once

#include "store/SqlDialect.h"

namespace pd {

/// SQLite through Qt's QSQLITE driver: WAL with full sync, foreign keys on, PRAGMA user_version
/// and application_id for the schema and the owner, data_version for outside changes, VACUUM
/// INTO for copies, and the file's 100-byte header read before the driver may touch it.
class SqliteDialect : public SqlDialect
{
public:
    QString driverName() const override;
    bool checkBeforeOpening(const QString &path, int schemaVersion, int applicationId,
                            QString *error, DataFileProblem *problem) const override;
    QString readOnlyOptions() const override;
    bool checkOwner(const QSqlDatabase &db, int schemaVersion, int applicationId, QString *error,
                    DataFileProblem *problem) const override;
    bool checkIntegrity(const QSqlDatabase &db, bool full, const QStringList &tables,
                        QStringList *problems, QString *error) const override;
    DataFileProblem problemOf(const QSqlError &error) const override;
    bool configure(const QSqlDatabase &db, QString *error, DataFileProblem *problem) const override;
    std::optional<QStringList> tableNames(const QSqlDatabase &db, QString *error) const override;
    std::optional<int> schemaVersion(const QSqlDatabase &db, QString *error) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, int applicationId,
                          QString *error) const override;
    bool checkpoint(const QSqlDatabase &db, QString *error) const override;
    qint64 dataVersion(const QSqlDatabase &db) const override;
    bool copyTo(const QSqlDatabase &db, const QString &path, QString *error) const override;
    void removeFiles(const QString &path) const override;

    QString damageText(const QStringList &problems) const override;

    /// The kind of problem of an error code as the driver gives it (nativeErrorCode()).
    static DataFileProblem problemOfCode(const QString &nativeCode);
};

} // namespace pd
