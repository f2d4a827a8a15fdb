#pragma once

#include "plan/PlanTypes.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <memory>

class QUndoStack;

namespace pd {

class Backups;
enum class BackupReason;
class MeetingStore;
class PlanFilterModel;
class PlanStore;
class PlanTreeModel;
struct ServerAddress;

/// One open data file and everything that lives as long as it: the store, the meetings kept
/// in the same file, the undo stack, and the tree and filter models over the plan. The window
/// shows one document and swaps it whole; nothing outlives the file it belongs to.
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    /// A document with no file open and an empty plan (the window before its first file).
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    /// Opens a data file, making it with the built-in plan when missing. Null on failure,
    /// with *error saying why; the file is then as it was.
    static std::unique_ptr<PlanDocument> open(const QString &path, QString *error);
    /// Opens the plan on a PostgreSQL server (no backups: the server keeps its data). Null on
    /// failure, with *error saying why.
    static std::unique_ptr<PlanDocument> openServer(const ServerAddress &address,
                                                    const QString &password, QString *error);
    /// Makes a new data file at path from a parsed plan, replacing any file there, and opens
    /// it. The file appears only when complete (see DataFile).
    static std::unique_ptr<PlanDocument> createFromPlan(const QString &path, const ParsedPlan &plan,
                                                        QString *error);

    /// The date a plan is first shown at: today, kept inside the plan's year (an old plan is
    /// seen at its year's end); today itself for a plan without a year.
    static QDate startDate(int planYear, const QDate &today);

    PlanStore *store() const { return m_store; }
    MeetingStore *meetings() const { return m_meetings; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PlanTreeModel *treeModel() const { return m_treeModel; }
    PlanFilterModel *filterModel() const { return m_filterModel; }
    QString path() const;
    bool isOpen() const;
    /// The automatic backups of the open file (null with no file open): one at open, then at
    /// most one an hour while edits are made.
    Backups *backups() const { return m_backups.get(); }
    /// Why the last automatic backup failed; empty when it did not.
    QString backupError() const { return m_backupError; }

    /// Re-reads the plan (another program changed the file). Clears the undo stack: another
    /// program's edits are not on it, and undoing across them would be wrong.
    void reload();
    /// The same for another program's changes that can be followed row by row (see
    /// PlanStore::followOutsideChanges): only their rows are read and updated; nothing is
    /// reset. False when they cannot be: then reload().
    bool followOutsideChanges();

signals:
    /// A read from the file failed (locked, damaged, removed); the message says what and why.
    void readFailed(const QString &message);
    /// An automatic backup could not be taken; the edits themselves are saved.
    void backupFailed(const QString &message);

private:
    /// After a change: a backup when the last one is an hour old.
    void backUpIfDue();
    void takeBackup(BackupReason reason);

    PlanStore *m_store;
    MeetingStore *m_meetings;
    QUndoStack *m_undoStack;
    PlanTreeModel *m_treeModel;
    PlanFilterModel *m_filterModel;
    std::unique_ptr<Backups> m_backups;
    QDateTime m_lastBackup;
    QString m_backupError;
};

} // namespace pd
