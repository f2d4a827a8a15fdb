#include "cli/CommandLine.h"
#include "main/DateField.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "main/UnitsController.h"
#include "main/UnitsDialog.h"
#include "models/MeasurementTableModel.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace pd;

/// Responsible units and a round's texts in the window, as the supervision office uses them:
/// keep the list of units, give many indicators a lead unit at once (one undo step), complete a
/// unit as it is typed, and record a figure with its 进展情况 / 存在问题 / 下步打算.
class TestUnitsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unitsDialogAddsRenamesAndRefuses();
    void setResponsibleUnitOnASelectionIsOneUndoStep();
    void selectingAnAreaTakesTheIndicatorsBeneath();
    void leadUnitCompletesFromTheList();
    void figureIsRecordedWithTheRoundsTexts();
    void recordTakesTheRoundsTexts();

private:
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QTreeView *tree() const { return m_window->treeView(); }
    QModelIndex rowOf(const QString &code) const
    {
        const auto ind = m_window->store()->indicatorByCode(code);
        return ind ? m_window->filterModel()->mapFromSource(
                         m_window->treeModel()->indexForIndicator(ind->id))
                   : QModelIndex();
    }
    UnitsController *units() const { return m_window->findChild<UnitsController *>(); }
    QString leadOf(const QString &code) const
    {
        return m_window->store()->indicatorByCode(code)->leadUnit;
    }

    std::unique_ptr<test::FixedToday> m_today;
    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestUnitsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Indicators only: the rows of tasks would sit between them.
    QSettings().setValue(QStringLiteral("tree/showTasks"), false);
}

void TestUnitsWindow::init()
{
    m_today = std::make_unique<test::FixedToday>(QDate(2024, 7, 1));
    m_file = std::make_unique<test::TempDataFile>();
    QString error;
    QVERIFY2(m_file->importSamplePlan(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openFile(m_file->path(), &error), qPrintable(error));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    tree()->expandAll();
}

void TestUnitsWindow::cleanup()
{
    m_window.reset();
    m_file.reset();
    m_today.reset();
}

void TestUnitsWindow::unitsDialogAddsRenamesAndRefuses()
{
    UnitsDialog dialog(m_window->store());
    QVERIFY(dialog.addUnit(QStringLiteral("市商务局")));
    QVERIFY(dialog.addUnit(QStringLiteral("市文广旅局")));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(!dialog.addUnit(QStringLiteral("市商务局")));
    QVERIFY2(dialog.message().contains(QStringLiteral("市商务局")), qPrintable(dialog.message()));
    QCOMPARE(dialog.table()->rowCount(), 2);

    // A unit leading an indicator is renamed on it too, from the table's cell.
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("A1.1.1"))->id, IndicatorField::LeadUnit,
        QStringLiteral("市商务局"), nullptr));
    dialog.table()->item(0, 0)->setText(QStringLiteral("成都市商务局"));
    QCOMPARE(m_window->store()->units().front().name, QStringLiteral("成都市商务局"));
    QCOMPARE(leadOf(QStringLiteral("A1.1.1")), QStringLiteral("成都市商务局"));
    dialog.table()->item(0, 2)->setText(QStringLiteral("李四 028-87654321"));
    QCOMPARE(m_window->store()->units().front().contact, QStringLiteral("李四 028-87654321"));
    // A name taken by another unit is refused and the cell shows the saved name again.
    dialog.table()->item(1, 0)->setText(QStringLiteral("成都市商务局"));
    QVERIFY(!dialog.message().isEmpty());
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("市文广旅局"));

    // The unit in use cannot go; the other can.
    dialog.table()->setCurrentCell(0, 0);
    dialog.removeSelected();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(dialog.message().contains(QStringLiteral("成都市商务局")));
    dialog.table()->setCurrentCell(1, 0);
    dialog.removeSelected();
    QCOMPARE(dialog.table()->rowCount(), 1);

    // The units the plan names join the list.
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("M1"))->id, IndicatorField::CoUnits,
        QStringLiteral("市统计局、市发改委"), nullptr));
    dialog.addUnitsInUse();
    QStringList names;
    for (const ResponsibleUnit &unit : m_window->store()->units())
        names << unit.name;
    QCOMPARE(names, (QStringList{QStringLiteral("成都市商务局"), QStringLiteral("市统计局"),
                                 QStringLiteral("市发改委")}));
}

