#include "meeting/MeetingController.h"

#include "document/PlanDocument.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "meeting/MeetingListDialog.h"
#include "meeting/MeetingModeWindow.h"
#include "meeting/MeetingStartDialog.h"
#include "meeting/MeetingStore.h"
#include "meeting/MinutesExporter.h"
#include "plan/PlanIndex.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "plan/PlanText.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include "main/FileDialog.h"
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

namespace pd {

MeetingController::MeetingController(MainWindow *window)
    : QObject(window), m_window(window), m_meetingModeAction(new QAction(window)),
      m_meetingsAction(new QAction(window)), m_exportMinutesAction(new QAction(window))
{
    m_meetingModeAction->setObjectName(QStringLiteral("actionMeetingMode"));
    m_meetingModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_meetingsAction->setObjectName(QStringLiteral("actionMeetings"));
    m_exportMinutesAction->setObjectName(QStringLiteral("actionExportMinutes"));
    connect(m_meetingModeAction, &QAction::triggered, this, &MeetingController::startMeetingMode);
    connect(m_meetingsAction, &QAction::triggered, this, &MeetingController::showMeetings);
    connect(m_exportMinutesAction, &QAction::triggered, this, [this] { exportMinutesDialog(0); });

    // A meeting window shows the old file's meeting: leave it when the window changes files.
    connect(window, &MainWindow::fileOpened, this, [this] {
        if (m_meetingWindow)
            m_meetingWindow->close();
    });
    retranslate();
    window->installEventFilter(this);
}

MeetingController::~MeetingController()
{
    if (m_meetingWindow)
        delete m_meetingWindow.data();
}

MeetingStore *MeetingController::meetings() const
{
    return m_window->document()->meetings();
}

bool MeetingController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MeetingController::retranslate()
{
    m_meetingModeAction->setText(tr("&Meeting Mode"));
    m_meetingModeAction->setStatusTip(
        tr("Review the plan full screen, area by area, and record the meeting's decisions"));
    m_meetingsAction->setText(tr("Meetin&gs…"));
    m_meetingsAction->setStatusTip(tr("Reopen a past meeting or export its minutes"));
    m_exportMinutesAction->setText(tr("Export &Minutes…"));
    m_exportMinutesAction->setStatusTip(tr("Write the latest meeting's minutes as a PDF file"));
}

qint64 MeetingController::selectedAreaNode(QString *title) const
{
    const QModelIndex index = m_window->currentSourceIndex();
    if (!index.isValid())
        return 0;
    PlanTreeModel *model = m_window->treeModel();
    qint64 nodeId = 0;
    if (const PlanNode *node = model->nodeAt(index))
        nodeId = node->id;
    else if (const Indicator *indicator = model->indicatorAt(index))
        nodeId = indicator->nodeId;
    if (!nodeId)
        return 0;
    const PlanIndex planIndex(m_window->store()->nodes());
    const PlanNode *top = planIndex.topOf(nodeId);
    if (!top)
        return 0;
    *title = PlanText::nodeLabel(*top);
    return top->id;
}

void MeetingController::startMeetingMode()
{
    if (m_meetingWindow) {
        m_meetingWindow->showFullScreen();
        m_meetingWindow->raise();
        m_meetingWindow->activateWindow();
        return;
    }
    QString areaTitle;
    const qint64 area = selectedAreaNode(&areaTitle);
    MeetingStartDialog dialog(meetings(), m_window->asOf(), area, areaTitle, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.meetingId())
        return;
    openMeeting(dialog.meetingId());
}

MeetingModeWindow *MeetingController::openMeeting(qint64 meetingId, bool fullScreen)
{
    if (m_meetingWindow)
        m_meetingWindow->close();
    // A top-level window of its own (no parent), so it can cover the projector's screen.
    auto *window = new MeetingModeWindow(meetings(), m_window->undoStack(), meetingId);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_meetingWindow = window;
    connect(window, &MeetingModeWindow::closed, m_window, [this] {
        m_window->activateWindow();
        if (IndicatorPane *pane = m_window->indicatorPane())
            pane->refresh();
    });
    if (fullScreen) {
        // The screen the main window is on (the projector when it was dragged there); the
        // geometry also covers it where no window manager honours full screen.
        if (QScreen *screen = m_window->screen())
            window->setGeometry(screen->geometry());
        window->showFullScreen();
    } else
        window->show();
    window->activateWindow();
    window->setFocus();
    return window;
}

void MeetingController::showMeetings()
{
    MeetingListDialog dialog(meetings(), m_window->undoStack(), m_window);
    connect(&dialog, &MeetingListDialog::openRequested, this, [this](qint64 id) {
        QMetaObject::invokeMethod(
            this, [this, id] { openMeeting(id); }, Qt::QueuedConnection);
    });
    connect(&dialog, &MeetingListDialog::exportRequested, this,
            &MeetingController::exportMinutesDialog);
    dialog.exec();
}

bool MeetingController::exportMinutes(qint64 meetingId, const QString &path, QString *error)
{
    const ReportRenderer::Result result =
        MinutesExporter().exportMeeting(*meetings(), meetingId, path);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

void MeetingController::exportMinutesDialog(qint64 meetingId)
{
    if (!meetingId)
        meetingId = meetings()->latestMeetingId().value_or(0);
    const std::optional<Meeting> meeting = meetings()->meeting(meetingId);
    QWidget *parent =
        QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    if (!meeting) {
        QMessageBox::information(
            parent, tr("Export Minutes"),
            tr("There is no meeting yet. Start one with View → Meeting Mode."));
        return;
    }
    QString name = meeting->title;
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        parent, tr("Export Minutes"), QDir(dir).filePath(name + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportMinutes(meetingId, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(parent, tr("Export Minutes"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Minutes written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace pd
