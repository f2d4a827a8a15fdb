#include "main/UnreportedController.h"

#include "main/MainWindow.h"
#include "main/OverviewPane.h"
#include "main/UnreportedDialog.h"
#include "plan/Clock.h"
#include "report/UnreportedList.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"

#include <QAction>
#include <QEvent>
#include <QTimer>

namespace pd {

UnreportedController::UnreportedController(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(window)), m_recount(new QTimer(this))
{
    m_action->setObjectName(QStringLiteral("actionUnreported"));
    m_action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    connect(m_action, &QAction::triggered, this, &UnreportedController::showDialog);
    // A burst of changes (an imported sheet, an undo of one) recounts once.
    m_recount->setSingleShot(true);
    m_recount->setInterval(250);
    connect(m_recount, &QTimer::timeout, this, &UnreportedController::updateOverview);
    connect(window, &MainWindow::fileOpened, this, &UnreportedController::attach);
    retranslate();
    window->installEventFilter(this);
    // The window's first document is shown before the controller exists.
    QTimer::singleShot(0, this, &UnreportedController::attach);
}

bool UnreportedController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_stale && watched == m_window->overviewPane())
        QTimer::singleShot(0, this, &UnreportedController::updateOverview);
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        updateOverview();
    }
    return QObject::eventFilter(watched, event);
}

void UnreportedController::retranslate()
{
    m_action->setText(tr("Who Has Not &Reported…"));
    m_action->setToolTip(
        tr("The units whose figures for a reporting round are missing, and their reminders"));
}

void UnreportedController::attach()
{
    PlanStore *store = m_window->store();
    if (!store)
        return;
    // The overview is made again with each document; its round line opens the dialog.
    if (OverviewPane *pane = m_window->overviewPane()) {
        connect(pane, &OverviewPane::unreportedRequested, this, &UnreportedController::showDialog,
                Qt::UniqueConnection);
        pane->installEventFilter(this); // shown again: count what changed meanwhile
    }
    // One set of connections per store: a store replaced (another file) takes its own along.
    if (store->property("pdUnreportedFollowed").toBool()) {
        updateOverview();
        return;
    }
    store->setProperty("pdUnreportedFollowed", true);
    const auto recount = [this] { m_recount->start(); };
    connect(store, &PlanStore::measurementsChanged, this, recount);
    connect(store, &PlanStore::indicatorChanged, this, recount);
    connect(store, &PlanStore::unitsChanged, this, recount);
    connect(store, &PlanStore::settingsChanged, this, recount);
    connect(store, &PlanStore::planReplaced, this, recount);
    updateOverview();
}

void UnreportedController::updateOverview()
{
    OverviewPane *pane = m_window->overviewPane();
    PlanStore *store = m_window->store();
    if (!pane || !store || !store->isOpen())
        return;
    // A hidden overview (an indicator shown while figures are typed) is counted when shown:
    // at 50,000 indicators a count reads them all.
    if (!pane->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate today = Clock::today();
    const ReportingRound round = RoundSettings::currentRound(*store, today);
    if (!round.isValid()) {
        pane->setReporting(round, -1, 0);
        return;
    }
    const std::optional<UnreportedList> list = UnreportedList::read(*store, round, today);
    if (!list) {
        pane->setReporting(round, -1, 0);
        return;
    }
    pane->setReporting(round, list->lateUnitCount(), list->unitCount(),
                       list->isOverdue() ? 0 : int(list->units().size()));
}

void UnreportedController::showDialog()
{
    PlanStore *store = m_window->store();
    if (!store)
        return;
    UnreportedDialog dialog(store, m_window->undoStack(), m_window);
    dialog.exec();
}

} // namespace pd
