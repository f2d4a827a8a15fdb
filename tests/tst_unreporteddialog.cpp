// View → Who Has Not Reported…: the action, the overview's count of late units, and the dialog
// (a round chosen updates the list, the buttons write the reminders, the schedule changed and
// undone), with today fixed and the file dialogs answered by FileDialog's queue.

#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/OverviewPane.h"
#include "main/SheetsExportDialog.h"
#include "main/UnreportedDialog.h"
#include "models/PlanFilterModel.h"
#include "report/ReminderSheet.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <tuple>

using namespace pd;

class TestUnreportedDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionInTheViewMenuOpensTheDialog();
    void overviewCountsLateUnits();
    void roundChangeUpdatesTheList();
    void buttonsWriteTheReminders();
    void scheduleChangedAndUndone();
    void exportSheetsChoosesTheRound();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("plan.sqlite")); }
    /// The unit names of the dialog's tree, in order.
    static QStringList units(const UnreportedDialog &dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FixedToday> m_today;
    std::unique_ptr<MainWindow> m_window;
};

void TestUnreportedDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUnreportedDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_today = std::make_unique<test::FixedToday>(QDate(2024, 7, 15)); // June's round: 5 days late
    {
        ParsedPlan plan = test::samplePlan();
        for (auto &item : plan.indicators) {
            const QString code = item.indicator.code;
            if (code == QLatin1String("M1") || code == QLatin1String("A1.1.1"))
                item.indicator.leadUnit = QStringLiteral("市统计局");
            else if (code == QLatin1String("M2"))
                item.indicator.leadUnit = QStringLiteral("市人社局");
            else if (code == QLatin1String("L1.1"))
                item.indicator.leadUnit = QStringLiteral("市公园城市局");
        }
        PlanStore store;
        QString error;
        QVERIFY(store.open(dbPath(), &error));
        QVERIFY(store.importPlan(plan, false, &error));
        // June's figures from M1 and L1.1 only: A1.1.1 reported in May.
        for (const auto &[code, date, value] : {std::tuple{"M1", QDate(2024, 6, 30), 6.2},
                                                std::tuple{"L1.1", QDate(2024, 6, 15), 400.0},
                                                std::tuple{"A1.1.1", QDate(2024, 5, 31), 260.0}}) {
            Measurement m;
            m.indicatorId = store.indicatorByCode(QString::fromLatin1(code))->id;
            m.date = date;
            m.value = value;
            QVERIFY2(store.addMeasurement(m, &error), qPrintable(error));
        }
        ResponsibleUnit unit;
        unit.name = QStringLiteral("市人社局");
        unit.contact = QStringLiteral("王五 028-6100");
        QVERIFY2(store.addUnit(unit, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(dbPath(), &error), qPrintable(error));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUnreportedDialog::cleanup()
{
    QCOMPARE(FileDialog::pendingFileNames(), 0);
    m_window.reset();
    m_today.reset();
    m_dir.reset();
}

QStringList TestUnreportedDialog::units(const UnreportedDialog &dialog)
{
    const auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("unreportedTree"));
    QStringList names;
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        names << tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return names;
}

void TestUnreportedDialog::actionInTheViewMenuOpensTheDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionUnreported"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    QVERIFY(m_window->viewMenu()->actions().contains(action));
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<UnreportedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        QCOMPARE(dialog->round().key(), QStringLiteral("2024-06")); // the current round
        QCOMPARE(units(*dialog),
                 (QStringList{QStringLiteral("市统计局"), QStringLiteral("市人社局"),
                              QStringLiteral("未分配")}));
        // A look at it, when asked for: PD_SCREENSHOTS=folder.
        const QString shots = qEnvironmentVariable("PD_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("unreported.png")));
        dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

void TestUnreportedDialog::overviewCountsLateUnits()
{
    auto *line = m_window->overviewPane()->findChild<QLabel *>(QStringLiteral("overviewReporting"));
    QVERIFY(line);
    QTRY_VERIFY(line->isVisible());
    QVERIFY2(line->text().contains(QLatin1String("3 of 4 unit(s) late")), qPrintable(line->text()));
    QVERIFY(line->text().contains(QLatin1String("2024-06")));

    // A figure for M2 in June: one unit fewer, counted again by itself.
    QString error;
    Measurement m;
    m.indicatorId = m_window->store()->indicatorByCode(QStringLiteral("M2"))->id;
    m.date = QDate(2024, 6, 30);
    m.value = 5.1;
    QVERIFY2(m_window->store()->addMeasurement(m, &error), qPrintable(error));
    QTRY_VERIFY2(line->text().contains(QLatin1String("2 of 4 unit(s) late")),
                 qPrintable(line->text()));

    // While an indicator is shown the overview is hidden and counts nothing; shown again, it
    // counts what changed meanwhile (A1.1.2's figure: one unit fewer).
    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.2")));
    QTRY_VERIFY(!line->isVisible());
    m.indicatorId = m_window->store()->indicatorByCode(QStringLiteral("A1.1.2"))->id;
    QVERIFY2(m_window->store()->addMeasurement(m, &error), qPrintable(error));
    QTest::qWait(400); // past the recount's delay
    QVERIFY2(line->text().contains(QLatin1String("2 of 4 unit(s) late")), qPrintable(line->text()));
    m_window->treeView()->setCurrentIndex(m_window->filterModel()->index(0, 0)); // a group
    QTRY_VERIFY(line->isVisible());
    QTRY_VERIFY2(line->text().contains(QLatin1String("1 of 4 unit(s) late")),
                 qPrintable(line->text()));

    // Its link opens the dialog.
    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        auto *dialog = qobject_cast<UnreportedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        opened = true;
        dialog->reject();
    });
    emit line->linkActivated(QStringLiteral("unreported"));
    QVERIFY(opened);
}

