// The tasks of the 台账 in the data file: written with the plan on import (and at the upgrade of
// an older file, from its source text), their status, units, deadline and rounds' 进展情况 saved
// at once, read back after reopening, audited and undone; overdue past the deadline; carried
// by export-json.

#include "commands/TaskCommands.h"
#include "document/BuiltinPlan.h"
#include "export/JsonExporter.h"
#include "parse/ImportPreview.h"
#include "parse/ReportParser.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

#include <set>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

/// The built-in Chengdu plan as parsed, the reference the stored tasks are checked against.
ParsedPlan chengdu()
{
    ParsedPlan plan;
    QString error;
    if (!BuiltinPlan::parse(&plan, &error))
        qFatal("the built-in report does not parse: %s", qPrintable(error));
    return plan;
}

bool openChengdu(PlanStore &store, const QString &path)
{
    QString error;
    // On the test server (PD_TEST_ENGINE=postgres) the database that stands for path.
    const bool ok = test::onServer() ? test::openStore(store, path, &error) &&
                                           BuiltinPlan::installIfEmpty(store, &error)
                                     : BuiltinPlan::openWithPlan(store, path, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

const TaskRecord *byCode(const std::vector<TaskRecord> &tasks, const QString &code)
{
    for (const TaskRecord &task : tasks) {
        if (task.code == code)
            return &task;
    }
    return nullptr;
}

} // namespace

class TestTaskStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tasksWrittenOnImport();
    void governmentPartHoldsTasks();
    void fieldsSavedAndReadAfterReopening();
    void fieldChangesAudited();
    void fieldChangesUndone();
    void outsideTaskChangesAreFollowedRowByRow();
    void progressOnePerRound();
    void progressSavedAuditedAndUndone();
    void refusedChangesLeaveTheFileAsItWas();
    void overdue();
    void replacingThePlanReplacesItsTasks();
    void olderFileGetsItsTasksAtUpgrade();
    void previewKeepsTasksAndRelinks();
    void exportJsonCarriesTasks();
};

