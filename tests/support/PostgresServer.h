#pragma once

// A private PostgreSQL 15 for the tests (issue 19): initdb into a temporary folder, the
// postmaster on a Unix socket in that folder and a free port on 127.0.0.1 only, run as
// `nobody` when the tests run as root (CI's chroot), stopped on every way out of the process.

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pd::test {

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Whether a server can be started here: the server binaries (postgresql) and Qt's QPSQL
    /// driver (libqt6sql6-psql); when not, *reason says which is missing, for QSKIP.
    static bool available(QString *reason);
    /// The one server of this test process, started on first use; nullptr with *reason when it
    /// is not available or did not start (the test then skips or fails with that reason).
    static PostgresServer *shared(QString *reason);

    /// initdb (the first time), then starts the postmaster and waits until it accepts
    /// connections. A user pd_pw (password "secret") must give its password over TCP; every
    /// other local connection is trusted.
    bool start(QString *error);
    /// Stops it (immediate shutdown, then SIGKILL when it lingers). Safe to call twice.
    void stop();
    /// kill -9 of the postmaster, as a crash would; start() brings it back on the same folder
    /// and port.
    bool killHard(QString *error);
    bool isRunning() const;

    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    int port() const { return m_port; }
    /// postgresql://postgres@127.0.0.1:PORT/database
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    /// A fresh, empty database (dropped first if a test made it before).
    bool createDatabase(const QString &name, QString *error);
    /// Runs SQL as the superuser on a database (a test's setup: another program's tables…).
    bool exec(const QString &database, const QStringList &statements, QString *error);
    /// A database name of its own for each call in this process: pd_<tag>_<n>.
    static QString freshName(const QString &tag);

private:
    bool runTool(const QStringList &command, QString *output) const;
    qint64 postmasterPid() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_initialised = false;
    bool m_asNobody = false;
};

} // namespace pd::test
