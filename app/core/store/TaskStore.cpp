#include "store/TaskStore.h"

#include "parse/ReportParser.h"
#include "store/ServerRights.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

namespace pd {
namespace {

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and empty means empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
QString dateKey(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}
QString monthKey(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : QString();
}
QVariant idOrNull(bool keep, qint64 id)
{
    return keep ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
QString missingOr(const QString &readError, const QString &fallback)
{
    return readError.isEmpty() ? fallback : readError;
}

const char *const taskColumns =
    "id, node_id, ordinal, code, text, deadline, deadline_stated, lead_unit, co_units, status";

TaskRecord readTask(const Statement &q)
{
    TaskRecord t;
    q.columns(0, t.id, t.nodeId, t.ordinal, t.code, t.text, t.deadline, t.deadlineStated,
              t.leadUnit, t.coUnits);
    t.status = taskStatusFromKey(q.toString(9)).value_or(TaskStatus::NotReported);
    return t;
}

const char *const progressColumns = "id, task_id, date, status, text, entered_by, entered_at";

TaskProgress readProgress(const Statement &q)
{
    TaskProgress p;
    q.columns(0, p.id, p.taskId, p.date);
    p.status = taskStatusFromKey(q.toString(3)).value_or(TaskStatus::NotReported);
    q.columns(4, p.text, p.enteredBy);
    p.enteredAt = q.toDateTime(6);
    return p;
}

QString progressSummary(const TaskProgress &p)
{
    return QStringLiteral("%1 %2 %3").arg(dateKey(p.date), taskStatusKey(p.status), p.text);
}

QString fieldName(TaskField field)
{
    switch (field) {
    case TaskField::Status:
        return QStringLiteral("status");
    case TaskField::LeadUnit:
        return QStringLiteral("lead_unit");
    case TaskField::CoUnits:
        return QStringLiteral("co_units");
    case TaskField::Deadline:
        break;
    }
    return QStringLiteral("deadline");
}

/// The value as stored (and audited) for a field.
QString storedValue(TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Status:
        return taskStatusKey(TaskStatus(value.toInt()));
    case TaskField::Deadline:
        return dateKey(value.toDate());
    case TaskField::LeadUnit:
    case TaskField::CoUnits:
        break;
    }
    return text(value.toString().trimmed());
}

using Prepare = std::function<Statement(const QString &)>;

/// Writes the tasks of a parsed plan and their links with statements from prepare.
bool writeTasks(const Prepare &prepare, const ParsedPlan &plan, const std::vector<qint64> &nodeIds,
                const std::vector<qint64> &indicatorIds, QString *error)
{
    Statement insert = prepare(QStringLiteral(
        "INSERT INTO task (node_id, ordinal, code, text, deadline, deadline_stated, lead_unit, "
        "co_units, status, position) VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?)"));
    Statement link = prepare(QStringLiteral(
        "INSERT INTO task_indicator (indicator_id, task_id, position) VALUES (?, ?, ?) ON "
        "CONFLICT DO NOTHING"));
    int position = 0;
    for (const ParsedPlan::Task &parsed : plan.tasks) {
        const qint64 nodeId =
            parsed.node >= 0 && parsed.node < int(nodeIds.size()) ? nodeIds[parsed.node] : 0;
        if (nodeId <= 0)
            continue;
        const PlanTask &t = parsed.task;
        if (!insert.exec({nodeId, t.ordinal, text(t.code), text(t.text), dateKey(t.deadline),
                          t.deadlineStated ? 1 : 0, taskStatusKey(TaskStatus::NotReported),
                          position++})) {
            *error = insert.error();
            return false;
        }
        const qint64 taskId = insert.lastInsertId();
        int linkPosition = 0;
        for (int indicator : parsed.indicators) {
            const qint64 indicatorId = indicator >= 0 && indicator < int(indicatorIds.size())
                                           ? indicatorIds[indicator]
                                           : 0;
            if (indicatorId <= 0)
                continue;
            if (!link.exec({indicatorId, taskId, linkPosition++})) {
                *error = link.error();
                return false;
            }
        }
    }
    return true;
}

} // namespace

TaskStore::TaskStore(PlanStore *store) : QObject(store), m_store(store)
{
    // Another program's task changes are followed row by row, as its figures are.
    store->followOutsideEntity(QStringLiteral("task"), [this](qint64 taskId) {
        emit taskChanged(taskId);
        return true;
    });
    store->followOutsideEntity(QStringLiteral("task_progress"), [this](qint64 entryId) {
        // A deleted entry no longer says whose it was: then everything is read again.
        const std::optional<qint64> taskId = m_store->readRow(
            QStringLiteral("SELECT task_id FROM task_progress WHERE id = ?"), {entryId},
            [](const Statement &q) { return q.toLongLong(0); },
            tr("The tasks could not be read: %1"), nullptr);
        if (!taskId)
            return false;
        emit progressChanged(*taskId);
        return true;
    });
}

TaskStore *TaskStore::of(PlanStore *store)
{
    if (!store)
        return nullptr;
    if (auto *existing = store->findChild<TaskStore *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new TaskStore(store);
}

bool TaskStore::ready(QString *error) const
{
    if (m_store && m_store->isOpen())
        return true;
    if (error)
        *error = tr("No data file is open.");
    return false;
}

std::vector<TaskRecord> TaskStore::tasks(QString *error) const
{
    if (!ready(error))
        return {};
    QString readError;
    std::vector<TaskRecord> result = m_store->readRows(
        QStringLiteral("SELECT %1 FROM task ORDER BY position, id").arg(QLatin1String(taskColumns)),
        {}, readTask, tr("The tasks could not be read: %1"), &readError);
    if (readError.isEmpty()) {
        std::unordered_map<qint64, std::size_t> at;
        for (std::size_t i = 0; i < result.size(); ++i)
            at[result[i].id] = i;
        const auto links = m_store->readRows(
            QStringLiteral("SELECT task_id, indicator_id FROM task_indicator ORDER BY task_id, "
                           "position"),
            {}, [](const Statement &q) { return std::pair(q.toLongLong(0), q.toLongLong(1)); },
            tr("The tasks could not be read: %1"), &readError);
        for (const auto &[taskId, indicatorId] : links) {
            const auto found = at.find(taskId);
            if (found != at.end())
                result[found->second].indicatorIds.push_back(indicatorId);
        }
    }
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return {};
    }
    return result;
}

std::optional<TaskRecord> TaskStore::task(qint64 id, QString *error) const
{
    if (!ready(error))
        return std::nullopt;
    QString readError;
    std::optional<TaskRecord> found = m_store->readRow(
        QStringLiteral("SELECT %1 FROM task WHERE id = ?").arg(QLatin1String(taskColumns)), {id},
        readTask, tr("The tasks could not be read: %1"), &readError);
    if (found) {
        found->indicatorIds = m_store->readRows(
            QStringLiteral(
                "SELECT indicator_id FROM task_indicator WHERE task_id = ? ORDER BY position"),
            {id}, [](const Statement &q) { return q.toLongLong(0); },
            tr("The tasks could not be read: %1"), &readError);
    }
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    return found;
}

std::optional<TaskRecord> TaskStore::taskByCode(const QString &code, QString *error) const
{
    if (!ready(error))
        return std::nullopt;
    const std::optional<qint64> id = m_store->readRow(
        QStringLiteral("SELECT id FROM task WHERE code = ?"), {text(code)},
        [](const Statement &q) { return q.toLongLong(0); }, tr("The tasks could not be read: %1"),
        error);
    return id ? task(*id, error) : std::nullopt;
}

std::vector<TaskProgress> TaskStore::progress(qint64 taskId, QString *error) const
{
    if (!ready(error))
        return {};
    return m_store->readRows(
        QStringLiteral("SELECT %1 FROM task_progress WHERE task_id = ? ORDER BY date, id")
            .arg(QLatin1String(progressColumns)),
        {taskId}, readProgress, tr("The progress of the task could not be read: %1"), error);
}

std::optional<TaskProgress> TaskStore::progressEntry(qint64 id, QString *error) const
{
    if (!ready(error))
        return std::nullopt;
    return m_store->readRow(QStringLiteral("SELECT %1 FROM task_progress WHERE id = ?")
                                .arg(QLatin1String(progressColumns)),
                            {id}, readProgress,
                            tr("The progress of the task could not be read: %1"), error);
}

std::vector<TaskProgress> TaskStore::progressUpTo(const QDate &upTo, QString *error) const
{
    if (!ready(error))
        return {};
    return m_store->readRows(
        QStringLiteral("SELECT %1 FROM task_progress WHERE date <= ? ORDER BY task_id, date, id")
            .arg(QLatin1String(progressColumns)),
        {dateKey(upTo)}, readProgress, tr("The progress of the tasks could not be read: %1"),
        error);
}

std::map<qint64, TaskProgress> TaskStore::latestProgress(const QDate &asOf, QString *error) const
{
    std::map<qint64, TaskProgress> latest;
    // In order, so each task's last row on or before the date is the one kept.
    for (TaskProgress &entry : progressUpTo(asOf, error))
        latest[entry.taskId] = std::move(entry);
    return latest;
}

QVariant TaskStore::taskFieldValue(const TaskRecord &task, TaskField field)
{
    switch (field) {
    case TaskField::Status:
        return int(task.status);
    case TaskField::LeadUnit:
        return task.leadUnit;
    case TaskField::CoUnits:
        return task.coUnits;
    case TaskField::Deadline:
        break;
    }
    return task.deadline;
}

bool TaskStore::setTaskField(qint64 taskId, TaskField field, const QVariant &value, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<TaskRecord> old = task(taskId, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The task no longer exists."));
        return false;
    }
    if (field == TaskField::Deadline && !value.toDate().isValid()) {
        *error = tr("The deadline is not a valid date.");
        return false;
    }
    if (field == TaskField::Status &&
        !taskStatusFromKey(taskStatusKey(TaskStatus(value.toInt())))) {
        *error = tr("The status is not valid.");
        return false;
    }
    const QString before = storedValue(field, taskFieldValue(*old, field));
    const QString after = storedValue(field, value);
    if (before == after)
        return true;
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    // The column's name is ours (fieldName), never input.
    Statement update = m_store->statement(
        QStringLiteral("UPDATE task SET %1 = ? WHERE id = ?").arg(fieldName(field)));
    const QString refusal = refused(taskId);
    if (!changedOne(update, update.exec({after, taskId}), refusal, error))
        return false;
    if (!m_store->audit(QStringLiteral("task"), taskId, fieldName(field), before, after, error))
        return false;
    if (!tx.commit(error))
        return false;
    emit taskChanged(taskId);
    return true;
}

bool TaskStore::changedOne(const Statement &q, bool executed, const QString &refusal,
                           QString *error) const
{
    if (!executed) {
        *error =
            ServerRights::isRefusal(q.driverText()) && !refusal.isEmpty() ? refusal : q.error();
        return false;
    }
    // On a server a row the login may not change is out of its sight: the statement changes
    // nothing and says nothing. That is a refusal, not a change to audit.
    if (q.rowsAffected() == 0) {
        *error = m_store->isServer() ? refusal
                                     : tr("The task or its entry no longer exists; another "
                                          "program removed it.");
        return false;
    }
    return true;
}

QString TaskStore::refused(qint64 taskId) const
{
    // Made before a change on a server, as after a refusal its transaction reads nothing more.
    if (!m_store->isServer())
        return {};
    const std::optional<TaskRecord> record = task(taskId);
    return ServerRights::refusedMessage(record ? record->code : QString::number(taskId),
                                        record ? record->leadUnit : QString(), m_store->userName(),
                                        ServerRights::unitOfUser(*m_store).value_or(QString()));
}

bool TaskStore::monthTaken(const TaskProgress &entry, QString *error) const
{
    const std::optional<qint64> other = m_store->readRow(
        QStringLiteral("SELECT id FROM task_progress WHERE task_id = ? AND substr(date, 1, 7) = ? "
                       "AND id <> ? LIMIT 1"),
        {entry.taskId, monthKey(entry.date), entry.id},
        [](const Statement &q) { return q.toLongLong(0); },
        tr("The progress of the task could not be read: %1"), error);
    return other.has_value();
}

bool TaskStore::checkEntry(const TaskProgress &entry, QString *error) const
{
    if (!entry.date.isValid()) {
        *error = tr("The date is not valid.");
        return false;
    }
    if (entry.text.trimmed().isEmpty()) {
        *error = tr("Write the progress (进展情况) first.");
        return false;
    }
    QString readError;
    if (monthTaken(entry, &readError)) {
        *error = tr("The task already has its progress for %1; change that entry instead.")
                     .arg(monthKey(entry.date));
        return false;
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return true;
}

std::optional<qint64> TaskStore::insertEntry(TaskProgress row, bool keepId, bool keepWho,
                                             QString *error)
{
    if (!keepWho || row.enteredBy.isEmpty())
        row.enteredBy = m_store->userName();
    if (!keepWho || !row.enteredAt.isValid())
        row.enteredAt = QDateTime::currentDateTime();
    const QString refusal = refused(row.taskId);
    Statement insert = m_store->statement(
        QStringLiteral("INSERT INTO task_progress (id, task_id, date, status, text, entered_by, "
                       "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec({idOrNull(keepId && row.id > 0, row.id), row.taskId, dateKey(row.date),
                      taskStatusKey(row.status), row.text, text(row.enteredBy),
                      row.enteredAt.toString(Qt::ISODate)})) {
        *error = ServerRights::isRefusal(insert.driverText()) && !refusal.isEmpty()
                     ? refusal
                     : insert.error();
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId();
    row.id = id;
    if (!m_store->audit(QStringLiteral("task_progress"), id, QStringLiteral("*"), {},
                        progressSummary(row), error))
        return std::nullopt;
    return id;
}

bool TaskStore::updateEntry(const TaskProgress &old, const TaskProgress &after, QString *error)
{
    Statement update = m_store->statement(
        QStringLiteral("UPDATE task_progress SET date = ?, status = ?, text = ? WHERE id = ?"));
    const QString refusal = refused(old.taskId);
    if (!changedOne(
            update,
            update.exec({dateKey(after.date), taskStatusKey(after.status), after.text, old.id}),
            refusal, error))
        return false;
    const QString entity = QStringLiteral("task_progress");
    if (after.date != old.date && !m_store->audit(entity, old.id, QStringLiteral("date"),
                                                  dateKey(old.date), dateKey(after.date), error))
        return false;
    if (after.status != old.status &&
        !m_store->audit(entity, old.id, QStringLiteral("status"), taskStatusKey(old.status),
                        taskStatusKey(after.status), error))
        return false;
    if (after.text != old.text &&
        !m_store->audit(entity, old.id, QStringLiteral("text"), old.text, after.text, error))
        return false;
    return true;
}

bool TaskStore::deleteEntry(const TaskProgress &old, QString *error)
{
    Statement remove = m_store->statement(QStringLiteral("DELETE FROM task_progress WHERE id = ?"));
    const QString refusal = refused(old.taskId);
    if (!changedOne(remove, remove.exec({old.id}), refusal, error))
        return false;
    return m_store->audit(QStringLiteral("task_progress"), old.id, QStringLiteral("*"),
                          progressSummary(old), {}, error);
}

bool TaskStore::writeStatus(qint64 taskId, TaskStatus before, TaskStatus after, QString *error)
{
    if (before == after)
        return true;
    Statement update =
        m_store->statement(QStringLiteral("UPDATE task SET status = ? WHERE id = ?"));
    const QString refusal = refused(taskId);
    if (!changedOne(update, update.exec({taskStatusKey(after), taskId}), refusal, error))
        return false;
    return m_store->audit(QStringLiteral("task"), taskId, fieldName(TaskField::Status),
                          taskStatusKey(before), taskStatusKey(after), error);
}

std::optional<qint64> TaskStore::addProgress(const TaskProgress &entry, QString *error, bool keepId)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!ready(error))
        return std::nullopt;
    TaskProgress row = entry;
    if (!keepId)
        row.id = 0;
    row.text = text(row.text.trimmed());
    if (!checkEntry(row, error))
        return std::nullopt;
    QString readError;
    if (!task(row.taskId, &readError)) {
        *error = missingOr(readError, tr("The task no longer exists."));
        return std::nullopt;
    }
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return std::nullopt;
    const std::optional<qint64> id = insertEntry(row, keepId, keepId, error);
    if (!id || !tx.commit(error))
        return std::nullopt;
    emit progressChanged(row.taskId);
    return id;
}

