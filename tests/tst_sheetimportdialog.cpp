// File → Import Sheets…: the action in the File menu, the preview dialog (every row with its
// state chip and reason, the filter by state, the counts), Import as one step on the window's
// undo stack, Save Refused Rows…, Esc. The file dialogs are answered by FileDialog's queue;
// the sheets are a unit's exported workbook filled in, a CSV, and a file that is no sheet.

#include "export/XlsxSheets.h"
#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/SheetImportDialog.h"
#include "models/SheetImportModel.h"
#include "sheetsin/ImportedSheets.h"
#include "sheetsin/SheetFileReader.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "SheetFixtures.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace pd;

class TestSheetImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionIsInTheFileMenu();
    void previewThenImportAsOneUndoStep();
    void saveRefusedRows();
    void escapeClosesWithoutImporting();
    void taskRowsListedAndImported();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// The unit's workbook exported and filled in, a CSV of another unit, a broken file.
    QStringList sheets();
    /// Runs the action with files queued, and check(dialog) on the preview when it shows.
    void withDialog(const QStringList &files,
                    const std::function<void(SheetImportDialog *)> &check);
    std::optional<Measurement> latest(const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    bool m_checked = false;
};

void TestSheetImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSheetImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        PlanStore store;
        QVERIFY(store.open(path(QStringLiteral("plan.sqlite")), nullptr));
        QVERIFY(store.importPlan(test::unitPlan(), false, nullptr));
        auto add = [&](const QString &code, double value, const QString &progress) {
            Measurement m;
            m.indicatorId = store.indicatorByCode(code)->id;
            m.date = QDate(2024, 6, 30);
            m.value = value;
            m.progress = progress;
            QVERIFY(store.addMeasurement(m, nullptr));
        };
        add(QStringLiteral("A1.1.2"), 93, QStringLiteral("线上办理率稳步提升"));
        add(QStringLiteral("L1.1"), 300, QStringLiteral("已建300公里"));
    }
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(path(QStringLiteral("plan.sqlite")), &error), qPrintable(error));
    m_window->setAsOf(QDate(2024, 7, 1));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_checked = false;
}

void TestSheetImportDialog::cleanup()
{
    QCOMPARE(FileDialog::pendingFileNames(), 0);
    m_window.reset();
    m_dir.reset();
}

QStringList TestSheetImportDialog::sheets()
{
    QString error;
    const QString exported = path(QStringLiteral("out/市商务局.xlsx"));
    QDir().mkpath(path(QStringLiteral("out")));
    if (!XlsxSheets::writeWorkbook(*m_window->store(), QDate(2024, 6, 30),
                                   QStringLiteral("市商务局"), exported, &error))
        qWarning("%s", qPrintable(error));
    // Rows 3, 4, 5: A1.1.1 (new), A1.1.2 (the same figure), L1.1 (corrected); rows the unit
    // added: another unit's indicator and a code that does not exist.
    const QByteArray filled = test::fillWorkbook(
        test::readFile(exported),
        {{QStringLiteral("G3"), 260.0},
         {QStringLiteral("H3"), QDate(2024, 6, 30)},
         {QStringLiteral("I3"), QStringLiteral("新引进首店260家，其中全国首店12家")},
         {QStringLiteral("J3"), QStringLiteral("优质品牌资源竞争激烈")},
         {QStringLiteral("K3"), QStringLiteral("举办首发经济活动周")},
         {QStringLiteral("G4"), 93.0},
         {QStringLiteral("H4"), QDate(2024, 6, 30)},
         {QStringLiteral("I4"), QStringLiteral("线上办理率稳步提升")},
         {QStringLiteral("G5"), 320.0},
         {QStringLiteral("H5"), QStringLiteral("2024/6/30")},
         {QStringLiteral("I5"), QStringLiteral("已建成320公里")},
         {QStringLiteral("A6"), QStringLiteral("M1")},
         {QStringLiteral("G6"), 6.1},
         {QStringLiteral("A7"), QStringLiteral("Z9.9")},
         {QStringLiteral("G7"), 5.0}});
    const QString trade = path(QStringLiteral("in/市商务局.xlsx"));
    QDir().mkpath(path(QStringLiteral("in")));
    test::writeFile(trade, filled);
    const QString stats = path(QStringLiteral("in/市统计局.csv"));
    test::writeFile(stats, QStringLiteral("牵头单位：市统计局　　截至日期：2024-06-30\r\n"
                                          "编码,指标,本期数值,截至日期,进展情况\r\n"
                                          "M1,地区生产总值,6.1,2024-06-30,稳中有进\r\n"
                                          "M2,城镇调查失业率,5.1,2024-06-30,\r\n"
                                          "M1,地区生产总值,约6,2024-07-31,\r\n")
                               .toUtf8());
    const QString broken = path(QStringLiteral("in/报表.xlsx"));
    test::writeFile(broken, QByteArray("not a workbook"));
    return {trade, stats, broken};
}