void TestTaskStore::initTestCase()
{
    if (const QString reason = test::engineUnavailable(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
}

void TestTaskStore::tasksWrittenOnImport()
{
    const ParsedPlan parsed = chengdu();
    QCOMPARE(int(parsed.tasks.size()), 655);
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    QString error;
    const std::vector<TaskRecord> tasks = TaskStore::of(&store)->tasks(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(tasks.size()), 655);
    // In report order, verbatim, with their deadlines, nodes and indicators.
    std::map<qint64, QString> codeOfIndicator;
    for (const Indicator &ind : store.indicators())
        codeOfIndicator[ind.id] = ind.code;
    std::map<qint64, PlanNode> nodes;
    for (const PlanNode &node : store.nodes())
        nodes[node.id] = node;
    int linked = 0;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const TaskRecord &stored = tasks[i];
        const ParsedPlan::Task &expected = parsed.tasks[i];
        QCOMPARE(stored.code, expected.task.code);
        QCOMPARE(stored.text, expected.task.text);
        QCOMPARE(stored.deadline, expected.task.deadline);
        QCOMPARE(stored.deadlineStated, expected.task.deadlineStated);
        QCOMPARE(stored.status, TaskStatus::NotReported);
        QVERIFY(stored.leadUnit.isEmpty());
        QCOMPARE(nodes[stored.nodeId].title, parsed.nodes[size_t(expected.node)].title);
        QStringList codes;
        for (qint64 id : stored.indicatorIds)
            codes << codeOfIndicator[id];
        QCOMPARE(codes, expected.indicatorCodes);
        linked += int(codes.size());
    }
    QVERIFY(linked > 100);
    // A task holds only indicators of its own section.
    for (const Indicator &ind : store.indicators()) {
        for (const TaskRecord &task : tasks) {
            if (std::find(task.indicatorIds.begin(), task.indicatorIds.end(), ind.id) !=
                task.indicatorIds.end())
                QVERIFY2(task.nodeId == ind.nodeId, qPrintable(task.code + u' ' + ind.code));
        }
    }
    const TaskRecord *first = byCode(tasks, QStringLiteral("A1.1.T1"));
    QVERIFY(first);
    QVERIFY(TaskStore::of(&store)->taskByCode(QStringLiteral("A1.1.T1")));
    QCOMPARE(TaskStore::of(&store)->taskByCode(QStringLiteral("A1.1.T1"))->text, first->text);
}

void TestTaskStore::governmentPartHoldsTasks()
{
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    std::map<qint64, PlanNode> nodes;
    for (const PlanNode &node : store.nodes())
        nodes[node.id] = node;
    auto topKind = [&](qint64 id) {
        while (nodes[id].parentId != 0)
            id = nodes[id].parentId;
        return nodes[id].kind;
    };
    int government = 0;
    for (const TaskRecord &task : TaskStore::of(&store)->tasks()) {
        if (topKind(task.nodeId) == NodeKind::Government) {
            ++government;
            QVERIFY2(task.code.startsWith(u'G'), qPrintable(task.code));
        }
    }
    QCOMPARE(government, 32);
    const auto g = TaskStore::of(&store)->taskByCode(QStringLiteral("G1.T1"));
    QVERIFY(g || TaskStore::of(&store)->taskByCode(QStringLiteral("G0.T1")) ||
            TaskStore::of(&store)->taskByCode(QStringLiteral("G2.T1")));
}

void TestTaskStore::fieldsSavedAndReadAfterReopening()
{
    test::TempDataFile file;
    qint64 id = 0;
    {
        PlanStore store;
        QVERIFY(openChengdu(store, file.path()));
        TaskStore *tasks = TaskStore::of(&store);
        id = tasks->taskByCode(QStringLiteral("A3.2.T4"))->id;
        QSignalSpy changed(tasks, &TaskStore::taskChanged);
        QString error;
        QVERIFY2(tasks->setTaskField(id, TaskField::Status, int(TaskStatus::InProgress), &error),
                 qPrintable(error));
        QVERIFY(tasks->setTaskField(id, TaskField::LeadUnit, u8("  市住建局 "), &error));
        QVERIFY(tasks->setTaskField(id, TaskField::CoUnits, u8("市发改委、市财政局"), &error));
        QVERIFY(tasks->setTaskField(id, TaskField::Deadline, QDate(2024, 9, 30), &error));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(changed.first().first().toLongLong(), id);
        // The same value again changes nothing and says nothing.
        QVERIFY(tasks->setTaskField(id, TaskField::LeadUnit, u8("市住建局"), &error));
        QCOMPARE(changed.count(), 4);
    }
    PlanStore again;
    QVERIFY(test::openStore(again, file.path(), nullptr));
    const auto task = TaskStore::of(&again)->task(id);
    QVERIFY(task);
    QCOMPARE(task->status, TaskStatus::InProgress);
    QCOMPARE(task->leadUnit, u8("市住建局"));
    QCOMPARE(task->coUnits, u8("市发改委、市财政局"));
    QCOMPARE(task->deadline, QDate(2024, 9, 30));
}

void TestTaskStore::outsideTaskChangesAreFollowedRowByRow()
{
    PD_FILE_ONLY("SQLite's data_version (a server tells by NOTIFY)");
    test::TempDataFile file;
    PlanStore window;
    QVERIFY(openChengdu(window, file.path()));
    TaskStore *tasks = TaskStore::of(&window);
    const qint64 id = tasks->taskByCode(QStringLiteral("A1.1.T1"))->id;
    // The window's own task edit, then another program's status and 进展情况 for the task.
    QVERIFY(tasks->setTaskField(id, TaskField::LeadUnit, u8("市发改委"), nullptr));
    QSignalSpy changed(tasks, &TaskStore::taskChanged);
    QSignalSpy progress(tasks, &TaskStore::progressChanged);
    qint64 entry = 0;
    {
        PlanStore other;
        QVERIFY(test::openStore(other, file.path(), nullptr));
        TaskStore *theirs = TaskStore::of(&other);
        QVERIFY(theirs->setTaskField(id, TaskField::Status, int(TaskStatus::InProgress), nullptr));
        TaskProgress p;
        p.taskId = id;
        p.date = QDate(2024, 6, 30);
        p.status = TaskStatus::InProgress;
        p.text = u8("已完成方案编制");
        entry = theirs->addProgress(p, nullptr).value_or(0);
        QVERIFY(entry > 0);
    }
    QVERIFY(window.changedExternally());
    // Followed row by row: no "read everything again" (which would clear the undo history).
    QVERIFY(window.followOutsideChanges());
    QVERIFY(changed.count() >= 1); // one per audit row of the task (status, the entry's status)
    for (const QList<QVariant> &signal : changed)
        QCOMPARE(signal.front().toLongLong(), id);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.front().front().toLongLong(), id);
    QCOMPARE(tasks->task(id)->status, TaskStatus::InProgress);
    // An entry deleted outside no longer says whose it was: everything is read again.
    {
        PlanStore other;
        QVERIFY(test::openStore(other, file.path(), nullptr));
        QVERIFY(TaskStore::of(&other)->removeProgress(entry, nullptr));
    }
    QVERIFY(window.changedExternally());
    QVERIFY(!window.followOutsideChanges());
}