bool TaskStore::updateProgress(const TaskProgress &entry, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<TaskProgress> old = progressEntry(entry.id, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The progress entry no longer exists."));
        return false;
    }
    TaskProgress after = *old;
    after.date = entry.date;
    after.status = entry.status;
    after.text = text(entry.text.trimmed());
    if (!checkEntry(after, error))
        return false;
    if (after.date == old->date && after.status == old->status && after.text == old->text)
        return true;
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    if (!updateEntry(*old, after, error) || !tx.commit(error))
        return false;
    emit progressChanged(after.taskId);
    return true;
}

bool TaskStore::removeProgress(qint64 id, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<TaskProgress> old = progressEntry(id, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The progress entry no longer exists."));
        return false;
    }
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    if (!deleteEntry(*old, error) || !tx.commit(error))
        return false;
    emit progressChanged(old->taskId);
    return true;
}

bool TaskChange::isEmpty() const
{
    if (statusBefore != statusAfter || entryBefore.has_value() != entryAfter.has_value())
        return false;
    return !entryBefore ||
           (entryBefore->date == entryAfter->date && entryBefore->status == entryAfter->status &&
            entryBefore->text == entryAfter->text);
}

bool TaskStore::applyChanges(const std::vector<TaskChange> &changes, QString *error,
                             std::vector<qint64> *addedIds)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!ready(error))
        return false;
    std::vector<qint64> ids;
    for (const TaskChange &change : changes) {
        if (!writeStatus(change.taskId, change.statusBefore, change.statusAfter, error))
            return false;
        if (change.entryAfter) {
            TaskProgress row = *change.entryAfter;
            row.taskId = change.taskId;
            row.text = text(row.text.trimmed());
            if (change.entryBefore)
                row.id = change.entryBefore->id;
            if (!checkEntry(row, error))
                return false;
            if (change.entryBefore) {
                if (!updateEntry(*change.entryBefore, row, error))
                    return false;
            } else {
                const std::optional<qint64> id = insertEntry(row, row.id > 0, true, error);
                if (!id)
                    return false;
                ids.push_back(*id);
            }
        } else if (change.entryBefore && !deleteEntry(*change.entryBefore, error)) {
            return false;
        }
    }
    if (addedIds)
        *addedIds = std::move(ids);
    return true;
}

