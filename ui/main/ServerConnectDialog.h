#pragma once

#include "store/ServerAddress.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd {

/// File → Connect to Server…: where the shared plan is (host, port, database, user) and the
/// password, asked each time and never kept (an empty one lets libpq use PGPASSWORD or
/// ~/.pgpass). The address, without the password, is remembered for next time. The dialog
/// stays open with the reason when the connection is refused.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    /// connect opens the server in the window; false with *error keeps the dialog open.
    using Connect = std::function<bool(const ServerAddress &, const QString &, QString *)>;
    ServerConnectDialog(Connect connectTo, QWidget *parent = nullptr);

    /// Fills the fields from an address (the --server of the command line, the last one used).
    void setAddress(const ServerAddress &address);
    ServerAddress address() const;
    /// Shows why the last attempt failed.
    void showError(const QString &error);

    void accept() override;

private:
    void updatePreview();

    Connect m_connect;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace pd