void TestUnitsWindow::setResponsibleUnitOnASelectionIsOneUndoStep()
{
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("M2"))->id, IndicatorField::LeadUnit,
        QStringLiteral("市人社局"), nullptr));
    // Click one indicator, Ctrl+click two more: three rows selected.
    const QStringList codes{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("L1.1")};
    for (int i = 0; i < codes.size(); ++i) {
        const QModelIndex index = rowOf(codes[i]);
        QVERIFY(index.isValid());
        tree()->scrollTo(index);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton,
                          i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          tree()->visualRect(index).center());
    }
    QCOMPARE(units()->selectedIndicators().size(), std::size_t(3));
    const int steps = m_window->undoStack()->count();
    QString error;
    QVERIFY2(units()->setLeadUnit(QStringLiteral("市发改委"), &error), qPrintable(error));
    for (const QString &code : codes)
        QCOMPARE(leadOf(code), QStringLiteral("市发改委"));
    QCOMPARE(leadOf(QStringLiteral("A1.1.1")), QString());                         // not selected
    QCOMPARE(m_window->store()->units().front().name, QStringLiteral("市发改委")); // now listed
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    // One Ctrl+Z puts each back as it was, M2's own unit included.
    m_window->undoStack()->undo();
    QCOMPARE(leadOf(QStringLiteral("M1")), QString());
    QCOMPARE(leadOf(QStringLiteral("M2")), QStringLiteral("市人社局"));
    QCOMPARE(leadOf(QStringLiteral("L1.1")), QString());
    m_window->undoStack()->redo();
    QCOMPARE(leadOf(QStringLiteral("M2")), QStringLiteral("市发改委"));
    // The tree shows the new unit: the model served it, no reload.
    QCOMPARE(m_window->store()->auditLog(QStringLiteral("indicator")).size(),
             std::size_t(1 + 3 + 3 + 3));
}

void TestUnitsWindow::selectingAnAreaTakesTheIndicatorsBeneath()
{
    // The first area's row: every indicator under it, not the others.
    const QModelIndex a111 = rowOf(QStringLiteral("A1.1.1"));
    QModelIndex area = a111.parent();
    while (area.parent().isValid())
        area = area.parent();
    tree()->selectionModel()->select(area, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    const std::vector<qint64> ids = units()->selectedIndicators();
    QCOMPARE(ids.size(), std::size_t(2)); // A1.1.1 and A1.1.2
    QString error;
    QVERIFY(units()->setLeadUnit(QStringLiteral("市商务局"), &error));
    QCOMPARE(leadOf(QStringLiteral("A1.1.1")), QStringLiteral("市商务局"));
    QCOMPARE(leadOf(QStringLiteral("A1.1.2")), QStringLiteral("市商务局"));
    QCOMPARE(leadOf(QStringLiteral("M1")), QString());
    // Nothing selected: refused with a reason, nothing changed.
    tree()->selectionModel()->clear();
    tree()->setCurrentIndex(QModelIndex());
    QVERIFY(!units()->setLeadUnit(QStringLiteral("市商务局"), &error));
    QVERIFY(!error.isEmpty());
}

void TestUnitsWindow::leadUnitCompletesFromTheList()
{
    QVERIFY(m_window->store()->ensureUnits(
        {QStringLiteral("成都市发展和改革委员会"), QStringLiteral("成都市财政局")}, nullptr));
    const QModelIndex index = rowOf(QStringLiteral("M1"));
    tree()->setCurrentIndex(index);
    auto *lead = find<QLineEdit>("indicatorLeadUnit");
    QVERIFY(lead && lead->completer());
    lead->completer()->setCompletionPrefix(QStringLiteral("发展"));
    QCOMPARE(lead->completer()->completionCount(), 1);
    QCOMPARE(lead->completer()->currentCompletion(), QStringLiteral("成都市发展和改革委员会"));
    // Co-units: the part after the last 、 is completed, the parts before kept.
    auto *co = find<QLineEdit>("indicatorCoUnits");
    QVERIFY(co && co->completer());
    co->setText(QStringLiteral("成都市发展和改革委员会、财政"));
    const QStringList parts = co->completer()->splitPath(co->text());
    QCOMPARE(parts, QStringList{QStringLiteral("财政")});
    co->completer()->setCompletionPrefix(parts.front());
    QCOMPARE(co->completer()->currentCompletion(),
             QStringLiteral("成都市发展和改革委员会、成都市财政局"));
}

void TestUnitsWindow::figureIsRecordedWithTheRoundsTexts()
{
    const QModelIndex index = rowOf(QStringLiteral("L1.1"));
    tree()->setCurrentIndex(index);
    IndicatorPane *pane = m_window->indicatorPane();
    QVERIFY(pane->indicatorId() > 0);
    pane->dateField()->setText(QStringLiteral("2024-06-30"));
    pane->valueField()->setText(QStringLiteral("420"));
    find<QLineEdit>("newMeasurementProgress")->setText(QStringLiteral("累计建成420公里"));
    find<QLineEdit>("newMeasurementProblems")->setText(QStringLiteral("部分路段征地未完成"));
    find<QLineEdit>("newMeasurementNextSteps")->setText(QStringLiteral("三季度完成征地"));
    QTest::keyClick(find<QLineEdit>("newMeasurementNextSteps"), Qt::Key_Return);
    const std::vector<Measurement> saved = m_window->store()->measurements(pane->indicatorId());
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].value, 420.0);
    QCOMPARE(saved[0].progress, QStringLiteral("累计建成420公里"));
    QCOMPARE(saved[0].problems, QStringLiteral("部分路段征地未完成"));
    QCOMPARE(saved[0].nextSteps, QStringLiteral("三季度完成征地"));
    QVERIFY(find<QLineEdit>("newMeasurementProgress")->text().isEmpty());

    // The figures table is the rounds' history: the texts shown, and edited in place.
    MeasurementTableModel *table = pane->measurementModel();
    QCOMPARE(table->index(0, MeasurementTableModel::ProblemsColumn).data().toString(),
             QStringLiteral("部分路段征地未完成"));
    QVERIFY(table->setData(table->index(0, MeasurementTableModel::ProblemsColumn),
                           QStringLiteral("无"), Qt::EditRole));
    QCOMPARE(m_window->store()->measurement(saved[0].id)->problems, QStringLiteral("无"));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->measurement(saved[0].id)->problems,
             QStringLiteral("部分路段征地未完成"));
}