std::vector<TaskChange> TaskStore::reverted(const std::vector<TaskChange> &applied,
                                            const std::vector<qint64> &addedIds)
{
    std::vector<TaskChange> undo;
    std::size_t added = 0;
    for (const TaskChange &change : applied) {
        TaskChange back;
        back.taskId = change.taskId;
        back.statusBefore = change.statusAfter;
        back.statusAfter = change.statusBefore;
        back.entryBefore = change.entryAfter;
        back.entryAfter = change.entryBefore; // a removed entry comes back under its id
        if (change.entryAfter && !change.entryBefore) {
            if (added < addedIds.size())
                back.entryBefore->id = addedIds[added];
            ++added;
        } else if (change.entryAfter && change.entryBefore) {
            back.entryBefore->id = change.entryBefore->id;
        }
        undo.push_back(std::move(back));
    }
    std::reverse(undo.begin(), undo.end());
    return undo;
}

void TaskStore::announce(const std::vector<TaskChange> &changes)
{
    std::set<qint64> statuses;
    std::set<qint64> entries;
    for (const TaskChange &change : changes) {
        if (change.statusBefore != change.statusAfter)
            statuses.insert(change.taskId);
        if (change.entryBefore || change.entryAfter)
            entries.insert(change.taskId);
    }
    for (qint64 taskId : statuses)
        emit taskChanged(taskId);
    for (qint64 taskId : entries)
        emit progressChanged(taskId);
}

