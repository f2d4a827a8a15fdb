#pragma once

#include "plan/TaskTypes.h"
#include "store/PlanStore.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QVariant>

#include <map>
#include <optional>
#include <vector>

namespace pd {

/// One task's change by an import of the units' sheets (ImportSheetsCommand): its status and
/// its month's 进展情况 entry, as they were and as they become.
struct TaskChange
{
    qint64 taskId = 0;
    TaskStatus statusBefore = TaskStatus::NotReported;
    TaskStatus statusAfter = TaskStatus::NotReported;
    std::optional<TaskProgress> entryBefore; ///< the month's entry recorded; nullopt: none
    std::optional<TaskProgress> entryAfter;  ///< what it becomes; nullopt: none (or removed)

    bool isEmpty() const;
};

/// The plan's tasks (重点工作任务台账) kept in its data file: tables task, task_progress and
/// task_indicator (schema version 8). The tasks themselves come from the report's text (the
/// parser's ParsedPlan::tasks, written with the plan by PlanStore::importPlan, or at the
/// upgrade of an older file from the source text it keeps); a user sets their status, units
/// and deadline and writes a dated 进展情况 per round. Every change is one transaction with its
/// audit rows (entities "task" and "task_progress"); signals announce what changed.
///
/// Like MeetingStore it works through the plan store's API only (statement(), transaction(),
/// audit(), readRows()/readRow()), so a read that fails is announced by the plan store's
/// readFailed. There is one per plan store (of()), so the window, the models and the commands
/// hear the same signals.
class TaskStore : public QObject
{
    Q_OBJECT
public:
    /// The task store of a plan store, made on first use as its child.
    static TaskStore *of(PlanStore *store);
    /// The same for readers of a const store (made on first use all the same: a cache).
    static const TaskStore *of(const PlanStore *store)
    {
        return of(const_cast<PlanStore *>(store));
    }

    PlanStore *planStore() const { return m_store; }

    /// Every task in report order, with its indicators.
    std::vector<TaskRecord> tasks(QString *error = nullptr) const;
    std::optional<TaskRecord> task(qint64 id, QString *error = nullptr) const;
    std::optional<TaskRecord> taskByCode(const QString &code, QString *error = nullptr) const;
    /// A task's 进展情况 entries by date.
    std::vector<TaskProgress> progress(qint64 taskId, QString *error = nullptr) const;
    std::optional<TaskProgress> progressEntry(qint64 id, QString *error = nullptr) const;
    /// The latest entry on or before asOf, per task id.
    std::map<qint64, TaskProgress> latestProgress(const QDate &asOf,
                                                  QString *error = nullptr) const;
    /// Every task's entries on or before upTo, by task (in report order of their ids) and date.
    std::vector<TaskProgress> progressUpTo(const QDate &upTo, QString *error = nullptr) const;

    /// Changes one field (audited). Status: TaskStatus as int; units: QString; deadline: QDate.
    bool setTaskField(qint64 taskId, TaskField field, const QVariant &value, QString *error);
    static QVariant taskFieldValue(const TaskRecord &task, TaskField field);

    /// Adds a round's 进展情况 (its id is ignored unless restoring one deleted by undo; who and
    /// when are then kept too). Refused for an empty text, an invalid date, or a month that
    /// already has an entry for the task (one per round).
    std::optional<qint64> addProgress(const TaskProgress &entry, QString *error,
                                      bool keepId = false);
    /// Changes an entry's date, status or text (the same checks).
    bool updateProgress(const TaskProgress &entry, QString *error);
    bool removeProgress(qint64 id, QString *error);

    /// Writes changes in order with their audit rows inside the caller's transaction (an
    /// import's, with its figures: PlanStore::applyBatch's alsoInTransaction), announcing
    /// nothing until announce(). An entry added (entryAfter without entryBefore) keeps its id
    /// when it has one (redo after undo), and who and when when given; *addedIds: the ids the
    /// added entries got, in order. The same checks as addProgress and updateProgress.
    bool applyChanges(const std::vector<TaskChange> &changes, QString *error,
                      std::vector<qint64> *addedIds = nullptr);
    /// The changes that undo applied ones (in reverse order), given the ids applyChanges gave
    /// the added entries.
    static std::vector<TaskChange> reverted(const std::vector<TaskChange> &applied,
                                            const std::vector<qint64> &addedIds);
    /// After the commit: taskChanged and progressChanged for the tasks changes touch.
    void announce(const std::vector<TaskChange> &changes);

    /// For PlanStore::importPlan, inside its transaction: writes the parsed plan's tasks and
    /// their indicator links. nodeIds and indicatorIds give the stored id of each of the plan's
    /// nodes and indicators (0 for one not written: its tasks or links are left out).
    static bool writeParsedTasks(PlanStore &store, const ParsedPlan &plan,
                                 const std::vector<qint64> &nodeIds,
                                 const std::vector<qint64> &indicatorIds, QString *error);
    /// For the upgrade to version 8, inside its transaction on the raw connection: parses the
    /// plan's stored source text again and writes its tasks, matching nodes by their place in
    /// the tree (kind and ordinal from the top) and indicators by code. A file without a plan,
    /// without source text or whose text no longer parses gets no tasks (not an error).
    static bool fillFromSourceText(const QSqlDatabase &db, QString *error);

signals:
    /// A task's status, units or deadline changed.
    void taskChanged(qint64 taskId);
    /// A task's 进展情况 entries changed.
    void progressChanged(qint64 taskId);

private:
    explicit TaskStore(PlanStore *store);
    bool ready(QString *error) const;
    /// Another entry of the task in the same month as entry, other than entry itself.
    bool monthTaken(const TaskProgress &entry, QString *error) const;
    bool checkEntry(const TaskProgress &entry, QString *error) const;
    /// After a change of one row: a refusal by the server, or a row it hid (0 rows changed),
    /// is an error naming the task's unit.
    bool changedOne(const Statement &q, bool executed, const QString &refusal,
                    QString *error) const;
    /// The message of a refused change of a task's rows, on a server (empty on a file).
    QString refused(qint64 taskId) const;
    // The writes of one change, inside a transaction begun by the caller.
    bool writeStatus(qint64 taskId, TaskStatus before, TaskStatus after, QString *error);
    std::optional<qint64> insertEntry(TaskProgress row, bool keepId, bool keepWho, QString *error);
    bool updateEntry(const TaskProgress &old, const TaskProgress &after, QString *error);
    bool deleteEntry(const TaskProgress &old, QString *error);

    QPointer<PlanStore> m_store;
};

} // namespace pd
