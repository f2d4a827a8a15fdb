// Tasks in the plan tree: under their sections with their indicators beneath (or indicators
// only), their status, deadline and 逾期 at the as-of date, their indicators' roll-up, edits
// reaching their rows, and the filters over them (task status, overdue, unit, search).

#include "document/BuiltinPlan.h"
#include "models/PlanFilterModel.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <map>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

/// Every index of a model, depth first.
void walk(const QAbstractItemModel &model, const std::function<void(const QModelIndex &)> &visit,
          const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        visit(index);
        walk(model, visit, index);
    }
}

PlanItemType typeOf(const QModelIndex &index)
{
    return PlanItemType(index.data(ItemTypeRole).toInt());
}

} // namespace

class TestTaskTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tasksUnderTheirSectionsWithTheirIndicators();
    void governmentPartOpensOnItsTasks();
    void indicatorsOnlyIsTheTreeAsBefore();
    void passesModelTester();
    void taskShowsItsStateAndItsIndicatorsRollup();
    void editsReachTheTaskRow();
    void overdueFollowsTheAsOfDate();
    void taskStatusAndOverdueFilters();
    void unitFilterCoversIndicatorsAndTasks();
    void searchFindsTaskText();
    void indicatorStatusFilterKeepsTheTasksAbove();

private:
    const TaskRecord &task(const QString &code) const
    {
        for (const TaskRecord &t : m_tasks) {
            if (t.code == code)
                return t;
        }
        qFatal("no task %s", qPrintable(code));
    }
    test::TempDataFile m_file;
    PlanStore m_store;
    std::vector<TaskRecord> m_tasks;
    std::unique_ptr<PlanTreeModel> m_model;
    std::unique_ptr<PlanFilterModel> m_filter;
};

void TestTaskTree::initTestCase()
{
    QString error;
    QVERIFY2(BuiltinPlan::openWithPlan(m_store, m_file.path(), &error), qPrintable(error));
    m_tasks = TaskStore::of(&m_store)->tasks();
    QCOMPARE(int(m_tasks.size()), 655);
}

void TestTaskTree::init()
{
    m_filter.reset();
    m_model = std::make_unique<PlanTreeModel>();
    m_model->setAsOf(QDate(2024, 7, 15));
    m_model->setStore(&m_store);
    m_filter = std::make_unique<PlanFilterModel>();
    m_filter->setSourceModel(m_model.get());
}

void TestTaskTree::tasksUnderTheirSectionsWithTheirIndicators()
{
    // Each task once, under its own node, in report order; each indicator once, under the
    // task whose text holds it (or its node when none does).
    std::map<qint64, qint64> taskOfIndicator;
    for (const TaskRecord &t : m_tasks) {
        for (qint64 id : t.indicatorIds)
            taskOfIndicator[id] = t.id;
    }
    QStringList codes;
    int indicators = 0;
    walk(*m_model, [&](const QModelIndex &index) {
        if (typeOf(index) == PlanItemType::Task) {
            const TaskRecord *t = m_model->taskAt(index);
            QVERIFY(t);
            codes << t->code;
            QCOMPARE(index.parent().data(NodeIdRole).toLongLong(), t->nodeId);
            QCOMPARE(m_model->rowCount(index), int(t->indicatorIds.size()));
        } else if (typeOf(index) == PlanItemType::Indicator) {
            ++indicators;
            const qint64 id = index.data(IndicatorIdRole).toLongLong();
            const auto holder = taskOfIndicator.find(id);
            if (holder != taskOfIndicator.end())
                QCOMPARE(index.parent().data(TaskIdRole).toLongLong(), holder->second);
            else
                QCOMPARE(typeOf(index.parent()), PlanItemType::Node);
        }
    });
    QStringList expected;
    for (const TaskRecord &t : m_tasks)
        expected << t.code;
    QCOMPARE(codes, expected);
    QCOMPARE(indicators, int(m_store.indicators().size()));
    // A section's tasks come first, in order: A3.2.T1, T2…
    const QModelIndex first = m_model->indexForTask(task(QStringLiteral("A3.2.T1")).id);
    QCOMPARE(first.row(), 0);
    QCOMPARE(m_model->index(1, 0, first.parent()).data(CodeRole).toString(),
             QStringLiteral("A3.2.T2"));
    QVERIFY(first.data().toString().startsWith(QStringLiteral("A3.2.T1 ")));
    QCOMPARE(first.data(TaskCountRole).toInt(), 1);
    QCOMPARE(first.parent().data(TaskCountRole).toInt(), 15);
}

