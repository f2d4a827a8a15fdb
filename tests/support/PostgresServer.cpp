#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <csignal>
#include <cstdlib>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <sys/types.h>
#include <unistd.h>

namespace pd::test {
namespace {

// The postmasters this process started, for the fallbacks below: a failed QVERIFY still runs
// the destructor, but a crash or exit() does not. Plain ints, read by a signal handler.
constexpr int MaxServers = 4;
volatile sig_atomic_t runningPids[MaxServers] = {};
struct sigaction previousActions[NSIG];

void killAllPostmasters()
{
    // SIGQUIT is PostgreSQL's immediate shutdown: the postmaster takes its backends with it.
    for (int i = 0; i < MaxServers; ++i) {
        if (runningPids[i] > 0)
            ::kill(pid_t(runningPids[i]), SIGQUIT);
    }
}

void onFatalSignal(int signal)
{
    killAllPostmasters(); // async-signal-safe: kill() only
    // Then whatever was there before (Qt Test's own report of the crash), or the default.
    ::sigaction(signal, &previousActions[signal], nullptr);
    ::raise(signal);
}

void installFallbacks()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    std::atexit(killAllPostmasters);
    for (int signal : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction action = {};
        action.sa_handler = onFatalSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(signal, &action, &previousActions[signal]);
    }
}

void remember(qint64 pid)
{
    for (int i = 0; i < MaxServers; ++i) {
        if (runningPids[i] == 0) {
            runningPids[i] = sig_atomic_t(pid);
            return;
        }
    }
}

void forget(qint64 pid)
{
    for (int i = 0; i < MaxServers; ++i) {
        if (runningPids[i] == sig_atomic_t(pid))
            runningPids[i] = 0;
    }
}

/// Whether the process is gone: reaped here when it was ours (see start()), or not there.
bool gone(qint64 pid)
{
    ::waitpid(pid_t(pid), nullptr, WNOHANG);
    return ::kill(pid_t(pid), 0) != 0;
}

QString findBinDir()
{
    // PD_PG_BINDIR names another installation's (or, missing, none: the skip can be tried).
    if (qEnvironmentVariableIsSet("PD_PG_BINDIR")) {
        const QString dir = qEnvironmentVariable("PD_PG_BINDIR");
        return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() ? dir : QString();
    }
    // Debian keeps each major version's server binaries apart; 15 is Debian 12's.
    for (const char *version : {"15", "16", "17", "14", "13"}) {
        const QString dir =
            QStringLiteral("/usr/lib/postgresql/%1/bin").arg(QLatin1String(version));
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
            return dir;
    }
    return {};
}

int freePort()
{
    // The kernel picks a free port on 127.0.0.1; the server binds it right after.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

PostgresServer::PostgresServer() : m_binDir(findBinDir()), m_asNobody(::geteuid() == 0) {}

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::available(QString *reason)
{
    QString localReason;
    if (!reason)
        reason = &localReason;
    if (findBinDir().isEmpty()) {
        *reason = QStringLiteral("the PostgreSQL server binaries are not installed (Debian: "
                                 "postgresql; /usr/lib/postgresql/15/bin/initdb)");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *reason = QStringLiteral("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    if (::geteuid() == 0 && (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty() ||
                             !::getpwnam("nobody"))) {
        *reason = QStringLiteral("running as root without runuser or the user nobody, so the "
                                 "server cannot run unprivileged");
        return false;
    }
    return true;
}

PostgresServer *PostgresServer::shared(QString *reason)
{
    static std::unique_ptr<PostgresServer> server;
    static QString failure;
    if (!server && failure.isEmpty()) {
        if (!available(&failure))
            return *reason = failure, nullptr;
        auto started = std::make_unique<PostgresServer>();
        if (!started->start(&failure))
            return *reason = QStringLiteral("the test server did not start: ") + failure, nullptr;
        server = std::move(started);
        // Stopped before the statics go: the QSqlDatabase machinery must still be there.
        qAddPostRoutine([] { server.reset(); });
    }
    if (!server)
        *reason = failure;
    return server.get();
}

bool PostgresServer::runTool(const QStringList &command, QString *output) const
{
    QStringList arguments = command;
    QString program = m_binDir + QLatin1Char('/') + arguments.takeFirst();
    if (m_asNobody) {
        // PostgreSQL refuses to run as root; CI's chroot is root, with a user nobody.
        arguments = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                QStringLiteral("--"), program} +
                    arguments;
        program = QStringLiteral("runuser");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path()); // nobody may not read the caller's folder
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        *output += QStringLiteral(" (timed out)");
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start(QString *error)
{
    installFallbacks();
    if (isRunning())
        return true;
    // The postmaster leaves pg_ctl behind and would be init's child; a container's init may
    // never reap it, and a zombie's pid looks alive to the next start. As the subreaper, this
    // process is its parent and reaps it when it dies.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (!m_dir) {
        // As root, in /tmp itself: nobody must reach the folder, and TMPDIR may be root's own.
        const QString parent = m_asNobody ? QStringLiteral("/tmp") : QDir::tempPath();
        m_dir = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/pd-pg-XXXXXX"));
        if (!m_dir->isValid())
            return *error = QStringLiteral("no temporary folder: ") + m_dir->errorString(), false;
        if (m_asNobody) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid,
                                   nobody->pw_gid) != 0)
                return *error = QStringLiteral("cannot give the folder to nobody"), false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString output;
    if (!m_initialised) {
        if (!runTool({QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
                      QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                      QStringLiteral("--no-sync")},
                     &output))
            return *error = QStringLiteral("initdb failed: ") + output, false;
        // One user must give a password over TCP (the wrong-password test); all else is trusted.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return *error = QStringLiteral("pg_hba.conf cannot be read"), false;
        const QByteArray rules = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("host all pd_pw 127.0.0.1/32 scram-sha-256\n" + rules) < 0)
            return *error = QStringLiteral("pg_hba.conf cannot be written"), false;
        hba.close();
        m_initialised = true;
    }
    // A free port at the first start, the same one after (a client reconnects to the address it
    // knows); the socket in the folder.
    if (m_port <= 0)
        m_port = freePort();
    if (m_port <= 0)
        return *error = QStringLiteral("no free TCP port"), false;
    // fsync off: the tests' speed. A kill -9 of the server still loses nothing committed (the
    // kernel holds what was written); only a power cut would, and no test makes one.
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -k %1 -p %2 -c fsync=off "
                                           "-c max_connections=40")
                                .arg(m_dir->path())
                                .arg(m_port);
    const QStringList startCommand{QStringLiteral("pg_ctl"),
                                   QStringLiteral("start"),
                                   QStringLiteral("-w"),
                                   QStringLiteral("-t"),
                                   QStringLiteral("60"),
                                   QStringLiteral("-D"),
                                   data,
                                   QStringLiteral("-l"),
                                   m_dir->filePath(QStringLiteral("server.log")),
                                   QStringLiteral("-o"),
                                   options};
    bool started = runTool(startCommand, &output);
    // After a kill -9, the old server's backends may hold its shared memory for a moment.
    for (int attempt = 0; !started && attempt < 10 && postmasterPid() > 0; ++attempt) {
        ::sleep(1);
        started = runTool(startCommand, &output);
    }
    if (!started) {
        const QByteArray log = [&] {
            QFile file(m_dir->filePath(QStringLiteral("server.log")));
            return file.open(QIODevice::ReadOnly) ? file.readAll().right(600) : QByteArray();
        }();
        return *error = QStringLiteral("pg_ctl start failed: ") + output + QLatin1Char(' ') +
                        QString::fromLocal8Bit(log),
               false;
    }
    const qint64 pid = postmasterPid();
    if (pid <= 0)
        return *error = QStringLiteral("no postmaster.pid after start"), false;
    remember(pid);
    // Even a SIGKILL of this process (CTest's timeout) leaves no server: a watcher stops it once
    // this process is gone, and removes the folder.
    // Its output goes nowhere, so CTest does not wait on it for the test's end.
    QProcess watcher;
    watcher.setProgram(QStringLiteral("/bin/sh"));
    watcher.setStandardOutputFile(QProcess::nullDevice());
    watcher.setStandardErrorFile(QProcess::nullDevice());
    watcher.setArguments(
        {QStringLiteral("-c"),
         QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                        "if kill -0 \"$2\" 2>/dev/null; then kill -QUIT \"$2\"; sleep 2; "
                        "kill -KILL \"$2\" 2>/dev/null; fi; rm -rf \"$3\""),
         QStringLiteral("pd-pg-watch"), QString::number(QCoreApplication::applicationPid()),
         QString::number(pid), m_dir->path()});
    watcher.startDetached();
    return exec(QStringLiteral("postgres"),
                {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                "'pd_pw') THEN CREATE ROLE pd_pw LOGIN SUPERUSER PASSWORD "
                                "'secret'; END IF; END $$")},
                error);
}

