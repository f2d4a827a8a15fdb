// Rights enforced by the server (issue 19): two units' logins and the office's on one real
// PostgreSQL server; what each may write and what the server refuses, the audit log's rows
// naming the database user, and an audit log nobody can change or delete.

#include "document/BuiltinPlan.h"
#include "store/PlanStore.h"
#include "store/ServerAddress.h"
#include "store/ServerRights.h"
#include "store/TaskStore.h"
#include "PostgresServer.h"
#include "TestSupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using pd::test::PostgresServer;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestServerRights : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unitWritesItsOwnFiguresOnly();
    void unitChangesItsOwnTasksOnly();
    void unitCannotChangeThePlan();
    void officeChangesEverything();
    void auditLogNamesTheUserAndCannotBeChanged();
    void userNamesAreChecked();
    void serverUserCommand();
    void fileStoreHasNoRights();

private:
    bool openAs(PlanStore &store, const QString &user)
    {
        QString error;
        const std::optional<ServerAddress> address =
            ServerAddress::parse(m_server->url(m_database, user), &error);
        if (!address || !store.openServer(*address, {}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    Measurement figure(const QString &code, double value) const
    {
        Measurement m;
        m.indicatorId = m_admin->indicatorByCode(code)->id;
        m.date = QDate(2024, 6, 30);
        m.value = value;
        return m;
    }

    PostgresServer *m_server = nullptr;
    QString m_skip;
    QString m_database;
    std::unique_ptr<PlanStore> m_admin; ///< the database's owner (server-init's user)
    QString m_commerceCode;             ///< an indicator 市商务局 leads
    QString m_industryCode;             ///< one 市经信局 leads
    qint64 m_commerceTask = 0;
    qint64 m_industryTask = 0;
};

void TestServerRights::initTestCase()
{
    m_server = PostgresServer::shared(&m_skip);
    if (!m_server)
        return;
    m_database = PostgresServer::freshName(QStringLiteral("rights"));
    QString error;
    QVERIFY2(m_server->createDatabase(m_database, &error), qPrintable(error));
    m_admin = std::make_unique<PlanStore>();
    QVERIFY(openAs(*m_admin, QStringLiteral("postgres")));
    ParsedPlan plan;
    QVERIFY2(BuiltinPlan::parse(&plan, &error), qPrintable(error));
    QVERIFY2(m_admin->importPlan(plan, false, &error), qPrintable(error));
    const std::vector<Indicator> indicators = m_admin->indicators();
    m_commerceCode = indicators[0].code;
    m_industryCode = indicators[1].code;
    QVERIFY(m_admin->setIndicatorField(indicators[0].id, IndicatorField::LeadUnit, u8("市商务局"),
                                       &error));
    QVERIFY(m_admin->setIndicatorField(indicators[1].id, IndicatorField::LeadUnit, u8("市经信局"),
                                       &error));
    TaskStore *tasks = TaskStore::of(m_admin.get());
    const std::vector<TaskRecord> all = tasks->tasks();
    m_commerceTask = all[0].id;
    m_industryTask = all[1].id;
    QVERIFY(tasks->setTaskField(m_commerceTask, TaskField::LeadUnit, u8("市商务局"), &error));
    QVERIFY(tasks->setTaskField(m_industryTask, TaskField::LeadUnit, u8("市经信局"), &error));

    QVERIFY2(ServerRights::install(*m_admin, &error), qPrintable(error));
    QVERIFY2(ServerRights::install(*m_admin, &error), qPrintable(error)); // again: harmless
    QVERIFY2(ServerRights::createUser(*m_admin, QStringLiteral("shangwu"), ServerRights::Kind::Unit,
                                      u8("市商务局"), {}, &error),
             qPrintable(error));
    QVERIFY2(ServerRights::createUser(*m_admin, QStringLiteral("jingxin"), ServerRights::Kind::Unit,
                                      u8("市经信局"), {}, &error),
             qPrintable(error));
    QVERIFY2(ServerRights::createUser(*m_admin, QStringLiteral("ducha"), ServerRights::Kind::Office,
                                      {}, {}, &error),
             qPrintable(error));
}

void TestServerRights::unitWritesItsOwnFiguresOnly()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    PlanStore commerce;
    QVERIFY(openAs(commerce, QStringLiteral("shangwu")));
    QCOMPARE(ServerRights::unitOfUser(commerce).value_or(QStringLiteral("?")), u8("市商务局"));
    QString error;
    // Its own indicator: added, changed, removed.
    const std::optional<qint64> own = commerce.addMeasurement(figure(m_commerceCode, 10), &error);
    QVERIFY2(own, qPrintable(error));
    Measurement changed = *commerce.measurement(*own);
    changed.value = 12;
    QVERIFY2(commerce.updateMeasurement(changed, &error), qPrintable(error));
    QCOMPARE(m_admin->measurement(*own)->value, 12.0);

    // Another unit's: refused by the server, with a message, and nothing written.
    const int before = int(m_admin->measurements(figure(m_industryCode, 0).indicatorId).size());
    error.clear();
    QVERIFY(!commerce.addMeasurement(figure(m_industryCode, 5), &error));
    // The message names the indicator, the unit that leads it, and who tried.
    QVERIFY2(error.contains(m_industryCode) && error.contains(u8("市经信局")) &&
                 error.contains(QStringLiteral("shangwu")) && error.contains(u8("市商务局")),
             qPrintable(error));
    QCOMPARE(int(m_admin->measurements(figure(m_industryCode, 0).indicatorId).size()), before);

    // A figure of another unit's indicator written by that unit cannot be changed or removed.
    PlanStore industry;
    QVERIFY(openAs(industry, QStringLiteral("jingxin")));
    const std::optional<qint64> theirs = industry.addMeasurement(figure(m_industryCode, 7), &error);
    QVERIFY2(theirs, qPrintable(error));
    Measurement tampered = *commerce.measurement(*theirs); // everybody reads
    tampered.value = 99;
    const qsizetype auditRows = m_admin->auditLog().size();
    error.clear();
    QVERIFY(!commerce.updateMeasurement(tampered, &error));
    QVERIFY2(error.contains(u8("市经信局")), qPrintable(error));
    QVERIFY(!commerce.removeMeasurement(*theirs, &error));
    QVERIFY2(error.contains(u8("市经信局")), qPrintable(error));
    QCOMPARE(m_admin->auditLog().size(), auditRows); // nothing claimed in the log either
    QVERIFY(m_admin->measurement(*theirs));
    QCOMPARE(m_admin->measurement(*theirs)->value, 7.0);
}

void TestServerRights::unitChangesItsOwnTasksOnly()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    PlanStore commerce;
    QVERIFY(openAs(commerce, QStringLiteral("shangwu")));
    TaskStore *tasks = TaskStore::of(&commerce);
    QString error;
    QVERIFY2(
        tasks->setTaskField(m_commerceTask, TaskField::Status, int(TaskStatus::InProgress), &error),
        qPrintable(error));
    TaskProgress p;
    p.taskId = m_commerceTask;
    p.date = QDate(2024, 6, 20);
    p.status = TaskStatus::InProgress;
    p.text = u8("已完成招商推介");
    QVERIFY2(tasks->addProgress(p, &error), qPrintable(error));
    QCOMPARE(TaskStore::of(m_admin.get())->progress(m_commerceTask).size(), std::size_t(1));

    // Another unit's task: its 进展情况 and its status stay as they were.
    p.taskId = m_industryTask;
    QVERIFY(!tasks->addProgress(p, &error));
    QVERIFY2(error.contains(u8("市经信局")) && error.contains(QStringLiteral("shangwu")),
             qPrintable(error));
    const qsizetype auditRows = m_admin->auditLog().size();
    QVERIFY(!tasks->setTaskField(m_industryTask, TaskField::Status, int(TaskStatus::Done), &error));
    QVERIFY2(error.contains(u8("市经信局")), qPrintable(error));
    QCOMPARE(m_admin->auditLog().size(), auditRows);
    QCOMPARE(TaskStore::of(m_admin.get())->task(m_industryTask)->status, TaskStatus::NotReported);
    QVERIFY(TaskStore::of(m_admin.get())->progress(m_industryTask).empty());
    // Nor its own task's lead unit: that is the office's.
    QVERIFY(!tasks->setTaskField(m_commerceTask, TaskField::LeadUnit, u8("市经信局"), &error));
    QCOMPARE(TaskStore::of(m_admin.get())->task(m_commerceTask)->leadUnit, u8("市商务局"));
}

