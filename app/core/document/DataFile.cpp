#include "document/DataFile.h"

#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace pd {

namespace {

QString temporaryPathBeside(const QFileInfo &target)
{
    // Same folder, so the final move is a rename on one file system, never a copy.
    const QDir dir = target.absoluteDir();
    QString candidate;
    do {
        // The process id keeps two programs apart even when they share a random state (a
        // forked child draws what its parent would).
        candidate =
            dir.filePath(QStringLiteral(".%1.%2-%3.partial")
                             .arg(target.fileName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    } while (QFileInfo::exists(candidate));
    return candidate;
}

/// Makes a rename in dir survive a power cut (the file's own bytes were synced at commit).
void syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool DataFile::create(const QString &path, const ParsedPlan &plan, IfExists ifExists,
                      QString *error, bool *created)
{
    return create(
        path, [&plan](PlanStore &store, QString *e) { return store.importPlan(plan, false, e); },
        ifExists, error, created);
}

bool DataFile::create(const QString &path, const Fill &fill, IfExists ifExists, QString *error,
                      bool *created)
{
    QString localError;
    if (!error)
        error = &localError;
    bool localCreated = false;
    if (!created)
        created = &localCreated;
    *created = false;

    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        *error = tr("The folder %1 does not exist.")
                     .arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    const QString temporary = temporaryPathBeside(target);
    {
        PlanStore store;
        const bool written = store.open(temporary, error) && fill(store, error);
        store.close();
        if (!written) {
            PlanStore::removeFiles(temporary);
            return false;
        }
    }
    // Closing the last connection folds the write-ahead log into the file; a log still there
    // means it did not, and moving the file without it would lose the plan.
    if (QFileInfo::exists(temporary + QStringLiteral("-wal"))) {
        PlanStore::removeFiles(temporary);
        *error = tr("Could not finish writing %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::remove(temporary + QStringLiteral("-shm"));

    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (ifExists == IfExists::Keep) {
        // link() refuses an existing name atomically, so two processes making the same file
        // at once both end up with the one that got there first.
        if (::link(from.constData(), to.constData()) == 0) {
            *created = true;
        } else if (errno != EEXIST && !QFileInfo::exists(path) &&
                   ::rename(from.constData(), to.constData()) == 0) {
            *created = true; // a file system without hard links
            syncFolder(target.absolutePath());
            return true;
        } else if (!QFileInfo::exists(path)) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            PlanStore::removeFiles(temporary);
            *error = tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), reason);
            return false;
        }
        QFile::remove(temporary);
        syncFolder(target.absolutePath());
        return true;
    }

    // The replaced file's side files belong to it: left behind, SQLite could replay an old
    // log into the new file.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (::rename(from.constData(), to.constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        PlanStore::removeFiles(temporary);
        *error = tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    syncFolder(target.absolutePath());
    *created = true;
    return true;
}

} // namespace pd