void TestUnreportedDialog::roundChangeUpdatesTheList()
{
    UnreportedDialog dialog(m_window->store(), m_window->undoStack(), m_window.get());
    dialog.show();
    auto *round = dialog.findChild<QComboBox *>(QStringLiteral("unreportedRound"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("unreportedSummary"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("unreportedTree"));
    QVERIFY(round && summary && tree);
    QCOMPARE(round->count(), 12);
    QCOMPARE(round->currentData().toString(), QStringLiteral("2024-06"));
    QVERIFY2(summary->text().contains(QLatin1String("5 day(s) late")), qPrintable(summary->text()));
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *people = tree->topLevelItem(1);
    QVERIFY2(people->text(0).contains(QStringLiteral("王五 028-6100")),
             qPrintable(people->text(0)));
    QCOMPARE(people->childCount(), 1);
    QCOMPARE(people->child(0)->text(0), QStringLiteral("M2"));
    QCOMPARE(people->child(0)->text(5), QStringLiteral("5"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("A1.1.1"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(4), QStringLiteral("2024-05-31"));

    // May's round, chosen as a user does (keyboard on the combo box): A1.1.1 reported then,
    // L1.1 did not; 35 days late.
    round->setFocus();
    QTest::keyClick(round, Qt::Key_Up);
    QCOMPARE(round->currentData().toString(), QStringLiteral("2024-05"));
    QCOMPARE(dialog.round().key(), QStringLiteral("2024-05"));
    QCOMPARE(units(dialog),
             (QStringList{QStringLiteral("市统计局"), QStringLiteral("市人社局"),
                          QStringLiteral("市公园城市局"), QStringLiteral("未分配")}));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("M1"));
    QVERIFY2(summary->text().contains(QLatin1String("35 day(s) late")),
             qPrintable(summary->text()));

    // July's round is not due until 10 August: listed, not late.
    QVERIFY(dialog.setRound(QStringLiteral("2024-07")));
    QVERIFY2(summary->text().contains(QLatin1String("due in 26 day(s)")),
             qPrintable(summary->text()));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(5), QStringLiteral("—"));
    QVERIFY(!dialog.setRound(QStringLiteral("2025-01")));
}

void TestUnreportedDialog::buttonsWriteTheReminders()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
    UnreportedDialog dialog(m_window->store(), m_window->undoStack(), m_window.get());
    dialog.show();
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("unreportedPrint"));
    auto *excel = dialog.findChild<QPushButton *>(QStringLiteral("unreportedExcel"));
    QVERIFY(print && excel && print->isEnabled() && excel->isEnabled());

    // The office typed is printed and kept in the file.
    auto *office = dialog.findChild<QLineEdit *>(QStringLiteral("unreportedOffice"));
    QVERIFY(office);
    QCOMPARE(office->placeholderText(), QStringLiteral("示例市人民政府督查室"));
    office->setText(QStringLiteral("示例市委督查室"));
    const QString pdf = m_dir->filePath(QStringLiteral("reminders")); // .pdf is added
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(print, Qt::LeftButton);
    QVERIFY(test::readFile(pdf + QStringLiteral(".pdf")).startsWith("%PDF"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf + QStringLiteral(".pdf"), QStringLiteral("-")});
    text.waitForFinished(30000);
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QCOMPARE(content.count(QStringLiteral("催报单")), 3 + 3); // the title and the running header
    QVERIFY(content.contains(QStringLiteral("王五 028-6100")));
    QVERIFY(content.contains(QStringLiteral("示例市委督查室")));
    QVERIFY(!content.contains(QStringLiteral("示例市人民政府督查室")));
    QCOMPARE(m_window->store()->setting(ReminderSheet::officeKey()),
             QStringLiteral("示例市委督查室"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("unreportedNote"))->text().contains(pdf));

    const QString xlsx = m_dir->filePath(QStringLiteral("reminders.xlsx"));
    FileDialog::setNextFileName(xlsx);
    QTest::mouseClick(excel, Qt::LeftButton);
    QVERIFY(test::readFile(xlsx).startsWith("PK"));

    // Cancelled: nothing written.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(excel, Qt::LeftButton);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.xlsx")}).size(), 1);

    // Everyone reported: nothing to print, the buttons say so by being off.
    QString error;
    for (const char *code : {"A1.1.1", "M2", "A1.1.2"}) {
        Measurement m;
        m.indicatorId = m_window->store()->indicatorByCode(QString::fromLatin1(code))->id;
        m.date = QDate(2024, 6, 30);
        m.value = 1;
        QVERIFY2(m_window->store()->addMeasurement(m, &error), qPrintable(error));
    }
    QTRY_VERIFY(!print->isEnabled());
    QVERIFY(!excel->isEnabled());
    QVERIFY(units(dialog).isEmpty());
}