void TestServerRights::unitCannotChangeThePlan()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    PlanStore commerce;
    QVERIFY(openAs(commerce, QStringLiteral("shangwu")));
    const qint64 id = commerce.indicatorByCode(m_commerceCode)->id;
    QString error;
    QVERIFY(!commerce.setIndicatorField(id, IndicatorField::LeadUnit, u8("市经信局"), &error));
    QVERIFY2(ServerRights::isRefusal(error), qPrintable(error));
    QCOMPARE(m_admin->indicator(id)->leadUnit, u8("市商务局"));
    ParsedPlan plan;
    QVERIFY(BuiltinPlan::parse(&plan, &error));
    QVERIFY(!commerce.importPlan(plan, true, &error));
    QCOMPARE(m_admin->indicators().size(), plan.indicators.size());
}

void TestServerRights::officeChangesEverything()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    PlanStore office;
    QVERIFY(openAs(office, QStringLiteral("ducha")));
    QCOMPARE(ServerRights::unitOfUser(office).value_or(QStringLiteral("?")), QString());
    QString error;
    QVERIFY2(office.addMeasurement(figure(m_industryCode, 3), &error), qPrintable(error));
    QVERIFY2(office.addMeasurement(figure(m_commerceCode, 4), &error), qPrintable(error));
    const qint64 id = office.indicatorByCode(m_industryCode)->id;
    QVERIFY2(office.setIndicatorField(id, IndicatorField::CoUnits, u8("市商务局"), &error),
             qPrintable(error));
    QCOMPARE(m_admin->indicator(id)->coUnits, u8("市商务局"));
    QVERIFY2(TaskStore::of(&office)->setTaskField(m_industryTask, TaskField::Deadline,
                                                  QDate(2024, 9, 30), &error),
             qPrintable(error));
}

