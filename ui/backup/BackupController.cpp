#include "backup/BackupController.h"

#include "backup/BackupListDialog.h"
#include "document/PlanDocument.h"
#include "main/MainWindow.h"
#include "store/Backups.h"
#include "store/PlanStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace pd {

BackupController::BackupController(MainWindow *window)
    : QObject(window), m_window(window), m_restoreAction(new QAction(window)),
      m_checkAction(new QAction(window))
{
    m_restoreAction->setObjectName(QStringLiteral("actionRestoreBackup"));
    m_checkAction->setObjectName(QStringLiteral("actionCheckDataFile"));
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::restoreDialog);
    connect(m_checkAction, &QAction::triggered, this, &BackupController::checkDataFile);
    // A failed automatic backup is said in the status bar: the edit itself was saved.
    connect(window, &MainWindow::fileOpened, this, [this] {
        PlanDocument *document = m_window->document();
        connect(document, &PlanDocument::backupFailed, this, &BackupController::showBackupFailure,
                Qt::UniqueConnection);
        if (!document->backupError().isEmpty())
            showBackupFailure(document->backupError());
    });
    retranslate();
    window->installEventFilter(this);
}

bool BackupController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupController::retranslate()
{
    m_restoreAction->setText(tr("Restore &Backup…"));
    m_restoreAction->setToolTip(tr("Put the data file back as one of its automatic backups"));
    m_checkAction->setText(tr("&Check Data File…"));
    m_checkAction->setToolTip(tr("Read the whole data file and report any damage"));
}

void BackupController::showBackupFailure(const QString &message)
{
    m_window->statusBar()->showMessage(tr("No backup could be taken: %1").arg(message), 15000);
}

void BackupController::restoreDialog()
{
    PlanDocument *document = m_window->document();
    if (!document->isOpen() || !document->backups()) {
        QMessageBox::information(m_window, tr("Restore Backup"), tr("No data file is open."));
        return;
    }
    BackupListDialog dialog(document->path(), document->backups()->list(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    const QString chosen = dialog.selectedPath();
    QDateTime takenAt;
    for (const BackupInfo &backup : document->backups()->list()) {
        if (backup.path == chosen)
            takenAt = backup.takenAt;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Restore Backup"),
                        tr("Put %1 back as it was on %2?")
                            .arg(QFileInfo(document->path()).fileName(),
                                 QLocale().toString(takenAt, QLocale::ShortFormat)),
                        QMessageBox::Cancel, m_window);
    confirm.setInformativeText(
        tr("A copy of the file as it is now is kept first, as a backup at the top of the list: "
           "restoring that copy undoes this."));
    QPushButton *restoreButton = confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(restoreButton);
    confirm.exec();
    if (confirm.clickedButton() != restoreButton)
        return;
    QString error;
    if (!restore(chosen, &error))
        QMessageBox::warning(m_window, tr("Cannot Restore Backup"), error);
}

bool BackupController::restore(const QString &backupPath, QString *error)
{
    PlanDocument *document = m_window->document();
    if (!document->isOpen() || !document->backups()) {
        *error = tr("No data file is open.");
        return false;
    }
    const QString path = document->path();
    std::optional<BackupInfo> before;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool restored =
        document->backups()->restore(backupPath, *document->store(), error, &before);
    QApplication::restoreOverrideCursor();
    if (!restored)
        return false;
    // The file is replaced and the old document's store closed: open the restored file.
    std::unique_ptr<PlanDocument> reopened = PlanDocument::open(path, error);
    if (!reopened)
        return false;
    m_window->setDocument(std::move(reopened));
    m_window->statusBar()->showMessage(
        tr("Backup restored. The file as it was before is kept as a backup: File → Restore "
           "Backup… lists it first."),
        15000);
    return true;
}

void BackupController::checkDataFile()
{
    PlanDocument *document = m_window->document();
    if (!document->isOpen()) {
        QMessageBox::information(m_window, tr("Check Data File"), tr("No data file is open."));
        return;
    }
    QString report;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool sound = document->store()->checkIntegrity(true, &report);
    QApplication::restoreOverrideCursor();
    const QString name = QDir::toNativeSeparators(document->path());
    if (sound) {
        QMessageBox::information(m_window, tr("Check Data File"),
                                 tr("%1 was read in full: no damage found.").arg(name));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Check Data File"),
                    report.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, m_window);
    QString advice;
    // A server's data has no backups here (its own are pg_dump's).
    const std::optional<BackupInfo> latest =
        document->backups() ? document->backups()->latest() : std::nullopt;
    if (latest)
        advice = tr("The latest backup is from %1: File → Restore Backup… puts it back.")
                     .arg(QLocale().toString(latest->takenAt, QLocale::ShortFormat));
    else
        advice = tr("There is no backup of this file.");
    box.setInformativeText(advice);
    box.setDetailedText(report);
    box.exec();
}

} // namespace pd
