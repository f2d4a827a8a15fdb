#include "store/SqliteDialect.h"

#include "store/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QtEndian>

#include <algorithm>
#include <tuple>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
                                       QString *error, DataFileProblem *problem) const
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    *problem = DataFileProblem::Other;
    if (!dir.exists()) {
        *error = QCoreApplication::translate("pd::PlanStore", "The folder %1 does not exist.")
                     .arg(nativePath(dir.filePath()));
        return false;
    }
    // SQLite writes a journal beside the file, so the folder must be writable too.
    if (!dir.isWritable()) {
        *problem = DataFileProblem::ReadOnly;
        *error =
            QCoreApplication::translate(
                "pd::PlanStore", "The folder %1 is read-only; the data file cannot be saved there.")
                .arg(nativePath(dir.filePath()));
        return false;
    }
    *problem = DataFileProblem::None;
    if (!info.exists() || info.size() == 0)
        return true;
    if (info.isDir()) {
        *problem = DataFileProblem::NotOurs;
        *error = QCoreApplication::translate("pd::PlanStore", "%1 is a folder, not a data file.")
                     .arg(nativePath(path));
        return false;
    }
    if (!info.isWritable()) {
        *problem = DataFileProblem::ReadOnly;
        *error = readOnlyMessage(path);
        return false;
    }
    // Read the SQLite header ourselves: nothing is written before the file is known to be ours.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = DataFileProblem::Other;
        *error = QCoreApplication::translate("pd::PlanStore", "The data file %1 cannot be read: %2")
                     .arg(nativePath(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic = QByteArrayLiteral("SQLite format 3\0");
    if (header.size() < 100 && header.size() >= 6 && magic.startsWith(header.left(magic.size()))) {
        // The start of a database and nothing more: a copy or a write that stopped short.
        *problem = DataFileProblem::Damaged;
        *error = damagedMessage(
            path, QCoreApplication::translate("pd::PlanStore", "it is cut short after %1 bytes")
                      .arg(header.size()));
        return false;
    }
    if (header.size() < 100 || !header.startsWith(magic)) {
        *problem = DataFileProblem::NotOurs;
        *error = notOursMessage(path);
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || bytes[21] != 64 || bytes[22] != 32 ||
        bytes[23] != 32) {
        *problem = DataFileProblem::Damaged;
        *error = damagedMessage(
            path, QCoreApplication::translate("pd::PlanStore", "its first page is broken"));
        return false;
    }
    // The page count in the header is valid when its two change counters agree (SQLite's rule);
    // a file shorter than that lost its end.
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid =
        qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    const qint64 expected = countValid && pageCount > 0
                                ? pageCount * pageSize
                                : (info.size() + pageSize - 1) / pageSize * pageSize;
    if (info.size() < expected) {
        *problem = DataFileProblem::Damaged;
        *error = damagedMessage(
            path, QCoreApplication::translate("pd::PlanStore", "it is cut short: %1 of %2 bytes")
                      .arg(info.size())
                      .arg(expected));
        return false;
    }
    const auto userVersion = qFromBigEndian<qint32>(bytes + 60);
    const auto fileApplicationId = qFromBigEndian<qint32>(bytes + 68);
    if (fileApplicationId != 0 && fileApplicationId != applicationId) {
        *problem = DataFileProblem::NotOurs;
        *error = QCoreApplication::translate(
                     "pd::PlanStore", "%1 belongs to another program, not Progress Dashboard.")
                     .arg(nativePath(path));
        return false;
    }
    if (userVersion > schemaVersion) {
        *problem = DataFileProblem::Newer;
        *error = newerMessage(path);
        return false;
    }
    return true;
}

QString SqliteDialect::readOnlyOptions() const
{
    // The busy timeout too: a file in rollback mode may be mid-commit by another program.
    return QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
}

bool SqliteDialect::checkOwner(const QSqlDatabase &db, int schemaVersion, int applicationId,
                               QString *error, DataFileProblem *problem) const
{
    const QString path = db.databaseName();
    // Read through the connection: a newer version or another owner may sit in the -wal only.
    auto readInt = [&](const char *pragma, int *value) {
        Statement q(db, QString::fromLatin1(pragma));
        if (const auto read = q.first([](const Statement &row) { return row.toInt(0); })) {
            *value = *read;
            return true;
        }
        *problem = q.ok() ? DataFileProblem::Other : problemOfCode(q.nativeCode());
        *error = unreadableMessage(path, *problem, q.driverText());
        return false;
    };
    int fileApplicationId = 0;
    int userVersion = 0;
    if (!readInt("PRAGMA application_id", &fileApplicationId) ||
        !readInt("PRAGMA user_version", &userVersion))
        return false;
    Statement q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    const std::vector<QString> tables =
        q.rows([](const Statement &row) { return row.toString(0); });
    if (!q.ok()) {
        *problem = problemOfCode(q.nativeCode());
        *error = unreadableMessage(path, *problem, q.driverText());
        return false;
    }
    const bool hasPlan =
        std::find(tables.begin(), tables.end(), QStringLiteral("plan")) != tables.end();
    // Ours: our id, or (files of version 1, before the id) a plan table and a version. Anything
    // else with tables is another program's, even with a table called "plan".
    const bool ours = fileApplicationId == applicationId ||
                      (fileApplicationId == 0 && userVersion >= 1 && hasPlan);
    if (fileApplicationId != 0 && fileApplicationId != applicationId) {
        *problem = DataFileProblem::NotOurs;
        *error = QCoreApplication::translate(
                     "pd::PlanStore", "%1 belongs to another program, not Progress Dashboard.")
                     .arg(nativePath(path));
        return false;
    }
    if (!tables.empty() && !ours) {
        *problem = DataFileProblem::NotOurs;
        *error = notOursMessage(path);
        return false;
    }
    if (userVersion > schemaVersion) {
        *problem = DataFileProblem::Newer;
        *error = newerMessage(path);
        return false;
    }
    *problem = DataFileProblem::None;
    return true;
}

bool SqliteDialect::checkIntegrity(const QSqlDatabase &db, bool full, const QStringList &tables,
                                   QStringList *problems, QString *error) const
{
    // quick_check reads every page and checks the b-trees; integrity_check also matches each
    // index against its table. A handful of findings is enough to say what is wrong. PRAGMA
    // takes no bound values: the table names are ours, and only those the schema has are used.
    const QString pragma = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    QStringList statements;
    if (tables.isEmpty()) {
        statements << QStringLiteral("PRAGMA %1(20)").arg(pragma);
    } else {
        QString ignored;
        const QStringList present = tableNames(db, &ignored).value_or(QStringList());
        for (const QString &table : tables) {
            if (present.contains(table))
                statements << QStringLiteral("PRAGMA %1(%2)").arg(pragma, table);
        }
        if (present.isEmpty()) // the schema itself unreadable: the check says why
            statements << QStringLiteral("PRAGMA %1(sqlite_master)").arg(pragma);
    }
    problems->clear();
    for (const QString &sql : std::as_const(statements)) {
        Statement q(db, sql);
        const std::vector<QString> rows =
            q.rows([](const Statement &row) { return row.toString(0); });
        if (!q.ok()) {
            const DataFileProblem problem = problemOfCode(q.nativeCode());
            if (problem == DataFileProblem::Damaged || problem == DataFileProblem::NotOurs) {
                *problems << q.driverText();
                return false;
            }
            *error = unreadableMessage(db.databaseName(), problem, q.driverText());
            return false;
        }
        for (const QString &row : rows) {
            if (row != QLatin1String("ok"))
                *problems << row.simplified();
        }
    }
    return problems->isEmpty();
}

DataFileProblem SqliteDialect::problemOf(const QSqlError &error) const
{
    return problemOfCode(error.nativeErrorCode());
}

DataFileProblem SqliteDialect::problemOfCode(const QString &nativeCode)
{
    // Growing the shared-memory index fails this way when there is no space left.
    constexpr int ioErrShmSize = 10 | (19 << 8); // SQLITE_IOERR_SHMSIZE
    if (nativeCode.toInt() == ioErrShmSize)
        return DataFileProblem::DiskFull;
    // SQLite's primary result codes (the low byte of an extended code).
    switch (nativeCode.toInt() & 0xff) {
    case 0:
        return DataFileProblem::None;
    case 11: // SQLITE_CORRUPT
        return DataFileProblem::Damaged;
    case 26: // SQLITE_NOTADB
        return DataFileProblem::NotOurs;
    case 13: // SQLITE_FULL
        return DataFileProblem::DiskFull;
    case 8: // SQLITE_READONLY
    case 3: // SQLITE_PERM
        return DataFileProblem::ReadOnly;
    default:
        return DataFileProblem::Other;
    }
}

QString SqliteDialect::damageText(const QStringList &problems) const
{
    // SQLite names the page it could not read ("Page 5: …", "On tree page 20 cell 0: …").
    static const QRegularExpression page(QStringLiteral("\\bpage (\\d+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &problem : problems) {
        const QRegularExpressionMatch match = page.match(problem);
        if (match.hasMatch())
            return QCoreApplication::translate("pd::PlanStore", "page %1 cannot be read")
                .arg(match.captured(1));
    }
    return QCoreApplication::translate("pd::PlanStore", "its pages cannot be read");
}

bool SqliteDialect::configure(const QSqlDatabase &db, QString *error,
                              DataFileProblem *problem) const
{
    // WAL keeps readers and the record command working beside the window; FULL sync keeps
    // every committed edit through a power cut (the store checkpoints after changes, so the
    // file alone holds them too). The busy timeout comes first, as the others may wait.
    const char *const pragmas[] = {"PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"};
    for (const char *pragma : pragmas) {
        Statement q(db, QString::fromLatin1(pragma));
        if (!q.exec()) {
            *problem = problemOfCode(q.nativeCode());
            *error = *problem == DataFileProblem::Other
                         ? QCoreApplication::translate("pd::PlanStore",
                                                       "The data file %1 cannot be opened: %2")
                               .arg(nativePath(db.databaseName()), q.driverText())
                         : unreadableMessage(db.databaseName(), *problem, q.driverText());
            return false;
        }
    }
    *problem = DataFileProblem::None;
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

bool SqliteDialect::checkpoint(const QSqlDatabase &db, QString *error) const
{
    // PASSIVE: copies what no reader still needs and returns; (busy, log frames, copied).
    Statement q(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    const auto result = q.first([](const Statement &row) {
        return std::make_tuple(row.toInt(0), row.toInt(1), row.toInt(2));
    });
    if (!result) {
        *error = q.error();
        return false;
    }
    const auto [busy, frames, copied] = *result;
    return busy == 0 && frames == copied;
}

qint64 SqliteDialect::dataVersion(const QSqlDatabase &db) const
{
    Statement q(db, QStringLiteral("PRAGMA data_version"));
    return q.first([](const Statement &row) { return row.toLongLong(0); }).value_or(-1);
}

bool SqliteDialect::copyTo(const QSqlDatabase &db, const QString &path, QString *error) const
{
    // The copy is made owner-only first (VACUUM INTO accepts an empty file): SQLite would
    // create it with the umask's mode, readable by all.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
    }
    // VACUUM INTO writes a clean, self-contained copy even while the WAL holds recent changes.
    Statement q(db, QStringLiteral("VACUUM INTO ?"));
    if (!q.exec({path})) {
        if (problemOfCode(q.nativeCode()) == DataFileProblem::DiskFull) {
            *error = QCoreApplication::translate(
                         "pd::PlanStore", "The copy could not be written to %1: the disk is full.")
                         .arg(nativePath(path));
            return false;
        }
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