void TestUnitsWindow::recordTakesTheRoundsTexts()
{
    const QStringList base{QStringLiteral("progress-dashboard"),
                           QStringLiteral("record"),
                           QStringLiteral("--db"),
                           m_file->path(),
                           QStringLiteral("--indicator"),
                           QStringLiteral("M1"),
                           QStringLiteral("--date"),
                           QStringLiteral("2024-06-30")};
    QCOMPARE(CommandLine().run(base + QStringList{QStringLiteral("--value"), QStringLiteral("5.8"),
                                                  QStringLiteral("--progress"),
                                                  QStringLiteral("上半年增长5.8%"),
                                                  QStringLiteral("--next-steps"),
                                                  QStringLiteral("抓项目促投资")}),
             0);
    PlanStore other;
    QVERIFY(other.open(m_file->path(), nullptr));
    const qint64 m1 = other.indicatorByCode(QStringLiteral("M1"))->id;
    std::vector<Measurement> saved = other.measurements(m1);
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].progress, QStringLiteral("上半年增长5.8%"));
    QCOMPARE(saved[0].nextSteps, QStringLiteral("抓项目促投资"));
    QVERIFY(saved[0].problems.isEmpty());
    QCOMPARE(other.auditLog(QStringLiteral("measurement"), saved[0].id).front().source,
             QStringLiteral("record"));
    // --replace with only --problems keeps the texts not given.
    QCOMPARE(CommandLine().run(base + QStringList{QStringLiteral("--value"), QStringLiteral("5.9"),
                                                  QStringLiteral("--replace"),
                                                  QStringLiteral("--problems"),
                                                  QStringLiteral("消费偏弱")}),
             0);
    saved = other.measurements(m1);
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].value, 5.9);
    QCOMPARE(saved[0].progress, QStringLiteral("上半年增长5.8%"));
    QCOMPARE(saved[0].problems, QStringLiteral("消费偏弱"));
}

QTEST_MAIN(TestUnitsWindow)
#include "tst_unitswindow.moc"
