#include "main/ServerController.h"

#include "main/MainWindow.h"
#include "main/ServerConnectDialog.h"
#include "store/PlanStore.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>

namespace pd {

ServerController::ServerController(MainWindow *window)
    : QObject(window), m_window(window), m_connectAction(new QAction(window)),
      m_status(new QLabel(window))
{
    m_connectAction->setObjectName(QStringLiteral("actionConnectToServer"));
    m_connectAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->hide();
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_connectAction, &QAction::triggered, this, [this] { connectDialog(); });
    connect(window, &MainWindow::fileOpened, this, &ServerController::updateStatus);
    retranslate();
    window->installEventFilter(this);
}

bool ServerController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ServerController::retranslate()
{
    m_connectAction->setText(tr("Connect to &Server…"));
    m_connectAction->setStatusTip(
        tr("Work on the plan shared on a PostgreSQL server instead of a data file"));
    updateStatus();
}

void ServerController::updateStatus()
{
    const PlanStore *store = m_window->store();
    const bool server = store->isServer();
    m_status->setVisible(server);
    if (server)
        m_status->setText(tr("Server %1 · user %2").arg(store->description(), store->userName()));
}

bool ServerController::connectTo(const ServerAddress &address, const QString &password,
                                 QString *error)
{
    return m_window->openServer(address, password, error);
}

void ServerController::connectDialog(const ServerAddress *address, const QString &error)
{
    ServerConnectDialog dialog([this](const ServerAddress &chosen, const QString &password,
                                      QString *e) { return connectTo(chosen, password, e); },
                               m_window);
    if (address)
        dialog.setAddress(*address);
    dialog.showError(error);
    dialog.exec();
}

} // namespace pd
