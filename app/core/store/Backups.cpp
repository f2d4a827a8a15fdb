#include "store/Backups.h"

#include "store/PlanStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <set>

#include <fcntl.h>
#include <unistd.h>

namespace pd {
namespace {

Backups::Now &processClock()
{
    static Backups::Now clock;
    return clock;
}

/// File names: the time taken in UTC (sortable, the same whatever the time zone) and why.
const char *const TimeFormat = "yyyyMMdd'T'HHmmss.zzz'Z'";

struct ReasonName
{
    BackupReason reason;
    const char *key;
};
constexpr ReasonName ReasonNames[] = {
    {BackupReason::Open, "open"},
    {BackupReason::Hourly, "hourly"},
    {BackupReason::BeforeRestore, "before-restore"},
    {BackupReason::BeforeBulkChange, "before-change"},
};

QString reasonKey(BackupReason reason)
{
    for (const ReasonName &name : ReasonNames) {
        if (name.reason == reason)
            return QLatin1String(name.key);
    }
    return QStringLiteral("open");
}

constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

/// Makes the folder and its parents up to root private (the backups hold the whole plan).
bool makePrivateFolder(const QString &folder, const QString &root)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile::setPermissions(root, OwnerOnlyFolder);
    return QFile::setPermissions(folder, OwnerOnlyFolder);
}

/// Makes a rename in dir survive a power cut.
void syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString temporaryPathBeside(const QFileInfo &target)
{
    const QDir dir = target.absoluteDir();
    QString candidate;
    do {
        candidate =
            dir.filePath(QStringLiteral(".%1.%2.restoring")
                             .arg(target.fileName())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    } while (QFileInfo::exists(candidate));
    return candidate;
}

} // namespace

Backups::Backups(const QString &dataFile, const QString &root, Now now)
    : m_dataFile(QFileInfo(dataFile).absoluteFilePath()), m_now(std::move(now))
{
    // The folder is named by the file and a hash of where it is: the same name in two places
    // is two documents.
    const QFileInfo info(dataFile);
    const QString canonical = info.canonicalFilePath();
    const QString where = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    const QByteArray hash =
        QCryptographicHash::hash(QFile::encodeName(where), QCryptographicHash::Sha1).toHex();
    const QString base = root.isEmpty() ? defaultRoot() : root;
    m_folder =
        QDir(base).filePath(info.fileName() + QLatin1Char('-') + QString::fromLatin1(hash.left(8)));
}

QString Backups::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

void Backups::setClock(Now now)
{
    processClock() = std::move(now);
}

QDateTime Backups::now() const
{
    if (m_now)
        return m_now();
    if (processClock())
        return processClock()();
    return QDateTime::currentDateTime();
}

QString Backups::newBackupPath(BackupReason reason) const
{
    // Two backups in the same millisecond (open, then a restore) get the next free one.
    QDateTime at = now().toUTC();
    for (;;) {
        const QString path =
            QDir(m_folder).filePath(at.toString(QLatin1String(TimeFormat)) + QLatin1Char('-') +
                                    reasonKey(reason) + QStringLiteral(".sqlite"));
        if (!QFileInfo::exists(path))
            return path;
        at = at.addMSecs(1);
    }
}

std::optional<BackupInfo> Backups::take(PlanStore &store, BackupReason reason, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!makePrivateFolder(m_folder, QFileInfo(m_folder).absolutePath())) {
        *error = tr("The backup folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    const QString path = newBackupPath(reason);
    if (!store.saveCopy(path, error))
        return std::nullopt;
    QFile::setPermissions(path, OwnerOnlyFile);
    prune();
    // Read back as list() reads it, so the two agree to the millisecond.
    BackupInfo info;
    for (const BackupInfo &known : scan()) {
        if (known.path == QFileInfo(path).absoluteFilePath())
            info = known;
    }
    info.figures = figureCount(path);
    return info;
}

std::vector<BackupInfo> Backups::scan() const
{
    static const QRegularExpression name(
        QStringLiteral("^(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z-]+)\\.sqlite$"));
    std::vector<BackupInfo> found;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), QLatin1String(TimeFormat));
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.takenAt = at.toLocalTime();
        info.size = file.size();
        for (const ReasonName &reason : ReasonNames) {
            if (match.captured(2) == QLatin1String(reason.key))
                info.reason = reason.reason;
        }
        found.push_back(info);
    }
    std::sort(found.begin(), found.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    return found;
}

std::vector<BackupInfo> Backups::list() const
{
    std::vector<BackupInfo> backups = scan();
    for (BackupInfo &backup : backups)
        backup.figures = figureCount(backup.path);
    return backups;
}

std::optional<BackupInfo> Backups::latest() const
{
    const std::vector<BackupInfo> backups = scan();
    if (backups.empty())
        return std::nullopt;
    return backups.front();
}

