// File → Export Sheets…: the action in the File menu, the dialog's choices, and the files it
// writes through the core (XlsxSheets); the file dialogs are answered by FileDialog's queue.

#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/SheetsExportDialog.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;

class TestSheetsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionIsInTheFileMenu();
    void folderOfWorkbooks();
    void oneUnitsWorkbook();
    void ledger();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("plan.sqlite")); }
    /// Answers the next Export Sheets dialog: picks kind and unit (by its data), then OK.
    void answer(SheetsExportDialog::Kind kind, const QString &unit);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSheetsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSheetsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        ParsedPlan plan = test::samplePlan();
        plan.indicators[0].indicator.leadUnit = QStringLiteral("市统计局");
        plan.indicators[2].indicator.leadUnit = QStringLiteral("市商务局");
        PlanStore store;
        QVERIFY(store.open(dbPath(), nullptr));
        QVERIFY(store.importPlan(plan, false, nullptr));
    }
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(dbPath(), &error), qPrintable(error));
    m_window->setAsOf(QDate(2024, 7, 1));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSheetsDialog::cleanup()
{
    QCOMPARE(FileDialog::pendingFileNames(), 0);
    m_window.reset();
    m_dir.reset();
}

void TestSheetsDialog::answer(SheetsExportDialog::Kind kind, const QString &unit)
{
    QTimer::singleShot(0, this, [kind, unit] {
        auto *dialog = qobject_cast<SheetsExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setKind(kind);
        auto *units = dialog->findChild<QComboBox *>(QStringLiteral("sheetsUnit"));
        QVERIFY(units);
        QCOMPARE(units->count(), 4); // all, 市统计局, 市商务局, 未分配
        units->setCurrentIndex(units->findData(unit));
        QCOMPARE(dialog->unit(), unit);
        // A look at it, when asked for: PD_SCREENSHOTS=folder.
        const QString shots = qEnvironmentVariable("PD_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("export-sheets.png")));
        dialog->accept();
    });
}

void TestSheetsDialog::actionIsInTheFileMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportSheets"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(action));
}

void TestSheetsDialog::folderOfWorkbooks()
{
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    FileDialog::setNextFileName(folder);
    answer(SheetsExportDialog::Kind::Folder, QString());
    m_window->findChild<QAction *>(QStringLiteral("actionExportSheets"))->trigger();
    QStringList files = QDir(folder).entryList(QDir::Files);
    files.sort();
    QStringList expected{QStringLiteral("市商务局.xlsx"), QStringLiteral("市统计局.xlsx"),
                         QStringLiteral("未分配.xlsx")};
    expected.sort();
    QCOMPARE(files, expected);
    QVERIFY(m_window->statusBar()->currentMessage().contains(folder));
}

void TestSheetsDialog::oneUnitsWorkbook()
{
    const QString path = m_dir->filePath(QStringLiteral("one")); // .xlsx is added
    FileDialog::setNextFileName(path);
    answer(SheetsExportDialog::Kind::Workbook, QStringLiteral("市商务局"));
    m_window->findChild<QAction *>(QStringLiteral("actionExportSheets"))->trigger();
    QVERIFY(QFileInfo(path + QStringLiteral(".xlsx")).size() > 1000);
    QVERIFY(test::readFile(path + QStringLiteral(".xlsx")).startsWith("PK"));
}

void TestSheetsDialog::ledger()
{
    const QString path = m_dir->filePath(QStringLiteral("ledger.xlsx"));
    FileDialog::setNextFileName(path);
    answer(SheetsExportDialog::Kind::Ledger, QString());
    m_window->findChild<QAction *>(QStringLiteral("actionExportSheets"))->trigger();
    QVERIFY(test::readFile(path).startsWith("PK"));
}

QTEST_MAIN(TestSheetsDialog)
#include "tst_sheetsdialog.moc"
