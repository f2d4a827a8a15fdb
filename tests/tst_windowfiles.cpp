#include "document/PlanDocument.h"
#include "main/FileDialog.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "meeting/MeetingController.h"
#include "models/PlanFilterModel.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace pd;

/// The window's file actions driven as a user would, through their menu actions, with the
/// file dialogs answered by FileDialog::setNextFileName.
class TestWindowFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusHoldTheControllersActions();
    void openActionSwapsTheDocument();
    void cancelledOpenChangesNothing();
    void saveCopyWritesAWholeCopyAndLeavesTheFile();
    void importMakesANewFileAndShowsIt();
    void failedImportKeepsWindowAndTarget();
    void exportJsonAndPdfWriteFiles();
    void undoFollowsTheShownDocument();
    void failedReadIsShown();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    /// Closes the next modal dialog the window opens (accepting it), recording a message
    /// box's text; modal dialogs run their own event loop, so this comes from a timer.
    void answerNextDialog(bool accept = true)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, accept] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                m_dialogText = box->text();
            accept ? dialog->accept() : dialog->reject();
        });
        timer->start();
    }
    /// Accepts the import preview and then answers the next dialog (a message) as above.
    void acceptPreviewThenAnswer()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QStringLiteral("reportPreviewDialog"))
                return;
            timer->stop();
            timer->deleteLater();
            dialog->accept();
            answerNextDialog();
        });
        timer->start();
    }
    QString reportPath() const
    {
        return test::dataPath(QStringLiteral("mianyang-2025-report-gb18030.txt"));
    }

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<MainWindow> m_window;
    QString m_dialogText;
};

void TestWindowFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowFiles::init()
{
    m_file = std::make_unique<test::TempDataFile>();
    QVERIFY(m_file->importSamplePlan());
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(m_file->path(), &error), qPrintable(error));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dialogText.clear();
}

void TestWindowFiles::cleanup()
{
    QCOMPARE(FileDialog::pendingFileNames(), 0); // every queued answer was asked for
    m_window.reset();
    m_file.reset();
}

void TestWindowFiles::menusHoldTheControllersActions()
{
    // The window places the print and meeting controllers' actions: File ends with Quit,
    // View starts with Meeting Mode.
    QMenu *file = m_window->fileMenu();
    QList<QAction *> actions = file->actions();
    QCOMPARE(actions.last(), action("actionQuit"));
    for (const char *name : {"actionExportPdf", "actionPrintPreview", "actionPrint",
                             "actionMeetings", "actionExportMinutes", "actionImportReport"})
        QVERIFY2(actions.contains(action(name)), name);
    QVERIFY(actions.indexOf(action("actionExportPdf")) < actions.indexOf(action("actionPrint")));
    QVERIFY(actions.indexOf(action("actionPrint")) < actions.indexOf(action("actionMeetings")));
    QCOMPARE(m_window->viewMenu()->actions().first(), action("actionMeetingMode"));
    // No two separators in a row, none first or last.
    for (int i = 0; i + 1 < actions.size(); ++i)
        QVERIFY(!(actions[i]->isSeparator() && actions[i + 1]->isSeparator()));
    QVERIFY(!actions.first()->isSeparator());
}

void TestWindowFiles::openActionSwapsTheDocument()
{
    const QString other = m_file->filePath(QStringLiteral("builtin.sqlite"));
    PlanDocument *before = m_window->document();
    QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
    FileDialog::setNextFileName(other);
    action("actionOpen")->trigger();
    QCOMPARE(opened.count(), 1);
    QVERIFY(m_window->document() != before);
    QCOMPARE(m_window->filePath(), other);
    // The built-in plan, made at the chosen path; the tree, panes and meetings follow.
    QVERIFY(m_window->treeModel()->indicatorsUnder({}).size() > 50);
    QCOMPARE(m_window->treeView()->model(),
             static_cast<QAbstractItemModel *>(m_window->document()->filterModel()));
    QCOMPARE(m_window->meetingController()->meetings(), m_window->document()->meetings());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("成都市2024年政府工作报告")));
    QVERIFY(m_window->findChild<QStatusBar *>()
                ->findChild<QLabel *>(QStringLiteral("pathStatus"))
                ->text()
                .contains(QStringLiteral("builtin.sqlite")));
}

void TestWindowFiles::cancelledOpenChangesNothing()
{
    PlanDocument *before = m_window->document();
    const QByteArray bytes = m_file->bytes();
    FileDialog::setNextFileName(QString()); // Cancel
    action("actionOpen")->trigger();
    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_window->filePath(), m_file->path());
    QCOMPARE(m_file->bytes(), bytes);

    // A file that is not ours: refused with a message, the window keeps what it had.
    const QString notOurs = m_file->filePath(QStringLiteral("notes.txt"));
    test::writeFile(notOurs, "not a data file");
    FileDialog::setNextFileName(notOurs);
    answerNextDialog();
    action("actionOpen")->trigger();
    QVERIFY(!m_dialogText.isEmpty());
    QCOMPARE(m_window->document(), before);
    QCOMPARE(test::readFile(notOurs), QByteArray("not a data file"));
}

