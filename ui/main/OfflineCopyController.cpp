#include "main/OfflineCopyController.h"

#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "store/PlanStore.h"
#include "store/ServerAddress.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace pd {

OfflineCopyController::OfflineCopyController(MainWindow *window)
    : QObject(window), m_window(window), m_takeAction(new QAction(window)),
      m_sendAction(new QAction(window))
{
    m_takeAction->setObjectName(QStringLiteral("actionTakeOfflineCopy"));
    m_sendAction->setObjectName(QStringLiteral("actionSendMeetingDecisions"));
    connect(m_takeAction, &QAction::triggered, this, &OfflineCopyController::takeCopyDialog);
    connect(m_sendAction, &QAction::triggered, this, &OfflineCopyController::sendDecisionsDialog);
    connect(window, &MainWindow::fileOpened, this, &OfflineCopyController::updateEnabled);
    retranslate();
    updateEnabled();
    window->installEventFilter(this);
}

bool OfflineCopyController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void OfflineCopyController::retranslate()
{
    m_takeAction->setText(tr("Take &Offline Copy…"));
    m_takeAction->setStatusTip(tr("Write everything open now to a data file for a laptop, to "
                                  "hold a meeting without network"));
    m_sendAction->setText(tr("Send Meeting &Decisions…"));
    m_sendAction->setStatusTip(
        tr("Send the decisions taken in this offline copy back to the data it was taken from"));
}

void OfflineCopyController::updateEnabled()
{
    // Sending is for a copy only; a copy of a copy is allowed (it remembers its own source).
    m_sendAction->setEnabled(!source().isEmpty());
}

QString OfflineCopyController::source() const
{
    return OfflineCopy::sourceOf(*m_window->store());
}

bool OfflineCopyController::takeCopy(const QString &path, QString *error)
{
    PlanStore *store = m_window->store();
    if (store->isServer())
        return OfflineCopy::write(*store, store->description(), path, error);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(store->path()).absoluteFilePath()) {
        *error = tr("The copy cannot be written over the open file itself.");
        return false;
    }
    return OfflineCopy::write(*store, QFileInfo(store->path()).absoluteFilePath(), path, error);
}

std::optional<OfflineCopy::Outcome> OfflineCopyController::sendDecisions(bool send, QString *error,
                                                                         const QString &target)
{
    const QString path = target.isEmpty() ? source() : target;
    if (path.isEmpty()) {
        *error = tr("The open file is not an offline copy.");
        return std::nullopt;
    }
    PlanStore other;
    if (ServerAddress::isServerAddress(path)) {
        // Taken from a server: sent back to it as the user the address names (the password
        // from PGPASSWORD or ~/.pgpass, as for --server).
        const std::optional<ServerAddress> address = ServerAddress::parse(path, error);
        if (!address || !other.openServer(*address, QString(), error))
            return std::nullopt;
    } else {
        if (!QFileInfo::exists(path)) {
            *error = tr("%1 is not there any more.").arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        if (!other.open(path, error))
            return std::nullopt;
    }
    PlanStore &copy = *m_window->store();
    return send ? OfflineCopy::send(copy, other, error) : OfflineCopy::compare(copy, other, error);
}

void OfflineCopyController::takeCopyDialog()
{
    const PlanStore *store = m_window->store();
    const QFileInfo open(store->path());
    // Beside the open file; for a server, in the documents folder, named after its database.
    QString name = open.completeBaseName();
    QDir folder = open.absoluteDir();
    if (store->isServer()) {
        QString ignored;
        name =
            ServerAddress::parse(store->description(), &ignored).value_or(ServerAddress()).database;
        folder.setPath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }
    const QString suggested = folder.filePath(
        tr("%1 offline copy %2.sqlite", "file name: the data file's name and today's date")
            .arg(name, QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = FileDialog::getSaveFileName(m_window, tr("Take Offline Copy"), suggested,
                                                     tr("Data files (*.sqlite)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = takeCopy(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Cannot Take an Offline Copy"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Offline Copy Written"),
                    tr("The offline copy is %1.\n\nTake it to the meeting, open it there, and "
                       "afterwards use File → Send Meeting Decisions… in it to send the "
                       "decisions back.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_window);
    QPushButton *openIt = box.addButton(tr("&Open the Copy"), QMessageBox::AcceptRole);
    box.addButton(tr("&Stay Here"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == openIt && !m_window->openFile(path, &error))
        QMessageBox::warning(m_window, tr("Cannot Open"), error);
}

void OfflineCopyController::sendDecisionsDialog()
{
    QString error;
    QString target;
    std::optional<OfflineCopy::Outcome> outcome = sendDecisions(false, &error);
    if (!outcome && !source().isEmpty() && !QFileInfo::exists(source())) {
        // The data moved: let the user find it.
        target = FileDialog::getOpenFileName(
            m_window, tr("Where Is %1?").arg(QFileInfo(source()).fileName()),
            QFileInfo(source()).absolutePath(), tr("Data files (*.sqlite)"));
        if (target.isEmpty())
            return;
        outcome = sendDecisions(false, &error, target);
    }
    if (!outcome) {
        QMessageBox::warning(m_window, tr("Cannot Send Meeting Decisions"), error);
        return;
    }
    const QString to = QDir::toNativeSeparators(target.isEmpty() ? source() : target);
    const QString lines = outcome->summary().join(QLatin1Char('\n'));
    if (outcome->nothingToSend()) {
        QMessageBox::information(m_window, tr("Send Meeting Decisions"),
                                 tr("Nothing to send to %1.").arg(to) + QStringLiteral("\n\n") +
                                     lines);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Send Meeting Decisions"),
                    tr("Send to %1:").arg(to) + QStringLiteral("\n\n") + lines,
                    QMessageBox::NoButton, m_window);
    QPushButton *sendIt = box.addButton(tr("&Send"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(sendIt);
    box.exec();
    if (box.clickedButton() != sendIt)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    outcome = sendDecisions(true, &error, target);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        QMessageBox::warning(m_window, tr("Cannot Send Meeting Decisions"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Sent %n decision(s) to %1.", "", int(outcome->sent.size())).arg(to), 15000);
}

} // namespace pd
