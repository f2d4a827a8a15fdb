#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace pd {

/// Why a data file cannot be used, so the caller can add what helps (the latest backup for a
/// damaged file). Each has its own one-line message from the store.
enum class DataFileProblem
{
    None,
    NotOurs,     ///< not a Progress Dashboard data file (another program's, or no database)
    Damaged,     ///< cut short, or pages that cannot be read
    Newer,       ///< written by a newer version of the app
    ReadOnly,    ///< the file or its folder cannot be written
    DiskFull,    ///< no space left to open or change it
    Other,       ///< missing folder, locked, or another failure of the engine
    Unreachable, ///< a database server that cannot be reached (down, or the connection lost)
};

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
    /// is cut short, has a schema newer than schemaVersion, or cannot be written is refused.
    virtual bool checkBeforeOpening(const QString &path, int schemaVersion, int applicationId,
                                    QString *error, DataFileProblem *problem) const = 0;
    /// Connection options that open a file for reading only: the checks before any write.
    virtual QString readOnlyOptions() const = 0;
    /// Checks, through a connection (which sees changes still in a write-ahead log), that the
    /// database is ours or empty and not newer than schemaVersion; writes nothing.
    virtual bool checkOwner(const QSqlDatabase &db, int schemaVersion, int applicationId,
                            QString *error, DataFileProblem *problem) const = 0;
    /// Reads the database's pages to find damage: a quick check of the structure, or a full
    /// one (indexes against their tables too); of the whole database, or of the named tables
    /// (with their indexes) only. False with *problems (the engine's words, a few lines) when
    /// damaged; false with *error when the check itself could not run.
    virtual bool checkIntegrity(const QSqlDatabase &db, bool full, const QStringList &tables,
                                QStringList *problems, QString *error) const = 0;
    /// What kind of problem an engine error is (a full disk, a damaged file…).
    virtual DataFileProblem problemOf(const QSqlError &error) const = 0;
    /// What an integrity check found, in a few words ("page 5 cannot be read").
    virtual QString damageText(const QStringList &problems) const = 0;

    /// \name The one-line messages for a file's problems, in the store's words
    ///@{
    static QString notOursMessage(const QString &path);
    static QString damagedMessage(const QString &path, const QString &what);
    static QString newerMessage(const QString &path);
    static QString diskFullMessage(const QString &path);
    static QString readOnlyMessage(const QString &path);
    /// A read of the file failed with the engine's driverText: the message for its problem.
    QString unreadableMessage(const QString &path, DataFileProblem problem,
                              const QString &driverText) const;
    ///@}
    /// Connection settings every change relies on (durability, foreign keys, waiting on a busy
    /// file, the file itself holding every commit), applied right after opening.
    virtual bool configure(const QSqlDatabase &db, QString *error,
                           DataFileProblem *problem) const = 0;
    /// The names of the tables in the database (ours and any other program's).
    virtual std::optional<QStringList> tableNames(const QSqlDatabase &db, QString *error) const = 0;
    /// The schema version the database records (0 for a new one).
    virtual std::optional<int> schemaVersion(const QSqlDatabase &db, QString *error) const = 0;
    /// Records the schema version and the application's id; inside the migration's transaction.
    virtual bool setSchemaVersion(const QSqlDatabase &db, int version, int applicationId,
                                  QString *error) const = 0;
    /// Copies committed changes from a write-ahead log into the database file, without
    /// waiting on readers; true when the log is wholly in the file.
    virtual bool checkpoint(const QSqlDatabase &db, QString *error) const = 0;
    /// A number that changes when another connection commits; -1 when it cannot be read.
    virtual qint64 dataVersion(const QSqlDatabase &db) const = 0;
    /// Writes a consistent copy of the whole database to path, a file that must not exist.
    virtual bool copyTo(const QSqlDatabase &db, const QString &path, QString *error) const = 0;
    /// Deletes a database file with the side files the engine keeps beside it.
    virtual void removeFiles(const QString &path) const = 0;

    /// \name What the one list of migrations needs from the engine
    ///@{
    /// Whether the database is a server's (PostgreSQL) rather than a file.
    virtual bool isServer() const { return false; }
    /// Runs one schema statement of the migrations, written in SQLite's types (INTEGER PRIMARY
    /// KEY ids, INTEGER, REAL, TEXT), turned into the engine's own; SQLite's runs it as it is.
    virtual bool runSchema(const QSqlDatabase &db, const QString &ddl, QString *error) const;
    /// What the engine needs before the first migration step (the table holding the schema
    /// version on a server); inside that step's transaction. Nothing for SQLite.
    virtual bool prepareSchema(const QSqlDatabase &db, QString *error) const;
    /// The id of the row the insert just run on db gave (or was given): SQLite's rowid from
    /// the driver; QPSQL's answer (lastval()) is wrong for an id given explicitly.
    virtual qint64 lastInsertId(const QSqlDatabase &db, const QSqlQuery &insert) const;
    ///@}
    /// The dialect of a connection's engine (by its driver), for code that has only the
    /// connection (Statement, the migration steps).
    static const SqlDialect &of(const QSqlDatabase &db);
};

} // namespace pd
