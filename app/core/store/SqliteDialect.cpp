#include "store/SqliteDialect.h"

#include "store/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

// The messages keep the store's translation context: the user reads them as the store's.

namespace pd {
namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

bool SqliteDialect::checkBeforeOpening(const QString &path, int schemaVersion, int applicationId,
                                       QString *error) const
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists()) {
        *error = QCoreApplication::translate("pd::PlanStore", "The folder %1 does not exist.")
                     .arg(nativePath(dir.filePath()));
        return false;
    }
    // SQLite writes a journal beside the file, so the folder must be writable too.
    if (!dir.isWritable()) {
        *error =
            QCoreApplication::translate(
                "pd::PlanStore", "The folder %1 is read-only; the data file cannot be saved there.")
                .arg(nativePath(dir.filePath()));
        return false;
    }
    if (!info.exists() || info.size() == 0)
        return true;
    if (info.isDir()) {
        *error = QCoreApplication::translate("pd::PlanStore", "%1 is a folder, not a data file.")
                     .arg(nativePath(path));
        return false;
    }
    if (!info.isWritable()) {
        *error = QCoreApplication::translate("pd::PlanStore", "The data file %1 is read-only.")
                     .arg(nativePath(path));
        return false;
    }
    // Read the SQLite header ourselves: nothing is written before the file is known to be ours.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("pd::PlanStore", "The data file %1 cannot be read: %2")
                     .arg(nativePath(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = QCoreApplication::translate("pd::PlanStore",
                                             "%1 is not a Progress Dashboard data file.")
                     .arg(nativePath(path));
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const auto userVersion = qFromBigEndian<qint32>(bytes + 60);
    const auto fileApplicationId = qFromBigEndian<qint32>(bytes + 68);
    if (fileApplicationId != 0 && fileApplicationId != applicationId) {
        *error = QCoreApplication::translate(
                     "pd::PlanStore", "%1 belongs to another program, not Progress Dashboard.")
                     .arg(nativePath(path));
        return false;
    }
    if (userVersion > schemaVersion) {
        *error = QCoreApplication::translate(
                     "pd::PlanStore",
                     "%1 was saved by a newer version of Progress Dashboard; please update the "
                     "app to open it.")
                     .arg(nativePath(path));
        return false;
    }
    return true;
}

bool SqliteDialect::configure(const QSqlDatabase &db, QString *error) const
{
    // WAL keeps readers and the record command working beside the window; FULL sync keeps
    // every committed edit through a power cut.
    const char *const pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"};
    for (const char *pragma : pragmas) {
        Statement q(db, QString::fromLatin1(pragma));
        if (!q.exec()) {
            *error = QCoreApplication::translate("pd::PlanStore",
                                                 "The data file %1 cannot be opened: %2")
                         .arg(nativePath(db.databaseName()), q.driverText());
            return false;
        }
    }
    return true;
}

std::optional<QStringList> SqliteDialect::tableNames(const QSqlDatabase &db, QString *error) const
{
    Statement q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    const std::vector<QString> names = q.rows([](const Statement &row) { return row.toString(0); });
    if (!q.ok()) {
        *error = q.error();
        return std::nullopt;
    }
    return QStringList(names.begin(), names.end());
}

std::optional<int> SqliteDialect::schemaVersion(const QSqlDatabase &db, QString *error) const
{
    Statement q(db, QStringLiteral("PRAGMA user_version"));
    if (const auto version = q.first([](const Statement &row) { return row.toInt(0); }))
        return version;
    *error = QCoreApplication::translate("pd::PlanStore",
                                         "The data file's version could not be read: %1")
                 .arg(q.ok() ? QCoreApplication::translate("pd::PlanStore", "unknown error")
                             : q.driverText());
    return std::nullopt;
}

bool SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version, int applicationId,
                                     QString *error) const
{
    // PRAGMA cannot take bound values; the numbers are ours, not input.
    for (const QString &sql : {QStringLiteral("PRAGMA user_version = %1").arg(version),
                               QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}) {
        Statement q(db, sql);
        if (!q.exec()) {
            *error = q.error();
            return false;
        }
    }
    return true;
}

qint64 SqliteDialect::dataVersion(const QSqlDatabase &db) const
{
    Statement q(db, QStringLiteral("PRAGMA data_version"));
    return q.first([](const Statement &row) { return row.toLongLong(0); }).value_or(-1);
}

bool SqliteDialect::copyTo(const QSqlDatabase &db, const QString &path, QString *error) const
{
    // VACUUM INTO writes a clean, self-contained copy even while the WAL holds recent changes.
    Statement q(db, QStringLiteral("VACUUM INTO ?"));
    if (!q.exec({path})) {
        *error =
            QCoreApplication::translate("pd::PlanStore", "The copy could not be written to %1: %2")
                .arg(nativePath(path), q.driverText());
        return false;
    }
    return true;
}

void SqliteDialect::removeFiles(const QString &path) const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace pd