void TestTaskStore::fieldChangesAudited()
{
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    store.setUserName(QStringLiteral("tester"));
    TaskStore *tasks = TaskStore::of(&store);
    const qint64 id = tasks->taskByCode(QStringLiteral("A1.1.T1"))->id;
    QVERIFY(tasks->setTaskField(id, TaskField::Status, int(TaskStatus::Behind), nullptr));
    QVERIFY(tasks->setTaskField(id, TaskField::LeadUnit, u8("市经信局"), nullptr));
    const std::vector<AuditEntry> log = store.auditLog(QStringLiteral("task"), id);
    QCOMPARE(int(log.size()), 2);
    QCOMPARE(log[0].field, QStringLiteral("status"));
    QCOMPARE(log[0].oldValue, QStringLiteral("not_reported"));
    QCOMPARE(log[0].newValue, QStringLiteral("behind"));
    QCOMPARE(log[0].who, QStringLiteral("tester"));
    QCOMPARE(log[1].field, QStringLiteral("lead_unit"));
    QCOMPARE(log[1].oldValue, QString());
    QCOMPARE(log[1].newValue, u8("市经信局"));
}

void TestTaskStore::fieldChangesUndone()
{
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    TaskStore *tasks = TaskStore::of(&store);
    const TaskRecord before = *tasks->taskByCode(QStringLiteral("A2.1.T1"));
    QUndoStack stack;
    auto error = std::make_shared<QString>();
    stack.push(new SetTaskFieldCommand(tasks, before.id, TaskField::Status,
                                       int(TaskStatus::NotReported), int(TaskStatus::Done), error));
    stack.push(new SetTaskFieldCommand(tasks, before.id, TaskField::LeadUnit, QString(),
                                       u8("市商务局"), error));
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QCOMPARE(tasks->task(before.id)->status, TaskStatus::Done);
    QCOMPARE(tasks->task(before.id)->leadUnit, u8("市商务局"));
    stack.undo();
    QCOMPARE(tasks->task(before.id)->leadUnit, QString());
    QCOMPARE(tasks->task(before.id)->status, TaskStatus::Done);
    stack.undo();
    QCOMPARE(tasks->task(before.id)->status, TaskStatus::NotReported);
    stack.redo();
    QCOMPARE(tasks->task(before.id)->status, TaskStatus::Done);
    // Undo is a change too: in the log, as the user's.
    QCOMPARE(int(store.auditLog(QStringLiteral("task"), before.id).size()), 5);
}