void TestSheetImportDialog::withDialog(const QStringList &files,
                                       const std::function<void(SheetImportDialog *)> &check)
{
    FileDialog::setNextFileName(files.join(QLatin1Char('\n')));
    QTimer::singleShot(0, this, [this, check] {
        auto *dialog = qobject_cast<SheetImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        m_checked = true;
        check(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionImportSheets"))->trigger();
    QVERIFY(m_checked);
}

std::optional<Measurement> TestSheetImportDialog::latest(const QString &code) const
{
    PlanStore *store = m_window->store();
    return store->latestMeasurement(store->indicatorByCode(code)->id, QDate(2024, 12, 31));
}

void TestSheetImportDialog::actionIsInTheFileMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionImportSheets"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(action));
}

void TestSheetImportDialog::previewThenImportAsOneUndoStep()
{
    const QStringList files = sheets();
    const int undoSteps = m_window->undoStack()->count();
    withDialog(files, [](SheetImportDialog *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("sheetImportTable"));
        QVERIFY(table);
        // 市商务局: new, unchanged, changed, 2 refused; 市统计局: new, refused (a co-unit), refused
        // (not a number).
        QCOMPARE(table->model()->rowCount(), 8);
        const QString counts =
            dialog->findChild<QLabel *>(QStringLiteral("sheetImportCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("2 New")) &&
                     counts.contains(QStringLiteral("4 Refused")),
                 qPrintable(counts));
        const QString files =
            dialog->findChild<QLabel *>(QStringLiteral("sheetImportFiles"))->text();
        QVERIFY(files.contains(QStringLiteral("报表.xlsx")));
        QVERIFY(files.contains(QStringLiteral("not an Excel workbook")));
        // The filter by state.
        auto *state = dialog->findChild<QComboBox *>(QStringLiteral("sheetImportState"));
        state->setCurrentIndex(state->findData(int(SheetRowState::Refused)));
        QCOMPARE(table->model()->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(table->model()->index(row, SheetImportModel::StateColumn).data().toString(),
                     SheetImportModel::stateName(SheetRowState::Refused));
            QVERIFY(!table->model()
                         ->index(row, SheetImportModel::DetailColumn)
                         .data()
                         .toString()
                         .isEmpty());
        }
        state->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 8);
        // A look at it, when asked for: PD_SCREENSHOTS=folder.
        const QString shots = qEnvironmentVariable("PD_SCREENSHOTS");
        QTest::qWait(50); // the rows' heights follow the laid-out columns
        if (!shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("sheet-import-preview.png")));
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("sheetImportButton"));
        QVERIFY(import->isEnabled());
        QVERIFY(import->text().contains(QLatin1Char('3')));
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(latest(QStringLiteral("A1.1.1"))->value, 260.0);
    QCOMPARE(latest(QStringLiteral("A1.1.1"))->problems, QStringLiteral("优质品牌资源竞争激烈"));
    QCOMPARE(latest(QStringLiteral("L1.1"))->value, 320.0);
    QCOMPARE(latest(QStringLiteral("M1"))->value, 6.1);
    QCOMPARE(latest(QStringLiteral("M1"))->progress, QStringLiteral("稳中有进"));
    QVERIFY(!latest(QStringLiteral("M2")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1Char('3')));
    QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
    QCOMPARE(ImportedSheets::all(*m_window->store()).size(), std::size_t(2));

    // One Undo, through the window's action, takes it all back.
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(!latest(QStringLiteral("A1.1.1")));
    QCOMPARE(latest(QStringLiteral("L1.1"))->value, 300.0);
    QCOMPARE(latest(QStringLiteral("L1.1"))->progress, QStringLiteral("已建300公里"));
    QVERIFY(!latest(QStringLiteral("M1")));
    QVERIFY(ImportedSheets::all(*m_window->store()).empty());
}

void TestSheetImportDialog::saveRefusedRows()
{
    const QStringList files = sheets();
    const QString out = path(QStringLiteral("退回"));
    withDialog(files, [out](SheetImportDialog *dialog) {
        FileDialog::setNextFileName(out); // .xlsx is added
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("sheetSaveRefusedButton"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // saving is no import
    });
    QString error;
    const auto back = SheetFileReader::read(test::readFile(out + QStringLiteral(".xlsx")),
                                            out + QStringLiteral(".xlsx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(back.size(), std::size_t(2)); // a sheet per unit
    QCOMPARE(back[0].name, QStringLiteral("市商务局"));
    QCOMPARE(back[1].name, QStringLiteral("市统计局"));
    QVERIFY(back[0].cell(2, 11).text.contains(QStringLiteral("led by 市统计局")));
    QVERIFY(!latest(QStringLiteral("A1.1.1"))); // nothing imported
}

void TestSheetImportDialog::escapeClosesWithoutImporting()
{
    const QStringList files = sheets();
    const int undoSteps = m_window->undoStack()->count();
    withDialog(files, [](SheetImportDialog *dialog) {
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(m_window->undoStack()->count(), undoSteps);
    QVERIFY(!latest(QStringLiteral("A1.1.1")));
    QVERIFY(ImportedSheets::all(*m_window->store()).empty());
}

void TestSheetImportDialog::taskRowsListedAndImported()
{
    // A plan with two tasks, one led by 市商务局; its task sheet sent back with both filled in.
    const QString file = path(QStringLiteral("tasks.sqlite"));
    qint64 led = 0;
    {
        ParsedPlan plan = test::unitPlan();
        const int node = plan.indicators.front().node;
        for (int i = 1; i <= 2; ++i) {
            ParsedPlan::Task task;
            task.node = node;
            task.task.ordinal = i;
            task.task.code = QStringLiteral("M.T%1").arg(i);
            task.task.text = QStringLiteral("开工建设第%1批重点项目").arg(i);
            task.task.deadline = QDate(2024, 12, 31);
            plan.tasks.push_back(task);
        }
        PlanStore store;
        QVERIFY(store.open(file, nullptr));
        QVERIFY(store.importPlan(plan, false, nullptr));
        led = TaskStore::of(&store)->taskByCode(QStringLiteral("M.T1"))->id;
        QVERIFY(TaskStore::of(&store)->setTaskField(led, TaskField::LeadUnit,
                                                    QStringLiteral("市商务局"), nullptr));
    }
    QString error;
    QVERIFY2(m_window->openFile(file, &error), qPrintable(error));
    const QString sheet = path(QStringLiteral("市商务局·工作任务.csv"));
    test::writeFile(sheet, QStringLiteral("牵头单位：市商务局　　截至日期：2024-06-30\r\n"
                                          "编码,工作任务,本期状态,进展情况\r\n"
                                          "M.T1,,推进中,已开工12个项目\r\n"
                                          "M.T2,,已完成,\r\n")
                               .toUtf8());
    const int undoSteps = m_window->undoStack()->count();
    withDialog({sheet}, [](SheetImportDialog *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("sheetImportTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, SheetImportModel::NameColumn).data().toString(),
                 QStringLiteral("开工建设第1批重点项目"));
        QCOMPARE(table->model()->index(0, SheetImportModel::TextsColumn).data().toString(),
                 QStringLiteral("已开工12个项目"));
        QVERIFY(table->model()
                    ->index(1, SheetImportModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("no lead unit")));
        const QString counts =
            dialog->findChild<QLabel *>(QStringLiteral("sheetImportCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("1 New")) &&
                     counts.contains(QStringLiteral("1 Refused")),
                 qPrintable(counts));
        // Tasks alone, no figure: still an import.
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("sheetImportButton"));
        QVERIFY(import->isEnabled());
        QVERIFY2(import->text().contains(QStringLiteral("1 Row")), qPrintable(import->text()));
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    TaskStore *tasks = TaskStore::of(m_window->store());
    QCOMPARE(tasks->task(led)->status, TaskStatus::InProgress);
    QCOMPARE(tasks->progress(led).size(), std::size_t(1));
    QCOMPARE(tasks->progress(led).front().text, QStringLiteral("已开工12个项目"));
    QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(tasks->task(led)->status, TaskStatus::NotReported);
    QVERIFY(tasks->progress(led).empty());
}

QTEST_MAIN(TestSheetImportDialog)
#include "tst_sheetimportdialog.moc"
