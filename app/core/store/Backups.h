#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pd {

class PlanStore;

/// Why a backup was taken; part of its file name, shown in File → Restore Backup….
enum class BackupReason
{
    Open,             ///< when the window opened the file
    Hourly,           ///< while edits are made, at most once an hour
    BeforeRestore,    ///< the state a restore replaced: restoring this one undoes the restore
    BeforeBulkChange, ///< before import-report --replace or another change of many rows
};

/// One backup file of a data file.
struct BackupInfo
{
    QString path;
    QDateTime takenAt; ///< local time
    BackupReason reason = BackupReason::Open;
    qint64 size = 0;
    int figures = -1; ///< progress figures it holds; -1 when it cannot be read
};

/// The automatic backups of one data file: whole, consistent copies (VACUUM INTO through
/// PlanStore::saveCopy) in a folder of their own under the application data
/// (backups/<file name>-<hash of its path>/, so two "plan.sqlite" in different folders never
/// mix), folders 0700 and files 0600 as the data may not be public. Pruned after every backup:
/// the newest KeepNewest stay, and the newest of each of the last KeepDays days.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(pd::Backups)
public:
    static constexpr int KeepNewest = 20;
    static constexpr int KeepDays = 30;
    /// Edits are backed up at most this often (seconds).
    static constexpr qint64 Interval = 3600;

    using Now = std::function<QDateTime()>;

    /// The backups of dataFile, under root (default: defaultRoot()), timed by now (default:
    /// the process clock, see setClock()).
    explicit Backups(const QString &dataFile, const QString &root = {}, Now now = {});

    /// AppDataLocation/backups.
    static QString defaultRoot();
    /// Sets the clock of every Backups made without one (an empty function: the system
    /// clock). For tests of "at most once an hour" and of pruning, which must not sleep.
    static void setClock(Now now);

    QString dataFile() const { return m_dataFile; }
    /// The folder of this file's backups (it may not exist yet).
    QString folder() const { return m_folder; }
    QDateTime now() const;

    /// Copies the open store into a new backup, then prunes. Nothing on failure, with *error.
    std::optional<BackupInfo> take(PlanStore &store, BackupReason reason, QString *error);
    /// The backups, newest first, with their size and figure count (read from each copy).
    std::vector<BackupInfo> list() const;
    /// The newest backup, without opening any (size only; figures stay -1).
    std::optional<BackupInfo> latest() const;
    /// The newest backup of dataFile under the default root: for the message on a damaged
    /// file, which must not open the file to find it.
    static std::optional<BackupInfo> latestOf(const QString &dataFile);
    /// True when the file has not changed since the newest backup (so opening it again needs
    /// none): neither it nor a non-empty write-ahead log is newer than that backup.
    bool isUnchangedSinceLatest() const;
    /// Deletes the backups the rules do not keep.
    void prune();

    /// Puts a backup in place of the data file. First checks the copy opens as a data file,
    /// then keeps the current state as a BeforeRestore backup (*before), closes the store and
    /// moves the copy in (written beside, renamed; the old -wal and -shm removed). The caller
    /// opens the file again. On failure the file is as it was and the store open again.
    bool restore(const QString &backupPath, PlanStore &store, QString *error,
                 std::optional<BackupInfo> *before = nullptr);

    /// The number of progress figures in a data file, read without writing or locking it;
    /// -1 when it cannot be read.
    static int figureCount(const QString &path);
    /// The user's words for a reason ("At open", "Before a restore"…).
    static QString reasonText(BackupReason reason);

private:
    std::vector<BackupInfo> scan() const;
    QString newBackupPath(BackupReason reason) const;

    QString m_dataFile;
    QString m_folder;
    Now m_now;
};

} // namespace pd
