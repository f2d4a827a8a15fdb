#pragma once

#include <QList>
#include <QObject>

class QAction;
class QLabel;

namespace pd {

class MainWindow;
struct ServerAddress;

/// The window on a shared server: File → Connect to Server… (ServerConnectDialog), and the
/// status bar's note of which server and user the window works on (none for a file). The
/// window places the action.
class ServerController : public QObject
{
    Q_OBJECT
public:
    explicit ServerController(MainWindow *window);

    QList<QAction *> fileActions() const { return {m_connectAction}; }

    /// Opens the plan on a server in the window; false with *error (the window keeps what it
    /// showed).
    bool connectTo(const ServerAddress &address, const QString &password, QString *error);
    /// The dialog, its fields filled from address when given (the command line's --server),
    /// with a first error to show (why the address alone did not connect).
    void connectDialog(const ServerAddress *address = nullptr, const QString &error = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    MainWindow *m_window;
    QAction *m_connectAction;
    QLabel *m_status;
};

} // namespace pd