void TestTaskTree::governmentPartOpensOnItsTasks()
{
    QModelIndex government;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex top = m_model->index(r, 0);
        if (m_model->nodeAt(top)->kind == NodeKind::Government)
            government = top;
    }
    QVERIFY(government.isValid());
    QCOMPARE(government.data(IndicatorCountRole).toInt(), 0);
    QCOMPARE(government.data(TaskCountRole).toInt(), 32);
    QVERIFY(m_model->rowCount(government) > 0);
    const QModelIndex progress = government.siblingAtColumn(PlanTreeModel::ProgressColumn);
    QVERIFY2(progress.data().toString().contains(QStringLiteral("32")),
             qPrintable(progress.data().toString()));
    int tasks = 0;
    walk(
        *m_model,
        [&](const QModelIndex &index) { tasks += typeOf(index) == PlanItemType::Task ? 1 : 0; },
        government);
    QCOMPARE(tasks, 32);
}

void TestTaskTree::indicatorsOnlyIsTheTreeAsBefore()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setShowTasks(false);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!m_model->showsTasks());
    QCOMPARE(m_model->itemCount(), int(m_store.nodes().size() + m_store.indicators().size()));
    int indicators = 0;
    walk(*m_model, [&](const QModelIndex &index) {
        QVERIFY(typeOf(index) != PlanItemType::Task);
        if (typeOf(index) == PlanItemType::Indicator) {
            ++indicators;
            QCOMPARE(index.parent().data(NodeIdRole).toLongLong(),
                     m_model->indicatorAt(index)->nodeId);
        }
    });
    QCOMPARE(indicators, int(m_store.indicators().size()));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex top = m_model->index(r, 0);
        if (m_model->nodeAt(top)->kind == NodeKind::Government) {
            QCOMPARE(m_model->rowCount(top), 0); // says "no targets", as before tasks
            QCOMPARE(top.siblingAtColumn(PlanTreeModel::ProgressColumn).data().toString(),
                     QStringLiteral("no targets"));
        }
    }
    m_model->setShowTasks(true);
    QCOMPARE(m_model->itemCount(),
             int(m_store.nodes().size() + m_store.indicators().size() + m_tasks.size()));
}

