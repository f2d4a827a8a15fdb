#include "cli/CommandLine.h"
#include "main/DateField.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "models/MeasurementTableModel.h"
#include "charts/OverviewChartView.h"
#include "main/OverviewPane.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "print/PrintController.h"
#include "charts/TargetChartView.h"
#include "TestSupport.h"
#include "charts/TrendChartView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace pd;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensSampleAndShowsTree();
    void selectingIndicatorShowsValuesAndCharts();
    void addEditDeleteMeasurementWithUndo();
    void invalidEntryIsRefusedAndChangesNothing();
    void indicatorFieldEditIsSavedAndUndoable();
    void searchAndStatusFilterNarrowTree();
    void asOfDateChangesStatuses();
    void externalChangeIsPickedUpOnRefresh();
    void badFileKeepsWindowAndFile();
    void printScopeFollowsSelectionAndExportWritesPdf();
    void doubtfulEntryAsksAndFollowsTheAnswer();
    void boundTargetShowsGapAndPlanCurveMovesExpected();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("plan.sqlite")); }
    QString statusOf(const QString &code) const
    {
        const auto ind = m_window->store()->indicatorByCode(code);
        const QModelIndex index = m_window->treeModel()->indexForIndicator(ind->id);
        return statusKey(Status(index.data(StatusRole).toInt()));
    }
    std::vector<Measurement> measurementsOnDisk(const QString &code) const
    {
        PlanStore other;
        other.open(dbPath(), nullptr);
        return other.measurements(other.indicatorByCode(code)->id);
    }
    /// Clicks the button with this text in the next message box the window opens (the box
    /// runs its own event loop, so the click comes from a timer); records what the box said.
    void answerNextDialog(const QString &button)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            m_dialogText = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button) {
                    b->click();
                    return;
                }
            }
            box->reject();
        });
        timer->start();
    }
    QString m_dialogText;
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        PlanStore store;
        QVERIFY(store.open(dbPath(), nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(dbPath(), &error), qPrintable(error));
    m_window->setAsOf(QDate(2024, 7, 1));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::opensSampleAndShowsTree()
{
    QTreeView *tree = find<QTreeView>("planTree");
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 3);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("主要预期目标"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("示例市2024年政府工作报告")));
    QVERIFY(find<QLabel>("pathStatus")->text().contains(QStringLiteral("plan.sqlite")));
    QCOMPARE(m_window->asOf(), QDate(2024, 7, 1));
    // The overview is shown for the plan with one bar per part/area holding indicators.
    QVERIFY(m_window->overviewPane()->isVisible());
    QCOMPARE(m_window->overviewPane()->chart()->barCount(), 3);
}

void TestMainWindow::selectingIndicatorShowsValuesAndCharts()
{
    PlanStore *store = m_window->store();
    Measurement m;
    m.indicatorId = store->indicatorByCode(QStringLiteral("A1.1.1"))->id;
    m.date = QDate(2024, 6, 30);
    m.value = 260;
    QVERIFY(store->addMeasurement(m, nullptr));

    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.1")));
    IndicatorPane *pane = m_window->indicatorPane();
    QVERIFY(pane->isVisible());
    QCOMPARE(find<QLabel>("indicatorTitle")->text(), QStringLiteral("A1.1.1  新引进首店"));
    QVERIFY(find<QLabel>("indicatorSnippet")->text().contains(QStringLiteral("500")));
    QVERIFY(find<QLabel>("indicatorSummary")->text().contains(QStringLiteral("52%")));
    QCOMPARE(find<QLineEdit>("indicatorTarget")->text(), QStringLiteral("500"));
    QCOMPARE(pane->measurementModel()->rowCount(), 1);

    QBarSet *target = pane->targetChart()->targetSet();
    QBarSet *actual = pane->targetChart()->actualSet();
    QVERIFY(target && actual);
    QCOMPARE(target->at(0), 500.0);
    QCOMPARE(actual->at(0), 260.0);
    QLineSeries *trend = pane->trendChart()->actualSeries();
    QVERIFY(trend);
    QCOMPARE(trend->count(), 1);
    QCOMPARE(trend->at(0).y(), 260.0);
}