void TestTaskStore::progressOnePerRound()
{
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    TaskStore *tasks = TaskStore::of(&store);
    const qint64 id = tasks->taskByCode(QStringLiteral("A1.1.T2"))->id;
    TaskProgress june;
    june.taskId = id;
    june.date = QDate(2024, 6, 25);
    june.status = TaskStatus::InProgress;
    june.text = u8("已完成项目选址，正在开展前期工作。");
    QString error;
    const std::optional<qint64> juneId = tasks->addProgress(june, &error);
    QVERIFY2(juneId, qPrintable(error));
    TaskProgress again = june;
    again.date = QDate(2024, 6, 30);
    again.text = u8("另一条");
    QVERIFY(!tasks->addProgress(again, &error));
    QVERIFY2(error.contains(QStringLiteral("2024-06")), qPrintable(error));
    TaskProgress empty = june;
    empty.date = QDate(2024, 7, 31);
    empty.text = QStringLiteral("   ");
    QVERIFY(!tasks->addProgress(empty, &error));
    TaskProgress july = june;
    july.date = QDate(2024, 7, 31);
    july.text = u8("开工建设。");
    QVERIFY(tasks->addProgress(july, &error));
    // Moving June's entry into July is refused as well.
    TaskProgress moved = *tasks->progressEntry(*juneId);
    moved.date = QDate(2024, 7, 5);
    QVERIFY(!tasks->updateProgress(moved, &error));
    const std::vector<TaskProgress> history = tasks->progress(id);
    QCOMPARE(int(history.size()), 2);
    QCOMPARE(history[0].date, QDate(2024, 6, 25));
    QCOMPARE(history[1].text, u8("开工建设。"));
    const auto latestJune = tasks->latestProgress(QDate(2024, 6, 30));
    QCOMPARE(latestJune.at(id).text, june.text);
    QCOMPARE(tasks->latestProgress(QDate(2024, 8, 1)).at(id).text, u8("开工建设。"));
    QVERIFY(!tasks->latestProgress(QDate(2024, 6, 1)).count(id));
}

void TestTaskStore::progressSavedAuditedAndUndone()
{
    test::TempDataFile file;
    qint64 taskId = 0;
    qint64 entryId = 0;
    {
        PlanStore store;
        QVERIFY(openChengdu(store, file.path()));
        store.setUserName(QStringLiteral("clerk"));
        TaskStore *tasks = TaskStore::of(&store);
        taskId = tasks->taskByCode(QStringLiteral("G1.T1"))
                     ? tasks->taskByCode(QStringLiteral("G1.T1"))->id
                     : tasks->tasks().back().id;
        QSignalSpy progressChanged(tasks, &TaskStore::progressChanged);
        QUndoStack stack;
        auto error = std::make_shared<QString>();
        TaskProgress entry;
        entry.taskId = taskId;
        entry.date = QDate(2024, 5, 31);
        entry.status = TaskStatus::InProgress;
        entry.text = u8("制定实施方案，召开动员会。");
        auto *add = new AddTaskProgressCommand(tasks, entry, error);
        stack.push(add);
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        entryId = add->entryId();
        QVERIFY(entryId > 0);
        QCOMPARE(progressChanged.count(), 1);
        const TaskProgress stored = *tasks->progressEntry(entryId);
        QCOMPARE(stored.enteredBy, QStringLiteral("clerk"));
        TaskProgress edited = stored;
        edited.text = u8("实施方案已印发。");
        stack.push(new EditTaskProgressCommand(tasks, stored, edited, error));
        QCOMPARE(tasks->progressEntry(entryId)->text, u8("实施方案已印发。"));
        stack.undo();
        QCOMPARE(tasks->progressEntry(entryId)->text, entry.text);
        stack.redo();
        stack.push(new RemoveTaskProgressCommand(tasks, *tasks->progressEntry(entryId), error));
        QVERIFY(!tasks->progressEntry(entryId));
        stack.undo(); // back with its id, who and when
        const TaskProgress restored = *tasks->progressEntry(entryId);
        QCOMPARE(restored.enteredBy, QStringLiteral("clerk"));
        QCOMPARE(restored.enteredAt, stored.enteredAt);
        QCOMPARE(restored.text, u8("实施方案已印发。"));
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        const std::vector<AuditEntry> log =
            store.auditLog(QStringLiteral("task_progress"), entryId);
        QStringList fields;
        for (const AuditEntry &row : log)
            fields << row.field;
        // added, text changed, text back, text again, removed, put back
        QCOMPARE(fields.join(u','), QStringLiteral("*,text,text,text,*,*"));
        QVERIFY(log.front().newValue.contains(u8("制定实施方案")));
        QVERIFY(log[4].oldValue.contains(u8("实施方案已印发")));
        QVERIFY(log[4].newValue.isEmpty());
    }
    PlanStore again;
    QVERIFY(test::openStore(again, file.path(), nullptr));
    const std::vector<TaskProgress> history = TaskStore::of(&again)->progress(taskId);
    QCOMPARE(int(history.size()), 1);
    QCOMPARE(history[0].id, entryId);
    QCOMPARE(history[0].date, QDate(2024, 5, 31));
    QCOMPARE(history[0].status, TaskStatus::InProgress);
}