void TestServerRights::auditLogNamesTheUserAndCannotBeChanged()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    PlanStore commerce;
    QVERIFY(openAs(commerce, QStringLiteral("shangwu")));
    // Whatever name the program claims, the row names the database user.
    commerce.setUserName(QStringLiteral("somebody else"));
    QString error;
    const std::optional<qint64> id = commerce.addMeasurement(figure(m_commerceCode, 20), &error);
    QVERIFY2(id, qPrintable(error));
    bool found = false;
    for (const AuditEntry &entry : m_admin->auditLog(QStringLiteral("measurement"), *id))
        found = found || entry.who == QLatin1String("shangwu");
    QVERIFY(found);

    // Nobody changes or deletes it: a unit, the office, the owner.
    for (const QString &user :
         {QStringLiteral("shangwu"), QStringLiteral("ducha"), QStringLiteral("postgres")}) {
        PlanStore store;
        QVERIFY(openAs(store, user));
        QSqlQuery q(store.database());
        QVERIFY2(!q.exec(QStringLiteral("DELETE FROM audit_log")), qPrintable(user));
        QVERIFY2(!q.exec(QStringLiteral("UPDATE audit_log SET who = 'x'")), qPrintable(user));
        QVERIFY2(!q.exec(QStringLiteral("TRUNCATE audit_log")), qPrintable(user));
    }
    QVERIFY(!m_admin->auditLog().empty());
}

void TestServerRights::userNamesAreChecked()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    QString error;
    QVERIFY(!ServerRights::createUser(*m_admin, QStringLiteral("Robert'); DROP TABLE plan;--"),
                                      ServerRights::Kind::Office, {}, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ServerRights::createUser(*m_admin, QStringLiteral("nounit"), ServerRights::Kind::Unit,
                                      {}, {}, &error));
    QVERIFY(m_admin->hasPlan());
    // A password with quotes is passed as a value, never as SQL.
    QVERIFY2(ServerRights::createUser(*m_admin, QStringLiteral("quoted"), ServerRights::Kind::Unit,
                                      u8("市商务局"), QStringLiteral("it's \"secret\"; --"),
                                      &error),
             qPrintable(error));
}

void TestServerRights::serverUserCommand()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    auto run = [](const QStringList &arguments, QString *output) {
        QProcess process;
        process.start(QStringLiteral(PD_BINARY), arguments);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        *output = QString::fromLocal8Bit(process.readAllStandardOutput() +
                                         process.readAllStandardError());
        return process.exitCode();
    };
    QString output;
    const QString url = m_server->url(m_database);
    QCOMPARE(run({QStringLiteral("server-user"), QStringLiteral("--server"), url,
                  QStringLiteral("--user"), QStringLiteral("tongji"), QStringLiteral("--unit"),
                  u8("市商务局")},
                 &output),
             0);
    QVERIFY2(output.contains(QStringLiteral("tongji")), qPrintable(output));
    PlanStore store;
    QVERIFY(openAs(store, QStringLiteral("tongji")));
    QCOMPARE(ServerRights::unitOfUser(store).value_or(QStringLiteral("?")), u8("市商务局"));
    // A unit nobody leads is refused; so is a missing --unit/--office.
    QCOMPARE(run({QStringLiteral("server-user"), QStringLiteral("--server"), url,
                  QStringLiteral("--user"), QStringLiteral("nobody2"), QStringLiteral("--unit"),
                  u8("不存在的局")},
                 &output),
             1);
    QVERIFY(!output.trimmed().isEmpty());
    QCOMPARE(run({QStringLiteral("server-user"), QStringLiteral("--server"), url,
                  QStringLiteral("--user"), QStringLiteral("nobody3")},
                 &output),
             2);
    QCOMPARE(run({QStringLiteral("server-user"), QStringLiteral("--server"), url,
                  QStringLiteral("--user"), QStringLiteral("ducha2"), QStringLiteral("--office")},
                 &output),
             0);
}

void TestServerRights::fileStoreHasNoRights()
{
    test::TempDataFile file;
    QVERIFY(file.importSamplePlan());
    PlanStore store;
    QVERIFY(store.open(file.path(), nullptr));
    QString error;
    QVERIFY(!ServerRights::install(store, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ServerRights::unitOfUser(store));
}

QTEST_MAIN(TestServerRights)
#include "tst_serverrights.moc"
