#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pd {

/// What the store needs from a database engine beyond portable SQL: settings, the schema
/// version it records, the check of a file before opening it, listing tables, copying the
/// whole database. The store's logic is written against this, so a second engine (PostgreSQL)
/// comes in as another implementation without touching it. SqliteDialect is the one in use.
///
/// Every function that can fail sets *error to a translated one-line message saying what
/// failed and why (with the driver's text).
class SqlDialect
{
public:
    virtual ~SqlDialect();

    /// The dialect of the engine this build stores its plans in (SQLite).
    static std::unique_ptr<SqlDialect> standard();

    /// The Qt SQL driver name ("QSQLITE").
    virtual QString driverName() const = 0;
    /// Checks a data file before the driver opens it, writing nothing: a file that is not ours,
    /// has a schema newer than schemaVersion, or cannot be written is refused.
    virtual bool checkBeforeOpening(const QString &path, int schemaVersion, int applicationId,
                                    QString *error) const = 0;
    /// Connection settings every change relies on (durability, foreign keys, waiting on a busy
    /// file), applied right after opening.
    virtual bool configure(const QSqlDatabase &db, QString *error) const = 0;
    /// The names of the tables in the database (ours and any other program's).
    virtual std::optional<QStringList> tableNames(const QSqlDatabase &db, QString *error) const = 0;
    /// The schema version the database records (0 for a new one).
    virtual std::optional<int> schemaVersion(const QSqlDatabase &db, QString *error) const = 0;
    /// Records the schema version and the application's id; inside the migration's transaction.
    virtual bool setSchemaVersion(const QSqlDatabase &db, int version, int applicationId,
                                  QString *error) const = 0;
    /// A number that changes when another connection commits; -1 when it cannot be read.
    virtual qint64 dataVersion(const QSqlDatabase &db) const = 0;
    /// Writes a consistent copy of the whole database to path, a file that must not exist.
    virtual bool copyTo(const QSqlDatabase &db, const QString &path, QString *error) const = 0;
    /// Deletes a database file with the side files the engine keeps beside it.
    virtual void removeFiles(const QString &path) const = 0;
};

} // namespace pd