void TestWindowFiles::saveCopyWritesAWholeCopyAndLeavesTheFile()
{
    const QByteArray bytes = m_file->bytes();
    const QString copy = m_file->filePath(QStringLiteral("copy.sqlite"));
    FileDialog::setNextFileName(copy);
    action("actionSaveCopy")->trigger();
    QCOMPARE(m_file->bytes(), bytes);
    QCOMPARE(m_window->filePath(), m_file->path()); // still working on the original
    PlanStore store;
    QString error;
    QVERIFY2(store.open(copy, &error), qPrintable(error));
    QCOMPARE(store.indicators().size(), std::size_t(5));
    QCOMPARE(store.planInfo().title, test::samplePlan().info.title);
    store.close();

    // Saving the copy onto the open file is refused: the live file stays, and so do the
    // edits made after.
    FileDialog::setNextFileName(m_file->path());
    answerNextDialog();
    action("actionSaveCopy")->trigger();
    QVERIFY2(m_dialogText.contains(QStringLiteral("open data file")), qPrintable(m_dialogText));
    QCOMPARE(m_file->bytes(), bytes);
    Measurement m;
    m.indicatorId = m_window->store()->indicatorByCode(QStringLiteral("M1"))->id;
    m.date = QDate(2024, 5, 31);
    m.value = 2.5;
    QVERIFY(m_window->store()->addMeasurement(m, nullptr));
    PlanStore reader;
    QVERIFY(reader.open(m_file->path(), &error));
    QCOMPARE(reader.measurements(m.indicatorId).size(), std::size_t(1));
}

void TestWindowFiles::importMakesANewFileAndShowsIt()
{
    const QString target = m_file->filePath(QStringLiteral("mianyang.sqlite"));
    // A stale log at the target, as a crash of an earlier file there would leave.
    test::writeFile(target + QStringLiteral("-wal"), QByteArray(4096, 'x'));
    const QByteArray bytes = m_file->bytes();
    FileDialog::setNextFileName(reportPath());
    FileDialog::setNextFileName(target);
    answerNextDialog(); // the import preview: create it as read
    action("actionImportReport")->trigger();
    QCOMPARE(m_window->filePath(), target);
    QVERIFY(m_window->treeModel()->indicatorsUnder({}).size() > 10);
    QVERIFY2(m_window->treeModel()->planInfo().title.contains(QStringLiteral("绵阳")),
             qPrintable(m_window->treeModel()->planInfo().title));
    QCOMPARE(m_file->bytes(), bytes); // the file open before is untouched
    QVERIFY(test::readFile(target + QStringLiteral("-wal")) != QByteArray(4096, 'x'));
    const QStringList partial =
        QDir(m_file->dirPath())
            .entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(partial, QStringList());
}

void TestWindowFiles::failedImportKeepsWindowAndTarget()
{
    PlanDocument *before = m_window->document();
    const QString junk = m_file->filePath(QStringLiteral("junk.txt"));
    test::writeFile(junk, QByteArrayLiteral("\x01\x02\x03 not a report"));
    FileDialog::setNextFileName(junk);
    answerNextDialog();
    action("actionImportReport")->trigger();
    QVERIFY(!m_dialogText.isEmpty());
    QCOMPARE(m_window->document(), before);

    // Choosing the open file as the target is refused; the file stays as it was.
    const QByteArray bytes = m_file->bytes();
    FileDialog::setNextFileName(reportPath());
    FileDialog::setNextFileName(m_file->path());
    acceptPreviewThenAnswer();
    action("actionImportReport")->trigger();
    QVERIFY(!m_dialogText.isEmpty());
    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_file->bytes(), bytes);
}

void TestWindowFiles::exportJsonAndPdfWriteFiles()
{
    const QString json = m_file->filePath(QStringLiteral("plan.json"));
    FileDialog::setNextFileName(json);
    action("actionExportJson")->trigger();
    const QJsonDocument parsed = QJsonDocument::fromJson(test::readFile(json));
    QVERIFY(parsed.isObject());
    QCOMPARE(parsed.object()
                 .value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             test::samplePlan().info.title);

    const QString pdf = m_file->filePath(QStringLiteral("sheets.pdf"));
    answerNextDialog(); // which sheets: the first choice
    FileDialog::setNextFileName(pdf);
    action("actionExportPdf")->trigger();
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));
}

void TestWindowFiles::undoFollowsTheShownDocument()
{
    QAction *undo = action("actionUndo");
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    IndicatorPane *pane = m_window->indicatorPane();
    QVERIFY(m_window->selectIndicator(QStringLiteral("A1.1.1")));
    QCOMPARE(pane->indicatorId(), m_window->store()->indicatorByCode(QStringLiteral("A1.1.1"))->id);
    Measurement m;
    m.indicatorId = pane->indicatorId();
    m.date = QDate(2024, 6, 30);
    m.value = 321;
    // An edit through the document's undo stack enables the window's Undo.
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
    QVERIFY(undo->isEnabled());

    // Another file: its own, empty history; the old document's edits cannot be undone here.
    const QString other = m_file->filePath(QStringLiteral("other.sqlite"));
    FileDialog::setNextFileName(other);
    action("actionOpen")->trigger();
    QCOMPARE(m_window->filePath(), other);
    QVERIFY(!undo->isEnabled());
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(m_window->undoStack()->index(), 0);
}

void TestWindowFiles::failedReadIsShown()
{
    // Another program breaks the file under the window (here: the figures' table is renamed
    // away); the next read fails and the window says so, in place of showing no figures.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(m_file->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE measurement RENAME TO measurement_gone")),
                 qPrintable(q.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    answerNextDialog();
    QVERIFY(m_window->selectIndicator(QStringLiteral("M1")));
    QTRY_VERIFY(!m_dialogText.isEmpty());
    QVERIFY2(m_dialogText.contains(QStringLiteral("measurement")) ||
                 m_dialogText.contains(QStringLiteral("figures")),
             qPrintable(m_dialogText));
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
}

QTEST_MAIN(TestWindowFiles)
#include "tst_windowfiles.moc"