void TestTaskStore::refusedChangesLeaveTheFileAsItWas()
{
    PD_FILE_ONLY("the file's bytes");
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    TaskStore *tasks = TaskStore::of(&store);
    const qint64 id = tasks->tasks().front().id;
    QVERIFY(store.checkpoint());
    const QByteArray before = file.bytes();
    QString error;
    QVERIFY(!tasks->setTaskField(id, TaskField::Deadline, QDate(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!tasks->setTaskField(999999, TaskField::Status, int(TaskStatus::Done), &error));
    TaskProgress nowhere;
    nowhere.taskId = 999999;
    nowhere.date = QDate(2024, 3, 1);
    nowhere.text = QStringLiteral("x");
    QVERIFY(!tasks->addProgress(nowhere, &error));
    QVERIFY(!tasks->removeProgress(424242, &error));
    QCOMPARE(file.bytes(), before);
}

void TestTaskStore::overdue()
{
    TaskRecord task;
    task.deadline = QDate(2024, 6, 30);
    QVERIFY(!task.isOverdue(QDate(2024, 6, 30)));
    QVERIFY(task.isOverdue(QDate(2024, 7, 1)));
    task.status = TaskStatus::Behind;
    QVERIFY(task.isOverdue(QDate(2024, 7, 1)));
    task.status = TaskStatus::Done;
    QVERIFY(!task.isOverdue(QDate(2024, 12, 31)));

    // On the stored plan: Chengdu's report states no deadline, so each task has the year's
    // end and none is overdue in the year; one given 30 June is overdue from 1 July.
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    TaskStore *tasks = TaskStore::of(&store);
    auto overdueAt = [&](const QDate &date) {
        int n = 0;
        for (const TaskRecord &t : tasks->tasks())
            n += t.isOverdue(date) ? 1 : 0;
        return n;
    };
    for (const TaskRecord &t : tasks->tasks()) {
        if (!t.deadlineStated)
            QCOMPARE(t.deadline, QDate(2024, 12, 31));
    }
    QCOMPARE(overdueAt(QDate(2024, 12, 31)), 0);
    QCOMPARE(overdueAt(QDate(2025, 1, 1)), 655);
    const qint64 id = tasks->tasks().front().id;
    QVERIFY(tasks->setTaskField(id, TaskField::Deadline, QDate(2024, 6, 30), nullptr));
    QCOMPARE(overdueAt(QDate(2024, 6, 30)), 0);
    QCOMPARE(overdueAt(QDate(2024, 7, 1)), 1);
    QVERIFY(tasks->setTaskField(id, TaskField::Status, int(TaskStatus::Done), nullptr));
    QCOMPARE(overdueAt(QDate(2024, 7, 1)), 0);
}

void TestTaskStore::replacingThePlanReplacesItsTasks()
{
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    TaskStore *tasks = TaskStore::of(&store);
    const qint64 id = tasks->tasks().front().id;
    TaskProgress entry;
    entry.taskId = id;
    entry.date = QDate(2024, 4, 1);
    entry.text = QStringLiteral("x");
    QVERIFY(tasks->addProgress(entry, nullptr));
    QVERIFY(tasks->setTaskField(id, TaskField::Status, int(TaskStatus::Done), nullptr));
    QString error;
    QVERIFY2(store.importPlan(test::samplePlan(), true, &error), qPrintable(error));
    // The sample plan is built by hand, without tasks: none are left of the old plan.
    QVERIFY(tasks->tasks().empty());
    QVERIFY(tasks->progress(id).empty());
    QVERIFY(store.auditLog(QStringLiteral("task"), id).empty());
    QVERIFY2(store.importPlan(chengdu(), true, &error), qPrintable(error));
    QCOMPARE(int(tasks->tasks().size()), 655);
    QCOMPARE(tasks->tasks().front().status, TaskStatus::NotReported);
}

void TestTaskStore::olderFileGetsItsTasksAtUpgrade()
{
    PD_FILE_ONLY("a file of an old version");
    test::TempDataFile file;
    {
        PlanStore store;
        QVERIFY(openChengdu(store, file.path()));
        // Back to version 7 as it was: no task tables at all, no meeting of tasks.
        QSqlQuery q(store.database());
        for (const char *sql :
             {"DROP INDEX meeting_item_task", "ALTER TABLE meeting_item DROP COLUMN task_id",
              "ALTER TABLE meeting DROP COLUMN include_tasks", "DROP TABLE task_indicator",
              "DROP TABLE task_progress", "DROP TABLE task", "PRAGMA user_version = 7"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        store.close();
    }
    PlanStore store;
    QString error;
    QVERIFY2(test::openStore(store, file.path(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    const std::vector<TaskRecord> tasks = TaskStore::of(&store)->tasks();
    QCOMPARE(int(tasks.size()), 655);
    const ParsedPlan parsed = chengdu();
    std::map<qint64, QString> codeOfIndicator;
    for (const Indicator &ind : store.indicators())
        codeOfIndicator[ind.id] = ind.code;
    int links = 0;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        QCOMPARE(tasks[i].code, parsed.tasks[i].task.code);
        QStringList codes;
        for (qint64 id : tasks[i].indicatorIds)
            codes << codeOfIndicator[id];
        QCOMPARE(codes, parsed.tasks[i].indicatorCodes);
        links += int(codes.size());
    }
    QVERIFY(links > 100);

    // A file of the sample plan (no source text) upgrades with no tasks, and opens.
    test::TempDataFile bare;
    QVERIFY(bare.importSamplePlan());
    {
        PlanStore sample;
        QVERIFY(test::openStore(sample, bare.path(), nullptr));
        QSqlQuery q(sample.database());
        for (const char *sql :
             {"DROP INDEX meeting_item_task", "ALTER TABLE meeting_item DROP COLUMN task_id",
              "ALTER TABLE meeting DROP COLUMN include_tasks", "DROP TABLE task_indicator",
              "DROP TABLE task_progress", "DROP TABLE task", "PRAGMA user_version = 7"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        sample.close();
    }
    PlanStore sample;
    QVERIFY2(test::openStore(sample, bare.path(), &error), qPrintable(error));
    QVERIFY(TaskStore::of(&sample)->tasks().empty());
    QCOMPARE(int(sample.indicators().size()), 5);
}

void TestTaskStore::previewKeepsTasksAndRelinks()
{
    ImportPreview preview(chengdu());
    const ParsedPlan &plan = preview.plan();
    // Leave out the first indicator a task holds.
    int taskWith = -1;
    for (std::size_t t = 0; t < plan.tasks.size() && taskWith < 0; ++t) {
        if (plan.tasks[t].indicators.size() >= 2)
            taskWith = int(t);
    }
    QVERIFY(taskWith >= 0);
    const int dropped = plan.tasks[size_t(taskWith)].indicators.front();
    const QString keptCode = plan.tasks[size_t(taskWith)].indicatorCodes.at(1);
    preview.setIncluded(dropped, false);
    const ParsedPlan result = preview.result();
    QCOMPARE(result.tasks.size(), plan.tasks.size());
    const ParsedPlan::Task &task = result.tasks[size_t(taskWith)];
    QCOMPARE(int(task.indicators.size()), int(plan.tasks[size_t(taskWith)].indicators.size()) - 1);
    QCOMPARE(task.indicatorCodes.front(), keptCode);
    QCOMPARE(result.indicators[size_t(task.indicators.front())].indicator.code, keptCode);
    // And the file made from it holds the tasks.
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(test::openStore(store, file.path(), nullptr));
    QString error;
    QVERIFY2(store.importPlan(result, false, &error), qPrintable(error));
    const std::vector<TaskRecord> stored = TaskStore::of(&store)->tasks();
    QCOMPARE(stored.size(), plan.tasks.size());
    QCOMPARE(int(stored[size_t(taskWith)].indicatorIds.size()), int(task.indicators.size()));
}

void TestTaskStore::exportJsonCarriesTasks()
{
    test::TempDataFile file;
    PlanStore store;
    QVERIFY(openChengdu(store, file.path()));
    TaskStore *tasks = TaskStore::of(&store);
    const TaskRecord task = *tasks->taskByCode(QStringLiteral("A3.2.T4"));
    QVERIFY(tasks->setTaskField(task.id, TaskField::LeadUnit, u8("市交通运输局"), nullptr));
    QVERIFY(tasks->setTaskField(task.id, TaskField::Deadline, QDate(2024, 5, 31), nullptr));
    TaskProgress entry;
    entry.taskId = task.id;
    entry.date = QDate(2024, 5, 20);
    entry.status = TaskStatus::InProgress;
    entry.text = u8("完成招标。");
    QVERIFY(tasks->addProgress(entry, nullptr));

    const QJsonObject json =
        QJsonDocument::fromJson(JsonExporter::exportPlan(store, QDate(2024, 6, 30))).object();
    const QJsonArray all = json.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(all.size(), 655);
    QCOMPARE(json.value(QStringLiteral("plan")).toObject().value(QStringLiteral("tasks")).toInt(),
             655);
    QJsonObject found;
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("code")).toString() == task.code)
            found = value.toObject();
    }
    QCOMPARE(found.value(QStringLiteral("text")).toString(), task.text);
    QCOMPARE(found.value(QStringLiteral("leadUnit")).toString(), u8("市交通运输局"));
    QCOMPARE(found.value(QStringLiteral("deadline")).toString(), QStringLiteral("2024-05-31"));
    QCOMPARE(found.value(QStringLiteral("status")).toString(), QStringLiteral("not_reported"));
    QVERIFY(found.value(QStringLiteral("overdue")).toBool());
    QCOMPARE(found.value(QStringLiteral("part")).toString(), QStringLiteral("area"));
    const QJsonObject latest = found.value(QStringLiteral("latestProgress")).toObject();
    QCOMPARE(latest.value(QStringLiteral("text")).toString(), u8("完成招标。"));
    QCOMPARE(latest.value(QStringLiteral("date")).toString(), QStringLiteral("2024-05-20"));
    QCOMPARE(found.value(QStringLiteral("progress")).toArray().size(), 1);
    QStringList codes;
    for (const QJsonValue &code : found.value(QStringLiteral("indicators")).toArray())
        codes << code.toString();
    QCOMPARE(codes.size(), int(task.indicatorIds.size()));
    // Each indicator names its task.
    for (const QJsonValue &value : json.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject ind = value.toObject();
        if (codes.contains(ind.value(QStringLiteral("code")).toString()))
            QCOMPARE(ind.value(QStringLiteral("task")).toString(), task.code);
    }
    // Before the entry's date there is none yet.
    const QJsonObject early =
        QJsonDocument::fromJson(JsonExporter::exportPlan(store, QDate(2024, 5, 1))).object();
    for (const QJsonValue &value : early.value(QStringLiteral("tasks")).toArray()) {
        if (value.toObject().value(QStringLiteral("code")).toString() == task.code) {
            QVERIFY(value.toObject().value(QStringLiteral("latestProgress")).isNull());
            QVERIFY(!value.toObject().value(QStringLiteral("overdue")).toBool());
        }
    }
}

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
