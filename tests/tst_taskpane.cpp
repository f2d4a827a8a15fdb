// The task pane and the tree's task controls, driven as a user would: select a task, set its
// status and units, write a round's 进展情况 (Ctrl+Enter), undo, click one of its indicators,
// show indicators only, filter by task status, overdue and unit.

#include "main/DateField.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "main/TaskPane.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestTaskPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingATaskShowsItsPane();
    void statusAndUnitsAreSavedAndUndone();
    void progressIsAddedChangedAndDeleted();
    void clickingAnIndicatorSelectsItInTheTree();
    void showTasksToggle();
    void taskFiltersInTheWindow();

private:
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    TaskRecord taskOnDisk(const QString &code) const
    {
        PlanStore other;
        other.open(m_file->path(), nullptr);
        return *TaskStore::of(&other)->taskByCode(code);
    }
    std::vector<TaskProgress> progressOnDisk(const QString &code) const
    {
        PlanStore other;
        other.open(m_file->path(), nullptr);
        TaskStore *tasks = TaskStore::of(&other);
        return tasks->progress(tasks->taskByCode(code)->id);
    }
    TaskPane *pane() const { return m_window->taskPane(); }
    std::unique_ptr<test::FixedToday> m_today;
    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestTaskPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTaskPane::init()
{
    m_today = std::make_unique<test::FixedToday>(QDate(2024, 7, 15));
    m_file = std::make_unique<test::TempDataFile>();
    m_window = std::make_unique<MainWindow>();
    QString error;
    // A new file gets the built-in Chengdu plan, its 655 tasks with it.
    QVERIFY2(m_window->openFile(m_file->path(), &error), qPrintable(error));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!find<QAction>("actionShowTasks")->isChecked())
        find<QAction>("actionShowTasks")->trigger();
}

void TestTaskPane::cleanup()
{
    m_window.reset();
    m_file.reset();
    m_today.reset();
}

void TestTaskPane::selectingATaskShowsItsPane()
{
    QVERIFY(m_window->selectTask(QStringLiteral("A3.2.T4")));
    QVERIFY(pane()->isVisible());
    QVERIFY(!m_window->indicatorPane()->isVisible());
    QCOMPARE(pane()->taskId(),
             TaskStore::of(m_window->store())->taskByCode(QStringLiteral("A3.2.T4"))->id);
    QCOMPARE(find<QLabel>("taskTitle")->text(), QStringLiteral("A3.2.T4"));
    const TaskRecord task = taskOnDisk(QStringLiteral("A3.2.T4"));
    QCOMPARE(find<QLabel>("taskSentence")->text(), task.text);
    QCOMPARE(pane()->deadlineField()->date(), QDate(2024, 12, 31));
    QVERIFY(find<QLabel>("taskPath")->text().contains(u8("推动科技成果高效转化")));
    QCOMPARE(pane()->indicatorList()->count(), int(task.indicatorIds.size()));
    QVERIFY(find<QLabel>("taskRollup")->text().contains(QStringLiteral("0 of")));
    QVERIFY(!find<QLabel>("taskOverdue")->isVisible());
    // Arrow keys in the tree walk from task to task, the pane following.
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_Up);
    QCOMPARE(find<QLabel>("taskTitle")->text(), QStringLiteral("A3.2.T3"));
}

