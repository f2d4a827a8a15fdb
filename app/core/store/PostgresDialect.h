#pragma once

#include "store/SqlDialect.h"

namespace pd {

/// PostgreSQL (15) through Qt's QPSQL driver, for a plan shared by many units (issue 19). The
/// schema version and owner are kept in a table of their own (pd_schema), as a server has no
/// PRAGMA; the migrations' SQLite types become PostgreSQL's (identity ids, BIGINT, DOUBLE
/// PRECISION), and a trigger on each table with an id gives a NULL id a fresh one (as SQLite's
/// INTEGER PRIMARY KEY does) and records it for lastInsertId(), which QPSQL cannot answer. The
/// file-only functions (checks of a file's bytes, checkpoints, copies) have nothing to do on a
/// server, or say it is not for one.
class PostgresDialect : public SqlDialect
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
    QString damageText(const QStringList &problems) const override;
    bool configure(const QSqlDatabase &db, QString *error, DataFileProblem *problem) const override;
    std::optional<QStringList> tableNames(const QSqlDatabase &db, QString *error) const override;
    std::optional<int> schemaVersion(const QSqlDatabase &db, QString *error) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, int applicationId,
                          QString *error) const override;
    bool checkpoint(const QSqlDatabase &db, QString *error) const override;
    qint64 dataVersion(const QSqlDatabase &db) const override;
    bool copyTo(const QSqlDatabase &db, const QString &path, QString *error) const override;
    void removeFiles(const QString &path) const override;

    bool isServer() const override { return true; }
    bool runSchema(const QSqlDatabase &db, const QString &ddl, QString *error) const override;
    bool prepareSchema(const QSqlDatabase &db, QString *error) const override;
    qint64 lastInsertId(const QSqlDatabase &db, const QSqlQuery &insert) const override;

    /// The migrations' SQLite DDL in PostgreSQL's types, with the trigger that fills ids:
    /// "id INTEGER PRIMARY KEY" → an identity BIGINT, INTEGER → BIGINT, REAL → DOUBLE PRECISION.
    static QStringList translateSchema(const QString &ddl);
    /// A connection's server in the messages' form: postgresql://user@host:port/db.
    static QString describe(const QSqlDatabase &db);
    /// What failed in an open() of db, as one line saying what to do: the server cannot be
    /// reached, the password is wrong, the database or the user does not exist.
    static QString connectionMessage(const QSqlDatabase &db, DataFileProblem *problem);
};

} // namespace pd