void TestTaskTree::passesModelTester()
{
    QAbstractItemModelTester tree(m_model.get(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filter(m_filter.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setTaskStatusFilter({TaskStatus::NotReported});
    m_filter->setSearchText(u8("绿道"));
    m_filter->setUnitFilter(u8("市科技局"));
    m_filter->setOverdueFilter(true);
    m_filter->setOverdueFilter(false);
    m_filter->setUnitFilter({});
    m_filter->setSearchText({});
    m_filter->setTaskStatusFilter({});
    m_model->setShowTasks(false);
    m_model->setShowTasks(true);
}

void TestTaskTree::taskShowsItsStateAndItsIndicatorsRollup()
{
    const TaskRecord *withIndicators = nullptr;
    for (const TaskRecord &t : m_tasks) {
        if (t.indicatorIds.size() >= 2) {
            withIndicators = &t;
            break;
        }
    }
    QVERIFY(withIndicators);
    const QModelIndex row = m_model->indexForTask(withIndicators->id);
    QCOMPARE(row.data(TaskStatusRole).toInt(), int(TaskStatus::NotReported));
    QCOMPARE(row.data(IndicatorCountRole).toInt(), int(withIndicators->indicatorIds.size()));
    QCOMPARE(row.data(ReportedRole).toInt(), 0);
    QCOMPARE(row.data(DeadlineRole).toDate(), QDate(2024, 12, 31));
    QVERIFY(!row.data(OverdueRole).toBool());
    QCOMPARE(row.siblingAtColumn(PlanTreeModel::StatusColumn).data().toString(),
             QStringLiteral("No data"));
    QCOMPARE(row.siblingAtColumn(PlanTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("0/%1").arg(withIndicators->indicatorIds.size()));
    // A figure on one of its indicators reaches the task's roll-up.
    Measurement m;
    m.indicatorId = withIndicators->indicatorIds.front();
    m.date = QDate(2024, 7, 1);
    m.value = 1;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store.addMeasurement(m, nullptr, false));
    QCOMPARE(row.data(ReportedRole).toInt(), 1);
    bool taskRowChanged = false;
    for (const QList<QVariant> &args : changed)
        taskRowChanged = taskRowChanged || args.at(0).toModelIndex() == row;
    QVERIFY(taskRowChanged);
}

void TestTaskTree::editsReachTheTaskRow()
{
    const TaskRecord &t = task(QStringLiteral("A1.1.T1"));
    const QModelIndex row = m_model->indexForTask(t.id);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    TaskStore *tasks = TaskStore::of(&m_store);
    QVERIFY(tasks->setTaskField(t.id, TaskField::Status, int(TaskStatus::InProgress), nullptr));
    QCOMPARE(row.data(TaskStatusRole).toInt(), int(TaskStatus::InProgress));
    QCOMPARE(changed.first().at(0).toModelIndex(), row);
    QVERIFY(tasks->setTaskField(t.id, TaskField::LeadUnit, u8("市经信局"), nullptr));
    QVERIFY(m_model->leadUnits().contains(u8("市经信局")));
    TaskProgress entry;
    entry.taskId = t.id;
    entry.date = QDate(2024, 7, 10);
    entry.text = u8("印发工作方案。");
    QVERIFY(tasks->addProgress(entry, nullptr));
    QCOMPARE(m_model->latestProgress(t.id)->text, u8("印发工作方案。"));
    QCOMPARE(row.siblingAtColumn(PlanTreeModel::ActualColumn).data().toString(),
             QStringLiteral("7/10"));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u8("印发工作方案。")));
    // Put back for the other cases.
    QVERIFY(tasks->setTaskField(t.id, TaskField::Status, int(TaskStatus::NotReported), nullptr));
    QVERIFY(tasks->setTaskField(t.id, TaskField::LeadUnit, QString(), nullptr));
    QVERIFY(tasks->removeProgress(tasks->progress(t.id).front().id, nullptr));
    QVERIFY(!m_model->latestProgress(t.id));
}

void TestTaskTree::overdueFollowsTheAsOfDate()
{
    const TaskRecord &t = task(QStringLiteral("A2.1.T1"));
    TaskStore *tasks = TaskStore::of(&m_store);
    QVERIFY(tasks->setTaskField(t.id, TaskField::Deadline, QDate(2024, 6, 30), nullptr));
    const QModelIndex row = m_model->indexForTask(t.id);
    QVERIFY(row.data(OverdueRole).toBool()); // as of 15 July
    QVERIFY(row.siblingAtColumn(PlanTreeModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Overdue")));
    QModelIndex area = row;
    while (area.parent().isValid())
        area = area.parent();
    QVERIFY(area.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 overdue")));
    m_model->setAsOf(QDate(2024, 6, 30));
    QVERIFY(!row.data(OverdueRole).toBool());
    m_model->setAsOf(QDate(2024, 7, 15));
    QVERIFY(tasks->setTaskField(t.id, TaskField::Status, int(TaskStatus::Done), nullptr));
    QVERIFY(!row.data(OverdueRole).toBool());
    QVERIFY(tasks->setTaskField(t.id, TaskField::Status, int(TaskStatus::NotReported), nullptr));
    QVERIFY(tasks->setTaskField(t.id, TaskField::Deadline, QDate(2024, 12, 31), nullptr));
}

void TestTaskTree::taskStatusAndOverdueFilters()
{
    TaskStore *tasks = TaskStore::of(&m_store);
    const TaskRecord &lagging = task(QStringLiteral("A4.1.T2"));
    const TaskRecord &late = task(QStringLiteral("A5.1.T1"));
    QVERIFY(tasks->setTaskField(lagging.id, TaskField::Status, int(TaskStatus::Behind), nullptr));
    QVERIFY(tasks->setTaskField(late.id, TaskField::Deadline, QDate(2024, 3, 31), nullptr));
    auto shownTasks = [&] {
        QStringList codes;
        walk(*m_filter, [&](const QModelIndex &index) {
            if (typeOf(index) == PlanItemType::Task)
                codes << index.data(CodeRole).toString();
        });
        return codes;
    };
    m_filter->setTaskStatusFilter({TaskStatus::Behind});
    QVERIFY(m_filter->isFilteringTasks());
    QCOMPARE(shownTasks(), QStringList{lagging.code});
    QCOMPARE(m_filter->matchingTasks({}), 1);
    // The task comes with all its indicators.
    const QModelIndex shown = m_filter->mapFromSource(m_model->indexForTask(lagging.id));
    QCOMPARE(m_filter->rowCount(shown), int(lagging.indicatorIds.size()));
    // Its area counts tasks, not indicators.
    QModelIndex area = shown;
    while (area.parent().isValid())
        area = area.parent();
    QVERIFY2(area.data().toString().endsWith(QStringLiteral("(1/79)")),
             qPrintable(area.data().toString()));
    m_filter->setTaskStatusFilter({});
    m_filter->setOverdueFilter(true);
    QCOMPARE(shownTasks(), QStringList{late.code});
    // Both: a lagging task or an overdue one.
    m_filter->setTaskStatusFilter({TaskStatus::Behind});
    QCOMPARE(shownTasks(), QStringList());
    m_filter->setOverdueFilter(false);
    m_filter->setTaskStatusFilter({TaskStatus::Behind, TaskStatus::NotReported});
    QCOMPARE(shownTasks().size(), 655);
    m_filter->setTaskStatusFilter({});
    QVERIFY(!m_filter->isFiltering());
    QVERIFY(
        tasks->setTaskField(lagging.id, TaskField::Status, int(TaskStatus::NotReported), nullptr));
    QVERIFY(tasks->setTaskField(late.id, TaskField::Deadline, QDate(2024, 12, 31), nullptr));
}

void TestTaskTree::unitFilterCoversIndicatorsAndTasks()
{
    TaskStore *tasks = TaskStore::of(&m_store);
    const TaskRecord &t = task(QStringLiteral("A6.1.T1"));
    const Indicator indicator = m_store.indicators().front();
    QVERIFY(tasks->setTaskField(t.id, TaskField::LeadUnit, u8("市生态环境局"), nullptr));
    QVERIFY(m_store.setIndicatorField(indicator.id, IndicatorField::LeadUnit, u8("市生态环境局"),
                                      nullptr));
    QVERIFY(m_model->leadUnits().contains(u8("市生态环境局")));
    m_filter->setUnitFilter(u8("市生态环境局"));
    QStringList shown;
    walk(*m_filter, [&](const QModelIndex &index) {
        if (typeOf(index) != PlanItemType::Node)
            shown << index.data(CodeRole).toString();
    });
    QVERIFY2(shown.contains(t.code), qPrintable(shown.join(u' ')));
    QVERIFY2(shown.contains(indicator.code), qPrintable(shown.join(u' ')));
    for (const QString &code : shown) {
        // Only what the unit leads, and the indicators of the task it leads.
        bool ok = code == t.code || code == indicator.code;
        for (qint64 id : t.indicatorIds)
            ok = ok || m_store.indicator(id)->code == code;
        QVERIFY2(ok, qPrintable(code));
    }
    m_filter->setUnitFilter({});
    QVERIFY(tasks->setTaskField(t.id, TaskField::LeadUnit, QString(), nullptr));
    QVERIFY(m_store.setIndicatorField(indicator.id, IndicatorField::LeadUnit, QString(), nullptr));
}

void TestTaskTree::searchFindsTaskText()
{
    // A phrase of a task's own text (no indicator's): the task, under its section.
    const TaskRecord &t = task(QStringLiteral("G1.T1"));
    const QString phrase = t.text.mid(2, 6);
    m_filter->setSearchText(phrase);
    bool found = false;
    walk(*m_filter, [&](const QModelIndex &index) {
        found = found || index.data(TaskIdRole).toLongLong() == t.id;
    });
    QVERIFY2(found, qPrintable(phrase));
    // A task found by its text shows its indicators too.
    const TaskRecord *withIndicator = nullptr;
    for (const TaskRecord &candidate : m_tasks) {
        if (!candidate.indicatorIds.empty()) {
            withIndicator = &candidate;
            break;
        }
    }
    m_filter->setSearchText(withIndicator->code);
    const QModelIndex row = m_filter->mapFromSource(m_model->indexForTask(withIndicator->id));
    QVERIFY(row.isValid());
    QCOMPARE(m_filter->rowCount(row), int(withIndicator->indicatorIds.size()));
    m_filter->setSearchText({});
}

void TestTaskTree::indicatorStatusFilterKeepsTheTasksAbove()
{
    m_filter->setStatusFilter(Status::NoData);
    int tasks = 0;
    int indicators = 0;
    walk(*m_filter, [&](const QModelIndex &index) {
        if (typeOf(index) == PlanItemType::Task) {
            ++tasks;
            QVERIFY(m_filter->rowCount(index) > 0); // only tasks with a matching indicator
        }
        indicators += typeOf(index) == PlanItemType::Indicator ? 1 : 0;
    });
    QVERIFY(tasks > 0);
    QVERIFY(tasks < 655);
    QCOMPARE(indicators, m_filter->matchingIndicators({}));
    m_filter->setStatusFilter(std::nullopt);
}

QTEST_GUILESS_MAIN(TestTaskTree)
#include "tst_tasktree.moc"