void TestUnreportedDialog::scheduleChangedAndUndone()
{
    UnreportedDialog dialog(m_window->store(), m_window->undoStack(), m_window.get());
    dialog.show();
    auto *cadence = dialog.findChild<QComboBox *>(QStringLiteral("unreportedCadence"));
    auto *dueDay = dialog.findChild<QSpinBox *>(QStringLiteral("unreportedDueDay"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("unreportedApplySchedule"));
    auto *round = dialog.findChild<QComboBox *>(QStringLiteral("unreportedRound"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("unreportedSummary"));
    QVERIFY(cadence && dueDay && apply && round && summary);
    QVERIFY(!apply->isEnabled()); // nothing changed yet
    cadence->setCurrentIndex(cadence->findData(int(RoundCadence::Quarterly)));
    dueDay->setValue(20);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    const RoundSchedule quarterly{RoundCadence::Quarterly, 20};
    QCOMPARE(RoundSettings::schedule(*m_window->store()), quarterly);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(round->count(), 4);
    QCOMPARE(dialog.round().key(), QStringLiteral("2024-06")); // the second quarter
    QVERIFY2(summary->text().contains(QLatin1String("due in 5 day(s)")),
             qPrintable(summary->text()));
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Edit → Undo in the window puts the monthly schedule back; the dialog follows.
    m_window->undoStack()->undo();
    QCOMPARE(RoundSettings::schedule(*m_window->store()), RoundSchedule{});
    QTRY_COMPARE(round->count(), 12);
    QCOMPARE(cadence->currentData().toInt(), int(RoundCadence::Monthly));
    QCOMPARE(dueDay->value(), 10);
    QCOMPARE(dialog.round().key(), QStringLiteral("2024-06"));
    // Audited as settings.
    bool audited = false;
    for (const AuditEntry &entry : m_window->store()->auditLog(QStringLiteral("setting")))
        audited = audited || entry.newValue == QLatin1String("quarterly");
    QVERIFY(audited);
}

void TestUnreportedDialog::exportSheetsChoosesTheRound()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed: the XLSX cannot be read back");
    // File → Export Sheets…: the current round first, any round of the year to choose.
    SheetsExportDialog dialog(*m_window->store(), QDate(2024, 7, 15), m_window.get());
    auto *round = dialog.findChild<QComboBox *>(QStringLiteral("sheetsRound"));
    QVERIFY(round);
    QCOMPARE(round->count(), 12);
    QCOMPARE(dialog.round().key(), QStringLiteral("2024-06"));
    QVERIFY(dialog.setRound(QStringLiteral("2024-03")));
    QCOMPARE(round->currentData().toString(), QStringLiteral("2024-03"));
    QVERIFY(!dialog.setRound(QStringLiteral("2023-12")));
    dialog.setKind(SheetsExportDialog::Kind::Workbook);
    QVERIFY(round->isEnabled());
    dialog.setKind(SheetsExportDialog::Kind::Ledger); // the ledger keeps the as-of date
    QVERIFY(!round->isEnabled());

    const QString out = m_dir->filePath(QStringLiteral("march.xlsx"));
    QString error;
    QVERIFY2(SheetsExportDialog::write(*m_window->store(), dialog.round(), QDate(2024, 7, 15),
                                       SheetsExportDialog::Kind::Workbook, QString(), out, nullptr,
                                       &error),
             qPrintable(error));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), out, QStringLiteral("xl/sharedStrings.xml")});
    unzip.waitForFinished(30000);
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY2(strings.contains(
                 QStringLiteral("牵头单位：市统计局　　填报轮次：2024-03　　截至日期：2024-03-31")),
             qPrintable(strings.left(2000)));
}

QTEST_MAIN(TestUnreportedDialog)
#include "tst_unreporteddialog.moc"
