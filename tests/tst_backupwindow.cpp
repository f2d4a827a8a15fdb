#include "backup/BackupListDialog.h"
#include "document/PlanDocument.h"
#include "main/MainWindow.h"
#include "models/PlanTreeModel.h"
#include "store/Backups.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace pd;

/// File → Restore Backup… and Help → Check Data File…, driven through their actions with the
/// dialogs answered as a user would.
class TestBackupWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsAreInTheMenus();
    void restoreBackupThroughTheDialogAndUndoIt();
    void cancelledRestoreChangesNothing();
    void checkDataFileSaysItIsSound();
    void dialogShowsTheBackups();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    /// Answers the modal dialogs the window opens next, in order, one function each (modal
    /// dialogs run their own event loop, so this comes from a timer).
    void answerDialogs(std::vector<std::function<void(QDialog *)>> answers)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        auto pending =
            std::make_shared<std::vector<std::function<void(QDialog *)>>>(std::move(answers));
        auto last = std::make_shared<QDialog *>(nullptr);
        connect(timer, &QTimer::timeout, this, [timer, pending, last] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == *last || !dialog->isVisible())
                return;
            *last = dialog;
            auto answer = pending->front();
            pending->erase(pending->begin());
            if (pending->empty()) {
                timer->stop();
                timer->deleteLater();
            }
            answer(dialog);
        });
        timer->start();
    }
    int figures(const QString &code) const
    {
        PlanStore *store = m_window->store();
        return int(store->measurements(store->indicatorByCode(code)->id).size());
    }
    void addFigure(const QString &code, double value)
    {
        Measurement m;
        m.indicatorId = m_window->store()->indicatorByCode(code)->id;
        m.date = QDate(2024, 6, 30);
        m.value = value;
        QVERIFY(m_window->store()->addMeasurement(m, nullptr));
    }

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
    QString m_boxText;
};

void TestBackupWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupWindow::init()
{
    m_now = QDateTime(QDate(2024, 7, 1), QTime(9, 0));
    Backups::setClock([this] { return m_now; });
    m_file = std::make_unique<test::TempDataFile>();
    QVERIFY(m_file->importSamplePlan());
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(m_file->path(), &error), qPrintable(error));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_boxText.clear();
}

void TestBackupWindow::cleanup()
{
    const QString folder = Backups(m_file->path()).folder();
    m_window.reset();
    QDir(folder).removeRecursively();
    m_file.reset();
    Backups::setClock({});
}

void TestBackupWindow::actionsAreInTheMenus()
{
    QVERIFY(m_window->fileMenu()->actions().contains(action("actionRestoreBackup")));
    QVERIFY(m_window->helpMenu()->actions().contains(action("actionCheckDataFile")));
    QVERIFY(!action("actionRestoreBackup")->text().isEmpty());
    // Opening the file took the first backup.
    QCOMPARE(m_window->document()->backups()->list().size(), std::size_t(1));
}

void TestBackupWindow::restoreBackupThroughTheDialogAndUndoIt()
{
    // The backup at open has no figures; two are added after it.
    m_now = m_now.addSecs(600);
    addFigure(QStringLiteral("M1"), 5.8);
    addFigure(QStringLiteral("M2"), 5.1);
    QCOMPARE(figures(QStringLiteral("M1")), 1);
    PlanDocument *before = m_window->document();
    int rows = 0;
    QString shownFigures;
    QString confirmation;
    answerDialogs({
        [&](QDialog *dialog) {
            auto *list = qobject_cast<BackupListDialog *>(dialog);
            QVERIFY(list);
            rows = list->list()->topLevelItemCount();
            shownFigures = list->list()->topLevelItem(0)->text(3);
            list->restoreButton()->click();
        },
        [&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            confirmation = box->text() + QLatin1Char(' ') + box->informativeText();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        },
    });
    m_now = m_now.addSecs(60);
    action("actionRestoreBackup")->trigger();
    QCOMPARE(rows, 1);
    QCOMPARE(shownFigures, QStringLiteral("0"));
    QVERIFY2(confirmation.contains(QStringLiteral("copy")), qPrintable(confirmation));
    // The window shows the restored file: a new document, the figures gone, undo empty.
    QVERIFY(m_window->document() != before);
    QCOMPARE(m_window->filePath(), m_file->path());
    QCOMPARE(figures(QStringLiteral("M1")), 0);
    QVERIFY(!m_window->undoStack()->canUndo());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Restore Backup")));

    // The copy made before the restore is listed first; restoring it undoes the restore.
    const std::vector<BackupInfo> listed = m_window->document()->backups()->list();
    QCOMPARE(listed.size(), std::size_t(2));
    QCOMPARE(listed.front().reason, BackupReason::BeforeRestore);
    QCOMPARE(listed.front().figures, 2);
    QString firstKind;
    answerDialogs({
        [&](QDialog *dialog) {
            auto *list = qobject_cast<BackupListDialog *>(dialog);
            QVERIFY(list);
            firstKind = list->list()->topLevelItem(0)->text(1);
            list->restoreButton()->click();
        },
        [&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        },
    });
    m_now = m_now.addSecs(60);
    action("actionRestoreBackup")->trigger();
    QCOMPARE(firstKind, Backups::reasonText(BackupReason::BeforeRestore));
    QCOMPARE(figures(QStringLiteral("M1")), 1);
    QCOMPARE(figures(QStringLiteral("M2")), 1);
    // The file is whole: another program reads the same.
    PlanStore reader;
    QString error;
    QVERIFY2(reader.open(m_file->path(), &error), qPrintable(error));
    QCOMPARE(reader.measurements(reader.indicatorByCode(QStringLiteral("M1"))->id).size(),
             std::size_t(1));
}

void TestBackupWindow::cancelledRestoreChangesNothing()
{
    addFigure(QStringLiteral("M1"), 5.8);
    PlanDocument *before = m_window->document();
    const QByteArray bytes = m_file->bytes();
    // Cancel in the list.
    answerDialogs({[](QDialog *dialog) { dialog->reject(); }});
    action("actionRestoreBackup")->trigger();
    // Restore in the list, Cancel in the confirmation.
    answerDialogs({
        [](QDialog *dialog) { qobject_cast<BackupListDialog *>(dialog)->restoreButton()->click(); },
        [](QDialog *dialog) { dialog->reject(); },
    });
    action("actionRestoreBackup")->trigger();
    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_file->bytes(), bytes);
    QCOMPARE(figures(QStringLiteral("M1")), 1);
    QCOMPARE(m_window->document()->backups()->list().size(), std::size_t(1));
}

void TestBackupWindow::checkDataFileSaysItIsSound()
{
    const QByteArray bytes = m_file->bytes();
    answerDialogs({[this](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            m_boxText = box->text();
        dialog->accept();
    }});
    action("actionCheckDataFile")->trigger();
    QVERIFY2(m_boxText.contains(QStringLiteral("no damage")), qPrintable(m_boxText));
    QCOMPARE(m_file->bytes(), bytes);
}

void TestBackupWindow::dialogShowsTheBackups()
{
    // A look at the dialog (written to the test's folder), in a Chinese locale.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    BackupListDialog dialog(m_file->path(), m_window->document()->backups()->list());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString out = qEnvironmentVariable("PD_BACKUP_DIALOG_PNG");
    if (!out.isEmpty())
        QVERIFY(dialog.grab().save(out));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QVERIFY(dialog.restoreButton()->isEnabled());
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"