void TestTaskPane::statusAndUnitsAreSavedAndUndone()
{
    QVERIFY(m_window->selectTask(QStringLiteral("A3.2.T4")));
    QComboBox *status = pane()->statusBox();
    // Pick 滞后 the way the keyboard does: focus, then choose the entry.
    status->setFocus();
    const int behind = status->findData(int(TaskStatus::Behind));
    QVERIFY(behind >= 0);
    status->setCurrentIndex(behind);
    emit status->activated(behind);
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).status, TaskStatus::Behind);
    const QModelIndex row = m_window->treeModel()->indexForTask(pane()->taskId());
    QCOMPARE(row.data(TaskStatusRole).toInt(), int(TaskStatus::Behind));

    QLineEdit *lead = pane()->leadUnitField();
    lead->setFocus();
    lead->selectAll();
    lead->insert(u8("市科技局")); // typed through an input method: no key codes for 汉字
    QTest::keyClick(lead, Qt::Key_Return);
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).leadUnit, u8("市科技局"));
    DateField *deadline = pane()->deadlineField();
    deadline->setFocus();
    deadline->selectAll();
    QTest::keyClicks(deadline, QStringLiteral("2024-06-30"));
    QTest::keyClick(deadline, Qt::Key_Return);
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).deadline, QDate(2024, 6, 30));
    QVERIFY(find<QLabel>("taskOverdue")->isVisible()); // 15 July, not done

    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 3);
    find<QAction>("actionUndo")->trigger();
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).deadline, QDate(2024, 12, 31));
    QVERIFY(!find<QLabel>("taskOverdue")->isVisible());
    find<QAction>("actionUndo")->trigger();
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).leadUnit, QString());
    QCOMPARE(lead->text(), QString());
    find<QAction>("actionUndo")->trigger();
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).status, TaskStatus::NotReported);
    QCOMPARE(status->currentData().toInt(), int(TaskStatus::NotReported));
    find<QAction>("actionRedo")->trigger();
    QCOMPARE(taskOnDisk(QStringLiteral("A3.2.T4")).status, TaskStatus::Behind);
}

void TestTaskPane::progressIsAddedChangedAndDeleted()
{
    QVERIFY(m_window->selectTask(QStringLiteral("G1.T1")) ||
            m_window->selectTask(QStringLiteral("A1.1.T1")));
    const QString code = find<QLabel>("taskTitle")->text();
    QPlainTextEdit *text = pane()->progressTextField();
    QCOMPARE(pane()->progressDateField()->date(), QDate(2024, 7, 15)); // the as-of date
    text->setFocus();
    text->insertPlainText(u8("已印发实施方案"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    std::vector<TaskProgress> saved = progressOnDisk(code);
    QCOMPARE(int(saved.size()), 1);
    QCOMPARE(saved[0].text, u8("已印发实施方案"));
    QCOMPARE(saved[0].date, QDate(2024, 7, 15));
    QCOMPARE(pane()->progressTable()->rowCount(), 1);
    QCOMPARE(pane()->progressTable()->item(0, 2)->text(), u8("已印发实施方案"));
    QVERIFY(text->toPlainText().isEmpty());
    // The same month again changes that round's entry: one a month.
    pane()->progressDateField()->setDate(QDate(2024, 7, 20));
    text->insertPlainText(u8("已召开推进会"));
    QTest::mouseClick(pane()->addProgressButton(), Qt::LeftButton);
    saved = progressOnDisk(code);
    QCOMPARE(int(saved.size()), 1);
    QCOMPARE(saved[0].text, u8("已召开推进会"));
    QCOMPARE(saved[0].date, QDate(2024, 7, 20));
    // June's round is an entry of its own, listed below July's (the latest first).
    pane()->progressDateField()->setDate(QDate(2024, 6, 28));
    text->insertPlainText(u8("完成调研"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(int(progressOnDisk(code).size()), 2);
    QCOMPARE(pane()->progressTable()->item(0, 0)->text(), QStringLiteral("2024-07-20"));
    QCOMPARE(pane()->progressTable()->item(1, 0)->text(), QStringLiteral("2024-06-28"));
    // An empty text is refused, with a word.
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(find<QLabel>("taskError")->isVisible());
    QCOMPARE(int(progressOnDisk(code).size()), 2);
    // Delete the selected one (Del), and undo that.
    pane()->progressTable()->selectRow(1);
    pane()->progressTable()->setFocus();
    QTest::keyClick(pane()->progressTable(), Qt::Key_Delete);
    QCOMPARE(int(progressOnDisk(code).size()), 1);
    find<QAction>("actionUndo")->trigger();
    QCOMPARE(int(progressOnDisk(code).size()), 2);
    QCOMPARE(pane()->progressTable()->rowCount(), 2);
    // The tree shows the latest words on or before the as-of date (15 July): June's.
    const QModelIndex row = m_window->treeModel()->indexForTask(pane()->taskId());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u8("完成调研")));
    m_window->setAsOf(QDate(2024, 7, 31));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u8("已召开推进会")));
}