bool TaskStore::writeParsedTasks(PlanStore &store, const ParsedPlan &plan,
                                 const std::vector<qint64> &nodeIds,
                                 const std::vector<qint64> &indicatorIds, QString *error)
{
    return writeTasks([&store](const QString &sql) { return store.statement(sql); }, plan, nodeIds,
                      indicatorIds, error);
}

bool TaskStore::fillFromSourceText(const QSqlDatabase &db, QString *error)
{
    Statement planRead(db, QStringLiteral("SELECT source_text FROM plan ORDER BY id LIMIT 1"));
    if (!planRead.exec()) {
        *error = planRead.error();
        return false;
    }
    const QString source = planRead.next() ? planRead.toString(0) : QString();
    if (!planRead.ok()) {
        *error = planRead.error();
        return false;
    }
    ParsedPlan parsed;
    if (source.trimmed().isEmpty() || !ReportParser().parse(source, &parsed))
        return true; // nothing to read tasks from: the file keeps its plan without them

    // The stored tree, keyed by each node's place: kind and ordinal from the top down.
    struct StoredNode
    {
        qint64 id;
        qint64 parentId;
        QString kind;
        int ordinal;
    };
    Statement nodeRead(
        db, QStringLiteral("SELECT id, coalesce(parent_id, 0), kind, ordinal FROM node ORDER BY "
                           "position, id"));
    const std::vector<StoredNode> stored = nodeRead.rows([](const Statement &q) {
        StoredNode n;
        q.columns(0, n.id, n.parentId, n.kind, n.ordinal);
        return n;
    });
    if (!nodeRead.ok()) {
        *error = nodeRead.error();
        return false;
    }
    std::unordered_map<qint64, QString> placeOfId;
    std::map<QString, qint64> idOfPlace;
    for (const StoredNode &n : stored) {
        const auto parent = placeOfId.find(n.parentId);
        const QString place = (parent != placeOfId.end() ? parent->second : QString()) +
                              QLatin1Char('/') + n.kind + QLatin1Char(':') +
                              QString::number(n.ordinal);
        placeOfId[n.id] = place;
        idOfPlace.emplace(place, n.id);
    }
    std::vector<QString> parsedPlace(parsed.nodes.size());
    std::vector<qint64> nodeIds(parsed.nodes.size(), 0);
    for (std::size_t i = 0; i < parsed.nodes.size(); ++i) {
        const ParsedPlan::Node &n = parsed.nodes[i];
        parsedPlace[i] = (n.parent >= 0 && n.parent < int(i) ? parsedPlace[n.parent] : QString()) +
                         QLatin1Char('/') + nodeKindKey(n.kind) + QLatin1Char(':') +
                         QString::number(n.ordinal);
        const auto found = idOfPlace.find(parsedPlace[i]);
        nodeIds[i] = found != idOfPlace.end() ? found->second : 0;
    }

    Statement indicatorRead(db, QStringLiteral("SELECT code, id FROM indicator"));
    std::map<QString, qint64> idOfCode;
    for (const auto &[code, id] : indicatorRead.rows(
             [](const Statement &q) { return std::pair(q.toString(0), q.toLongLong(1)); }))
        idOfCode.emplace(code, id);
    if (!indicatorRead.ok()) {
        *error = indicatorRead.error();
        return false;
    }
    std::vector<qint64> indicatorIds(parsed.indicators.size(), 0);
    for (std::size_t i = 0; i < parsed.indicators.size(); ++i) {
        const auto found = idOfCode.find(parsed.indicators[i].indicator.code);
        indicatorIds[i] = found != idOfCode.end() ? found->second : 0;
    }
    return writeTasks([&db](const QString &sql) { return Statement(db, sql); }, parsed, nodeIds,
                      indicatorIds, error);
}

} // namespace pd