qint64 PostgresServer::postmasterPid() const
{
    if (!m_dir)
        return 0;
    QFile file(m_dir->filePath(QStringLiteral("data/postmaster.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

bool PostgresServer::isRunning() const
{
    const qint64 pid = postmasterPid();
    return pid > 0 && !gone(pid);
}

void PostgresServer::stop()
{
    const qint64 pid = postmasterPid();
    if (pid <= 0)
        return;
    // Connections of this process first, or their drivers would talk to a dead server later.
    QString output;
    if (!gone(pid) && !runTool({QStringLiteral("pg_ctl"), QStringLiteral("stop"),
                                QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                                QStringLiteral("-m"), QStringLiteral("immediate"),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("20")},
                               &output))
        ::kill(pid_t(pid), SIGKILL);
    for (int i = 0; i < 100 && !gone(pid); ++i)
        ::usleep(50000);
    forget(pid);
    QFile::remove(m_dir->filePath(QStringLiteral("data/postmaster.pid")));
}

bool PostgresServer::killHard(QString *error)
{
    const qint64 pid = postmasterPid();
    if (pid <= 0 || ::kill(pid_t(pid), SIGKILL) != 0)
        return *error = QStringLiteral("no postmaster to kill"), false;
    // The backends notice their postmaster's death and leave (pg_ctl made the postmaster a
    // session leader, so they are its process group); a start before they are gone would
    // find their shared memory still in use. The pid file stays, as after a real crash.
    for (int i = 0; i < 400 && (!gone(pid) || ::kill(-pid_t(pid), 0) == 0); ++i)
        ::usleep(25000);
    ::kill(-pid_t(pid), SIGKILL); // any left after ten seconds
    forget(pid);
    return true;
}

QString PostgresServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

bool PostgresServer::exec(const QString &database, const QStringList &statements, QString *error)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("pd-test-admin-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketDir());
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to the test server: ") + db.lastError().text();
            ok = false;
        }
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *error = sql + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    // The name is the test's own (freshName: new in each process), never input.
    return exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE \"%1\"").arg(name)},
                error);
}

QString PostgresServer::freshName(const QString &tag)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pd_%1_%2").arg(tag).arg(++counter);
}

} // namespace pd::test