std::optional<BackupInfo> Backups::latestOf(const QString &dataFile)
{
    return Backups(dataFile).latest();
}

bool Backups::isUnchangedSinceLatest() const
{
    const std::optional<BackupInfo> newest = latest();
    if (!newest)
        return false;
    // Both times from the file system (the backup's own, not its name's, which follows the
    // injectable clock).
    const QDateTime backedUp = QFileInfo(newest->path).lastModified();
    const QFileInfo file(m_dataFile);
    const QFileInfo log(m_dataFile + QStringLiteral("-wal"));
    // An empty log is only a reader's; one with frames holds changes not yet in the file.
    return file.exists() && file.lastModified() <= backedUp &&
           (!log.exists() || log.size() == 0 || log.lastModified() <= backedUp);
}

void Backups::prune()
{
    const std::vector<BackupInfo> backups = scan(); // newest first
    const QDate today = now().toLocalTime().date();
    std::set<QDate> daysKept;
    for (std::size_t i = 0; i < backups.size(); ++i) {
        const BackupInfo &backup = backups[i];
        const QDate day = backup.takenAt.date();
        bool keep = i < std::size_t(KeepNewest);
        // The first one met of a day is that day's newest.
        if (day.daysTo(today) < KeepDays && daysKept.insert(day).second)
            keep = true;
        if (!keep)
            PlanStore::removeFiles(backup.path);
    }
}

bool Backups::restore(const QString &backupPath, PlanStore &store, QString *error,
                      std::optional<BackupInfo> *before)
{
    QString localError;
    if (!error)
        error = &localError;
    if (before)
        before->reset();
    const QFileInfo target(m_dataFile);
    if (!QFileInfo::exists(backupPath)) {
        *error = tr("The backup %1 is no longer there.").arg(QDir::toNativeSeparators(backupPath));
        return false;
    }

    // 1. The copy to move in, beside the file, checked by opening it as a data file (which
    // also brings an older schema forward). The backup itself is never written to.
    const QString incoming = temporaryPathBeside(target);
    if (!QFile::copy(backupPath, incoming)) {
        *error = tr("The backup could not be copied to %1.")
                     .arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    QFile::setPermissions(incoming, OwnerOnlyFile);
    {
        PlanStore check;
        QString reason;
        const bool ok = check.open(incoming, &reason) && check.hasPlan(&reason);
        check.close();
        if (!ok || QFileInfo::exists(incoming + QStringLiteral("-wal"))) {
            PlanStore::removeFiles(incoming);
            *error = tr("The backup cannot be restored: %1").arg(reason);
            return false;
        }
        QFile::remove(incoming + QStringLiteral("-shm"));
    }

    // 2. The state being replaced, kept first: restoring it undoes this restore. A file the
    // store cannot open (damaged) is kept byte for byte.
    std::optional<BackupInfo> kept;
    if (store.isOpen()) {
        kept = take(store, BackupReason::BeforeRestore, error);
    } else if (target.exists() && makePrivateFolder(m_folder, QFileInfo(m_folder).absolutePath())) {
        const QString path = newBackupPath(BackupReason::BeforeRestore);
        if (QFile::copy(m_dataFile, path)) {
            QFile::setPermissions(path, OwnerOnlyFile);
            kept = latest();
        } else {
            *error = tr("The current data file could not be kept as a backup.");
        }
    } else if (!target.exists()) {
        kept = BackupInfo(); // nothing to keep
    }
    if (!kept) {
        PlanStore::removeFiles(incoming);
        return false;
    }
    if (before && !kept->path.isEmpty())
        *before = kept;

    // 3. Moved in with the store closed: an open connection would later fold its log into, or
    // delete the log of, the file that replaced its own.
    const bool wasOpen = store.isOpen();
    store.close();
    QFile::remove(m_dataFile + QStringLiteral("-wal"));
    QFile::remove(m_dataFile + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(incoming).constData(),
                 QFile::encodeName(m_dataFile).constData()) != 0) {
        PlanStore::removeFiles(incoming);
        *error =
            tr("The backup could not be moved to %1.").arg(QDir::toNativeSeparators(m_dataFile));
        if (wasOpen)
            store.open(m_dataFile, nullptr);
        return false;
    }
    syncFolder(target.absolutePath());
    return true;
}

int Backups::figureCount(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return -1;
    // Read-only and immutable: no lock, no -shm or -wal made beside the backup.
    const QString connection =
        QStringLiteral("pd-backup-count-%1")
            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM measurement")) && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

QString Backups::reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Open:
        return tr("At open");
    case BackupReason::Hourly:
        return tr("While editing");
    case BackupReason::BeforeRestore:
        return tr("Before a restore");
    case BackupReason::BeforeBulkChange:
        return tr("Before a bulk change");
    }
    return {};
}

} // namespace pd