void TestTaskPane::clickingAnIndicatorSelectsItInTheTree()
{
    // A task with indicators: A3.2.T4 holds one.
    QVERIFY(m_window->selectTask(QStringLiteral("A3.2.T4")));
    QListWidget *list = pane()->indicatorList();
    QVERIFY(list->count() > 0);
    const qint64 id = list->item(0)->data(Qt::UserRole).toLongLong();
    const QRect rect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->indicatorPane()->indicatorId(), id);
    const QModelIndex current = m_window->currentSourceIndex();
    QCOMPARE(current.data(IndicatorIdRole).toLongLong(), id);
    QCOMPARE(current.parent().data(TaskIdRole).toLongLong(),
             TaskStore::of(m_window->store())->taskByCode(QStringLiteral("A3.2.T4"))->id);
}

void TestTaskPane::showTasksToggle()
{
    QAction *show = find<QAction>("actionShowTasks");
    QVERIFY(show->isChecked());
    QVERIFY(m_window->viewMenu()->actions().contains(show));
    QCOMPARE(find<QToolButton>("showTasksButton")->defaultAction(), show);
    QVERIFY(m_window->treeModel()->showsTasks());
    show->trigger();
    QVERIFY(!m_window->treeModel()->showsTasks());
    QCOMPARE(m_window->treeModel()->itemCount(),
             int(m_window->store()->nodes().size() + m_window->store()->indicators().size()));
    // A task asked for brings the tasks back.
    QVERIFY(m_window->selectTask(QStringLiteral("A1.1.T1")));
    QVERIFY(show->isChecked());
    QVERIFY(m_window->treeModel()->showsTasks());
    QCOMPARE(find<QLabel>("taskTitle")->text(), QStringLiteral("A1.1.T1"));
}

void TestTaskPane::taskFiltersInTheWindow()
{
    TaskStore *tasks = TaskStore::of(m_window->store());
    const TaskRecord lagging = *tasks->taskByCode(QStringLiteral("A4.1.T1"));
    QVERIFY(tasks->setTaskField(lagging.id, TaskField::Status, int(TaskStatus::Behind), nullptr));
    QVERIFY(tasks->setTaskField(lagging.id, TaskField::LeadUnit, u8("市经信局"), nullptr));
    find<QAction>("taskStatusFilter_behind")->trigger();
    PlanFilterModel *filter = m_window->filterModel();
    QCOMPARE(filter->taskStatusFilter(), std::vector<TaskStatus>{TaskStatus::Behind});
    QCOMPARE(filter->matchingTasks({}), 1);
    QVERIFY(find<QToolButton>("statusFilter")->text().contains(QStringLiteral("Lagging")));
    find<QAction>("statusFilter_all")->trigger();
    QVERIFY(!filter->isFiltering());
    // The unit filter lists the lead units (shortly after an edit) and narrows to one.
    auto *units = find<QComboBox>("unitFilter");
    QTRY_VERIFY(units->findText(u8("市经信局")) > 0);
    units->setCurrentIndex(units->findText(u8("市经信局")));
    QCOMPARE(filter->unitFilter(), u8("市经信局"));
    QCOMPARE(filter->matchingTasks({}), 1);
    units->setCurrentIndex(0);
    // Overdue: none on 15 July with every deadline at the year's end.
    find<QAction>("taskStatusFilter_overdue")->trigger();
    QCOMPARE(filter->matchingTasks({}), 0);
    QVERIFY(find<QLabel>("noMatches")->isVisible());
    find<QAction>("taskStatusFilter_overdue")->trigger();
    QVERIFY(!filter->isFiltering());
}

QTEST_MAIN(TestTaskPane)
#include "tst_taskpane.moc"