void TestMainWindow::addEditDeleteMeasurementWithUndo()
{
    QVERIFY(m_window->selectIndicator(QStringLiteral("L1.1")));
    auto *date = find<DateField>("newMeasurementDate");
    auto *value = find<QLineEdit>("newMeasurementValue");
    auto *add = find<QPushButton>("addMeasurementButton");
    date->setDate(QDate(2024, 6, 30));
    value->setText(QStringLiteral("520"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("on_track")); // 52 % ≥ 50 %
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).size(), std::size_t(1));
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).front().value, 520.0);

    // Edit through the table: the value falls behind.
    MeasurementTableModel *table = m_window->indicatorPane()->measurementModel();
    QVERIFY(
        table->setData(table->index(0, MeasurementTableModel::ValueColumn), QStringLiteral("300")));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("behind")); // 30 % < 40 %
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).front().value, 300.0);

    // Undo the edit, then the addition; redo both.
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).front().value, 520.0);
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("on_track"));
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).size(), std::size_t(0));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("no_data"));
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).front().value, 300.0);

    // Delete with the button; undo brings the same row back.
    auto *view = find<QTableView>("measurementTable");
    view->selectRow(0);
    QTest::mouseClick(find<QPushButton>("deleteMeasurementButton"), Qt::LeftButton);
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).size(), std::size_t(0));
    QCOMPARE(table->rowCount(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(measurementsOnDisk(QStringLiteral("L1.1")).size(), std::size_t(1));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("behind"));

    // What was written survives reopening the file.
    const QString path = dbPath();
    m_window.reset();
    MainWindow again;
    QVERIFY(again.openFile(path, nullptr));
    again.setAsOf(QDate(2024, 7, 1));
    const auto id = again.store()->indicatorByCode(QStringLiteral("L1.1"))->id;
    QCOMPARE(again.treeModel()->indexForIndicator(id).data(ActualRole).toDouble(), 300.0);
}

void TestMainWindow::invalidEntryIsRefusedAndChangesNothing()
{
    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.1")));
    // The window keeps the file open in WAL mode: a write would sit in "-wal", so both count.
    const QByteArray before = test::dataFileBytes(dbPath());
    const int undoCount = m_window->undoStack()->count();
    auto *value = find<QLineEdit>("newMeasurementValue");
    auto *error = find<QLabel>("inputError");
    value->setText(QStringLiteral("很多"));
    QTest::mouseClick(find<QPushButton>("addMeasurementButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("很多")));
    QCOMPARE(value->text(), QStringLiteral("很多")); // the input stays for correction

    MeasurementTableModel *table = m_window->indicatorPane()->measurementModel();
    QVERIFY(!table->addMeasurement(QDate(2023, 12, 31), QStringLiteral("5"), {})); // wrong year
    QVERIFY(!table->addMeasurement(QDate(2024, 5, 1), QString(), {}));

    auto *name = find<QLineEdit>("indicatorName");
    name->setText(QString());
    emit name->editingFinished();
    QCOMPARE(name->text(), QStringLiteral("新引进首店")); // put back
    auto *target = find<QLineEdit>("indicatorTarget");
    target->setText(QStringLiteral("abc"));
    emit target->editingFinished();
    QCOMPARE(target->text(), QStringLiteral("500"));

    QCOMPARE(m_window->undoStack()->count(), undoCount);
    QCOMPARE(test::dataFileBytes(dbPath()), before); // not a byte written
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).size(), std::size_t(0));
    QCOMPARE(m_window->store()->auditLog().size(), std::size_t(0));
}

void TestMainWindow::indicatorFieldEditIsSavedAndUndoable()
{
    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.1")));
    auto *lead = find<QLineEdit>("indicatorLeadUnit");
    lead->setText(QStringLiteral("市商务局"));
    emit lead->editingFinished();
    auto *target = find<QLineEdit>("indicatorTarget");
    target->setText(QStringLiteral("400"));
    emit target->editingFinished();
    PlanStore other;
    QVERIFY(other.open(dbPath(), nullptr));
    QCOMPARE(other.indicatorByCode(QStringLiteral("A1.1.1"))->leadUnit, QStringLiteral("市商务局"));
    QCOMPARE(other.indicatorByCode(QStringLiteral("A1.1.1"))->target, 400.0);
    const auto id = other.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    QCOMPARE(
        m_window->treeModel()->indexForIndicator(id, PlanTreeModel::TargetColumn).data().toString(),
        QStringLiteral("≥400 家"));
    m_window->undoStack()->undo();
    QCOMPARE(other.indicatorByCode(QStringLiteral("A1.1.1"))->target, 500.0);
    QCOMPARE(target->text(), QStringLiteral("500"));
    QCOMPARE(other.auditLog(QStringLiteral("indicator"), id).size(), std::size_t(3));
}

