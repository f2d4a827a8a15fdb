#include "main/ServerConnectDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd {

ServerConnectDialog::ServerConnectDialog(Connect connectTo, QWidget *parent)
    : QDialog(parent), m_connect(std::move(connectTo)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_preview(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_error->setObjectName(QStringLiteral("serverError"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_host->setPlaceholderText(tr("a host name, or a socket folder such as /run/postgresql"));
    m_preview->setStyleSheet(QStringLiteral("color: #555;"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The plan is shared on a PostgreSQL server: each responsible unit "
                                "signs in with its own user, and the server decides what it may "
                                "change. The password is not kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The last address used, never its password.
    QSettings settings;
    ServerAddress last;
    last.host =
        settings.value(QStringLiteral("server/host"), QStringLiteral("localhost")).toString();
    last.port = settings.value(QStringLiteral("server/port"), ServerAddress::DefaultPort).toInt();
    last.database = settings.value(QStringLiteral("server/database")).toString();
    last.user =
        settings.value(QStringLiteral("server/user"), qEnvironmentVariable("USER")).toString();
    setAddress(last);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ServerConnectDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::updatePreview);
    updatePreview();
    setMinimumWidth(520);
}

void ServerConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
}

ServerAddress ServerConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    return address;
}

void ServerConnectDialog::updatePreview()
{
    m_preview->setText(address().toString());
}

void ServerConnectDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ServerConnectDialog::accept()
{
    const ServerAddress chosen = address();
    if (chosen.host.isEmpty() || chosen.database.isEmpty()) {
        showError(tr("Give the server's host and the database."));
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool connected = m_connect && m_connect(chosen, m_password->text(), &error);
    QApplication::restoreOverrideCursor();
    // The password field is cleared either way: it is typed again, never kept.
    m_password->clear();
    if (!connected) {
        showError(error);
        m_password->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), chosen.host);
    settings.setValue(QStringLiteral("server/port"), chosen.port);
    settings.setValue(QStringLiteral("server/database"), chosen.database);
    settings.setValue(QStringLiteral("server/user"), chosen.user);
    QDialog::accept();
}

} // namespace pd