void TestMainWindow::searchAndStatusFilterNarrowTree()
{
    PlanFilterModel *filter = m_window->filterModel();
    auto visibleIndicators = [filter] {
        int count = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < filter->rowCount(parent); ++r) {
                const QModelIndex i = filter->index(r, 0, parent);
                if (i.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator))
                    ++count;
                walk(i);
            }
        };
        walk({});
        return count;
    };
    QCOMPARE(visibleIndicators(), 5);
    auto *search = find<QLineEdit>("searchField");
    search->setText(QStringLiteral("绿道")); // typing: textChanged filters at once
    QCOMPARE(visibleIndicators(), 1);
    search->clear();
    QCOMPARE(visibleIndicators(), 5);

    Measurement m;
    m.indicatorId = m_window->store()->indicatorByCode(QStringLiteral("M2"))->id;
    m.date = QDate(2024, 6, 30);
    m.value = 5.2;
    QVERIFY(m_window->store()->addMeasurement(m, nullptr));
    auto status = [this](const char *name) { return find<QAction>(name); };
    status("statusFilter_on_track")->trigger();
    QCOMPARE(visibleIndicators(), 1);
    status("statusFilter_on_track")->trigger(); // off again
    status("statusFilter_no_data")->trigger();
    QCOMPARE(visibleIndicators(), 4);
    auto *part = find<QComboBox>("partFilter");
    part->setCurrentIndex(part->findData(int(PlanPart::Main)));
    QCOMPARE(visibleIndicators(), 1); // M1 has no data, M2 is on track
    status("statusFilter_all")->trigger();
    part->setCurrentIndex(0);
    QCOMPARE(visibleIndicators(), 5);
}

void TestMainWindow::asOfDateChangesStatuses()
{
    Measurement m;
    m.indicatorId = m_window->store()->indicatorByCode(QStringLiteral("L1.1"))->id;
    m.date = QDate(2024, 3, 31);
    m.value = 300;
    QVERIFY(m_window->store()->addMeasurement(m, nullptr));
    auto *asOf = find<QDateEdit>("asOfDate");
    asOf->setDate(QDate(2024, 3, 31));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("on_track"));
    asOf->setDate(QDate(2024, 6, 30));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("behind"));
    asOf->setDate(QDate(2024, 3, 1));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("no_data"));
}

void TestMainWindow::externalChangeIsPickedUpOnRefresh()
{
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("no_data"));
    const int rc = CommandLine().run(
        {QStringLiteral("progress-dashboard"), QStringLiteral("record"), QStringLiteral("--db"),
         dbPath(), QStringLiteral("--indicator"), QStringLiteral("L1.1"), QStringLiteral("--value"),
         QStringLiteral("1000"), QStringLiteral("--date"), QStringLiteral("2024-05-01")});
    QCOMPARE(rc, 0);
    // Followed row by row: no reset, so what was open and selected stays as it was.
    QSignalSpy reset(m_window->treeModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_window->treeModel(), &QAbstractItemModel::dataChanged);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("done"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);

    // A figure deleted by another program is not followed row by row: everything is read
    // again, and shows it gone.
    {
        PlanStore other;
        QVERIFY(other.open(dbPath(), nullptr));
        const qint64 l11 = other.indicatorByCode(QStringLiteral("L1.1"))->id;
        QVERIFY(other.removeMeasurement(other.measurements(l11).front().id, nullptr));
    }
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("no_data"));
}

void TestMainWindow::badFileKeepsWindowAndFile()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.sqlite"));
    test::writeFile(bad, QByteArrayLiteral("not a database at all"));
    QString error;
    QVERIFY(!m_window->openFile(bad, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::readFile(bad), QByteArrayLiteral("not a database at all"));
    QCOMPARE(m_window->filePath(), dbPath());
    QCOMPARE(m_window->treeModel()->rowCount(), 3);
}

void TestMainWindow::printScopeFollowsSelectionAndExportWritesPdf()
{
    PrintController *print = m_window->printController();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionPrintPreview")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionPrint")));
    QCOMPARE(print->scopeForSelection().kind, ReportScope::Kind::Book);
    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.2")));
    QCOMPARE(print->scopeForSelection().kind, ReportScope::Kind::Area);
    QCOMPARE(print->scopeForSelection().area, 1);
    QVERIFY(m_window->selectIndicator(QStringLiteral("L1.1")));
    QCOMPARE(print->scopeForSelection().kind, ReportScope::Kind::Livelihood);

    const QString pdf = m_dir->filePath(QStringLiteral("sheets.pdf"));
    QString error;
    QVERIFY2(print->exportPdf(ReportScope::forArea(1), pdf, &error), qPrintable(error));
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    QVERIFY(!print->exportPdf(ReportScope::book(), QStringLiteral("/nonexistent-folder/x.pdf"),
                              &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::doubtfulEntryAsksAndFollowsTheAnswer()
{
    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.1"))); // ≥500 家
    QCOMPARE(find<QLabel>("newMeasurementUnit")->text(), QStringLiteral("家"));
    auto *date = find<DateField>("newMeasurementDate");
    auto *value = find<QLineEdit>("newMeasurementValue");
    date->setDate(QDate(2024, 6, 30));

    // Ten times the target: asked, and "Cancel" records nothing at all (the file nor its WAL).
    const QByteArray before = test::dataFileBytes(dbPath());
    const int undoCount = m_window->undoStack()->count();
    value->setText(QStringLiteral("6000"));
    answerNextDialog(QStringLiteral("Cancel"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY2(m_dialogText.contains(QStringLiteral("500 家")), qPrintable(m_dialogText));
    QVERIFY(m_dialogText.contains(QStringLiteral("6000")));
    QCOMPARE(test::dataFileBytes(dbPath()), before);
    QCOMPARE(m_window->undoStack()->count(), undoCount);
    QCOMPARE(value->text(), QStringLiteral("6000")); // kept for correction

    // "Record Anyway" records it, as one undo step.
    answerNextDialog(QStringLiteral("Record Anyway"));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).size(), std::size_t(1));
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).front().value, 6000.0);
    QCOMPARE(m_window->undoStack()->count(), undoCount + 1);

    // The same date again: the window offers to replace it; declined, nothing changes.
    value->setText(QStringLiteral("260"));
    answerNextDialog(QStringLiteral("Cancel"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY2(m_dialogText.contains(QStringLiteral("already has a figure")),
             qPrintable(m_dialogText));
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).front().value, 6000.0);
    // Accepted, the figure is replaced (still one per date), and undo puts 6000 back.
    answerNextDialog(QStringLiteral("Replace"));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).size(), std::size_t(1));
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).front().value, 260.0);
    QCOMPARE(statusOf(QStringLiteral("A1.1.1")), QStringLiteral("on_track"));
    m_window->undoStack()->undo();
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).front().value, 6000.0);
    m_window->undoStack()->redo();

    // A cumulative count lower than the figure before it is asked about too.
    date->setDate(QDate(2024, 9, 30));
    value->setText(QStringLiteral("200"));
    answerNextDialog(QStringLiteral("Cancel"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY2(m_dialogText.contains(QStringLiteral("lower than 260")), qPrintable(m_dialogText));
    QCOMPARE(measurementsOnDisk(QStringLiteral("A1.1.1")).size(), std::size_t(1));
}

void TestMainWindow::boundTargetShowsGapAndPlanCurveMovesExpected()
{
    // M1 ≈6 % growth: the summary gives the gap in points, the chart no expected-by-now bar.
    PlanStore *store = m_window->store();
    Measurement m;
    m.indicatorId = store->indicatorByCode(QStringLiteral("M1"))->id;
    m.date = QDate(2024, 6, 30);
    m.value = 5.2;
    QVERIFY(store->addMeasurement(m, nullptr));
    QVERIFY(m_window->selectIndicator(QStringLiteral("M1")));
    const QString summary = find<QLabel>("indicatorSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("0.8 percentage points below the target")),
             qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("expected by now")));
    QVERIFY(!summary.contains(QStringLiteral("completion")));
    QVERIFY(!m_window->indicatorPane()->targetChart()->expectedSet());
    QVERIFY(m_window->indicatorPane()->targetChart()->boundSeries());

    // L1.1 1000 公里 with 310 by 30 June is behind the straight line (50 % on 1 July)…
    m.indicatorId = store->indicatorByCode(QStringLiteral("L1.1"))->id;
    m.value = 310;
    QVERIFY(store->addMeasurement(m, nullptr));
    QVERIFY(m_window->selectIndicator(QStringLiteral("L1.1")));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("behind"));
    // …and on track against a back-loaded plan curve typed in the pane, undoably.
    auto *curve = find<QLineEdit>("indicatorPlanCurve");
    QVERIFY(curve->isEnabled());
    curve->setText(QStringLiteral("Q1 100; Q2 300; Q3 600"));
    emit curve->editingFinished();
    QCOMPARE(store->indicatorByCode(QStringLiteral("L1.1"))->planCurve.size(), std::size_t(3));
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("on_track"));
    QVERIFY(find<QLabel>("indicatorSummary")->text().contains(QStringLiteral("plan curve")));
    QLineSeries *plan = m_window->indicatorPane()->trendChart()->planSeries();
    QCOMPARE(plan->count(), 5); // 1 January, the three points, 31 December
    QCOMPARE(plan->at(2).y(), 300.0);
    // On 1 July the curve has moved one day of 92 towards Q3's 600.
    QVERIFY(qAbs(m_window->indicatorPane()->targetChart()->expectedSet()->at(0) -
                 (300 + 300.0 / 92)) < 1e-6);
    m_window->undoStack()->undo();
    QVERIFY(store->indicatorByCode(QStringLiteral("L1.1"))->planCurve.empty());
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("behind"));
    // A curve that does not parse is refused with its reason and changes nothing.
    curve->setText(QStringLiteral("Q5 1"));
    emit curve->editingFinished();
    QVERIFY(find<QLabel>("inputError")->isVisible());
    QVERIFY(store->indicatorByCode(QStringLiteral("L1.1"))->planCurve.empty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
