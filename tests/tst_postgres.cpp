// PostgreSQL as the second engine (issue 19): the schema and the store's changes on a real
// server started by the tests (PostgresServer), compared with SQLite where both can say.

#include "document/BuiltinPlan.h"
#include "meeting/MeetingBuilder.h"
#include "meeting/MeetingStore.h"
#include "store/PlanStore.h"
#include "store/PostgresDialect.h"
#include "store/ServerAddress.h"
#include "store/TaskStore.h"
#include "PostgresServer.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::PostgresServer;

// Every test that needs the server starts with this: skipped, with the reason, without one.
#define NEED_SERVER()                                                                              \
    QString skipReason;                                                                            \
    PostgresServer *server = PostgresServer::shared(&skipReason);                                  \
    if (!server)                                                                                   \
        QSKIP(qPrintable(skipReason));

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void addressesAreParsed_data();
    void addressesAreParsed();
    void badAddressesAreRefused_data();
    void badAddressesAreRefused();
    void schemaTypesAreTranslated();
    void serverInitHoldsTheSamePlanAsAFile();
    void figuresAreAddedChangedRemovedAndAudited();
    void batchIsOneTransaction();
    void meetingsAndTaskProgressAreKept();
    void schemaVersionIsRecorded();
    void anotherProgramsDatabaseIsRefused();
    void newerSchemaIsRefused();
    void connectionFailuresSayWhy();
    void acknowledgedWriteSurvivesAKilledServer();
    void commandLineWorksOnTheServer();

private:
    /// A fresh database on the server with the store opened on it (the schema made).
    static bool openFresh(PostgresServer *server, PlanStore &store, const QString &tag,
                          QString *name = nullptr);
    static ServerAddress addressOf(PostgresServer *server, const QString &database,
                                   const QString &user = QStringLiteral("postgres"));
    static int runBinary(const QStringList &arguments, QByteArray *out, QByteArray *err = nullptr);
};

ServerAddress TestPostgres::addressOf(PostgresServer *server, const QString &database,
                                      const QString &user)
{
    QString error;
    return *ServerAddress::parse(server->url(database, user), &error);
}

bool TestPostgres::openFresh(PostgresServer *server, PlanStore &store, const QString &tag,
                             QString *name)
{
    const QString database = PostgresServer::freshName(tag);
    QString error;
    if (!server->createDatabase(database, &error) ||
        !store.openServer(addressOf(server, database), {}, &error)) {
        qWarning() << error;
        return false;
    }
    if (name)
        *name = database;
    return true;
}

int TestPostgres::runBinary(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(QStringLiteral(PD_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestPostgres::addressesAreParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("shown");
    QTest::newRow("full") << "postgresql://office@db.example.cn:6543/chengdu"
                          << "office"
                          << "db.example.cn" << 6543 << "chengdu"
                          << "postgresql://office@db.example.cn:6543/chengdu";
    QTest::newRow("default port") << "postgres://u@10.0.0.5/plan"
                                  << "u"
                                  << "10.0.0.5" << 5432 << "plan"
                                  << "postgresql://u@10.0.0.5:5432/plan";
    QTest::newRow("percent-encoded")
        << "postgresql://%E5%8A%9E%E5%85%AC%E5%AE%A4@h/%E6%88%90%E9%83%BD"
        << QStringLiteral("办公室") << "h" << 5432 << QStringLiteral("成都")
        << QStringLiteral("postgresql://办公室@h:5432/成都");
    QTest::newRow("socket folder") << "postgresql://u@/plan?host=/run/postgresql"
                                   << "u"
                                   << "/run/postgresql" << 5432 << "plan"
                                   << "postgresql://u@localhost:5432/plan?host=/run/postgresql";
    QTest::newRow("encoded socket") << "postgresql://u@%2Ftmp%2Fpg:5433/plan"
                                    << "u"
                                    << "/tmp/pg" << 5433 << "plan"
                                    << "postgresql://u@localhost:5433/plan?host=/tmp/pg";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5432/plan"
                          << "u"
                          << "::1" << 5432 << "plan"
                          << "postgresql://u@[::1]:5432/plan";
}

void TestPostgres::addressesAreParsed()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(text, &error);
    QVERIFY2(address, qPrintable(error));
    QTEST(address->user, "user");
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    QTEST(address->toString(), "shown");
}

void TestPostgres::badAddressesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("a file") << "/home/u/plan.sqlite"
                            << "postgresql://";
    QTest::newRow("no database") << "postgresql://u@host:5432"
                                 << "names no database";
    QTest::newRow("bad port") << "postgresql://u@host:port/db"
                              << "not a port number";
    QTest::newRow("password") << "postgresql://u:hunter2@host/db"
                              << "Leave the password out";
    QTest::newRow("password setting") << "postgresql://u@host/db?password=hunter2"
                                      << "Leave the password out";
    QTest::newRow("unknown setting") << "postgresql://u@host/db?colour=red"
                                     << "unknown setting";
}

void TestPostgres::badAddressesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!ServerAddress::parse(text, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error)); // never repeated
}

void TestPostgres::schemaTypesAreTranslated()
{
    const QStringList statements = PostgresDialect::translateSchema(
        QStringLiteral("CREATE TABLE task_progress (id INTEGER PRIMARY KEY, task_id INTEGER NOT "
                       "NULL REFERENCES task(id), value REAL, text TEXT NOT NULL DEFAULT '')"));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements[0],
             QStringLiteral("CREATE TABLE task_progress (id BIGINT GENERATED BY DEFAULT AS "
                            "IDENTITY PRIMARY KEY, task_id BIGINT NOT NULL REFERENCES task(id), "
                            "value DOUBLE PRECISION, text TEXT NOT NULL DEFAULT '')"));
    QVERIFY(statements[1].startsWith(QLatin1String("CREATE TRIGGER task_progress_fill_id")));
    // A key that is not an id of its own (task_indicator's) gets no identity and no trigger.
    const QStringList link = PostgresDialect::translateSchema(
        QStringLiteral("CREATE TABLE task_indicator (indicator_id INTEGER PRIMARY KEY)"));
    QCOMPARE(link, QStringList{QStringLiteral(
                       "CREATE TABLE task_indicator (indicator_id BIGINT PRIMARY KEY)")});
}

void TestPostgres::serverInitHoldsTheSamePlanAsAFile()
{
    NEED_SERVER();
    ParsedPlan plan;
    QString error;
    QVERIFY2(BuiltinPlan::parse(&plan, &error), qPrintable(error));
    test::TempDataFile file;
    PlanStore sqlite;
    QVERIFY2(sqlite.open(file.path(), &error), qPrintable(error));
    QVERIFY2(sqlite.importPlan(plan, false, &error), qPrintable(error));

    PlanStore pg;
    QVERIFY(openFresh(server, pg, QStringLiteral("init")));
    QVERIFY(pg.isServer());
    QVERIFY(pg.path().isEmpty());
    QVERIFY2(pg.description().startsWith(QLatin1String("postgresql://postgres@127.0.0.1:")),
             qPrintable(pg.description()));
    QCOMPARE(pg.userName(), QStringLiteral("postgres"));
    QVERIFY(!pg.hasPlan());
    QVERIFY2(pg.importPlan(plan, false, &error), qPrintable(error));
    QVERIFY(pg.hasPlan());

    QCOMPARE(pg.planInfo().title, sqlite.planInfo().title);
    QCOMPARE(pg.planInfo().sourceText, sqlite.planInfo().sourceText);
    const std::vector<PlanNode> nodes = pg.nodes();
    const std::vector<PlanNode> fileNodes = sqlite.nodes();
    QCOMPARE(nodes.size(), fileNodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        QCOMPARE(nodes[i].title, fileNodes[i].title);
        QCOMPARE(int(nodes[i].kind), int(fileNodes[i].kind));
        QCOMPARE(nodes[i].parentId != 0, fileNodes[i].parentId != 0);
    }
    const std::vector<Indicator> indicators = pg.indicators();
    const std::vector<Indicator> fileIndicators = sqlite.indicators();
    QCOMPARE(indicators.size(), fileIndicators.size());
    QVERIFY(indicators.size() > 50);
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        QCOMPARE(indicators[i].code, fileIndicators[i].code);
        QCOMPARE(indicators[i].name, fileIndicators[i].name);
        QCOMPARE(indicators[i].target, fileIndicators[i].target);
        QCOMPARE(indicators[i].baseline, fileIndicators[i].baseline);
        QCOMPARE(indicators[i].stretchTarget, fileIndicators[i].stretchTarget);
        QCOMPARE(indicators[i].leadUnit, fileIndicators[i].leadUnit);
    }
    const std::vector<TaskRecord> tasks = TaskStore::of(&pg)->tasks(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tasks.size(), std::size_t(655)); // the Chengdu 2024 台账
    const std::vector<TaskRecord> fileTasks = TaskStore::of(&sqlite)->tasks();
    QCOMPARE(tasks.size(), fileTasks.size());
    for (std::size_t i = 0; i < tasks.size(); i += 37) {
        QCOMPARE(tasks[i].code, fileTasks[i].code);
        QCOMPARE(tasks[i].text, fileTasks[i].text);
        QCOMPARE(tasks[i].indicatorIds.size(), fileTasks[i].indicatorIds.size());
    }
}

void TestPostgres::figuresAreAddedChangedRemovedAndAudited()
{
    NEED_SERVER();
    PlanStore store;
    QVERIFY(openFresh(server, store, QStringLiteral("figures")));
    QString error;
    QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
    const qint64 indicatorId = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;

    Measurement m;
    m.indicatorId = indicatorId;
    m.date = QDate(2024, 3, 31);
    m.value = 120.5;
    m.note = QStringLiteral("一季度");
    m.progress = QStringLiteral("新引进首店120家");
    const std::optional<qint64> id = store.addMeasurement(m, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(*id > 0);
    Measurement second = m;
    second.date = QDate(2024, 6, 30);
    second.value = 300;
    const std::optional<qint64> secondId = store.addMeasurement(second, &error);
    QVERIFY2(secondId, qPrintable(error));
    QVERIFY(*secondId != *id);

    std::optional<Measurement> read = store.measurement(*id, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->value, 120.5);
    QCOMPARE(read->note, m.note);
    QCOMPARE(read->progress, m.progress);
    QCOMPARE(read->enteredBy, QStringLiteral("postgres"));
    QCOMPARE(store.latestMeasurement(indicatorId, QDate(2024, 5, 1))->id, *id);
    QCOMPARE(store.latestMeasurements(QDate(2024, 12, 31)).at(indicatorId).id, *secondId);
    QCOMPARE(store.figureCount(indicatorId, QDate(2024, 1, 1), QDate(2024, 12, 31), 10, &error), 2);

    read->value = 130;
    read->note = QStringLiteral("更正");
    QVERIFY2(store.updateMeasurement(*read, &error), qPrintable(error));
    QCOMPARE(store.measurement(*id)->value, 130.0);
    QVERIFY2(store.removeMeasurement(*secondId, &error), qPrintable(error));
    QVERIFY(!store.measurement(*secondId));

    // An undo puts the removed figure back with its id; a new figure after it gets a new one.
    Measurement putBack = second;
    putBack.id = *secondId;
    QVERIFY2(store.addMeasurement(putBack, &error, true), qPrintable(error));
    QCOMPARE(store.measurement(*secondId)->value, 300.0);
    const std::optional<qint64> third = store.addMeasurement(m, &error);
    QVERIFY2(third, qPrintable(error));
    QVERIFY(*third > *secondId);

    const std::vector<AuditEntry> log = store.auditLog(QStringLiteral("measurement"), *id);
    QCOMPARE(log.size(), std::size_t(3)); // added, value, note
    QCOMPARE(log[0].field, QStringLiteral("*"));
    QCOMPARE(log[1].field, QStringLiteral("value"));
    QCOMPARE(log[1].oldValue, QStringLiteral("120.5"));
    QCOMPARE(log[1].newValue, QStringLiteral("130"));
    QCOMPARE(log[1].who, QStringLiteral("postgres"));
    QCOMPARE(log[2].field, QStringLiteral("note"));

    QVERIFY2(store.setIndicatorField(indicatorId, IndicatorField::Baseline, 90.0, &error),
             qPrintable(error));
    QVERIFY2(store.setIndicatorField(indicatorId, IndicatorField::LeadUnit,
                                     QStringLiteral("市商务局"), &error),
             qPrintable(error));
    QCOMPARE(store.indicator(indicatorId)->baseline, std::optional<double>(90.0));
    QCOMPARE(store.indicator(indicatorId)->leadUnit, QStringLiteral("市商务局"));
    QVERIFY2(store.ensureUnits({QStringLiteral("市商务局"), QStringLiteral("市经信局")}, &error),
             qPrintable(error));
    QCOMPARE(store.units().size(), std::size_t(2));
    QVERIFY(!store.addUnit(ResponsibleUnit{0, QStringLiteral("市商务局"), {}, {}}, &error));
    QVERIFY2(error.contains(QStringLiteral("already holds")), qPrintable(error));
    QVERIFY2(store.setSetting(QStringLiteral("rounds"), QStringLiteral("monthly"), &error),
             qPrintable(error));
    QVERIFY2(store.setSetting(QStringLiteral("rounds"), QStringLiteral("quarterly"), &error),
             qPrintable(error));
    QCOMPARE(store.setting(QStringLiteral("rounds")), QStringLiteral("quarterly"));
}

void TestPostgres::batchIsOneTransaction()
{
    NEED_SERVER();
    PlanStore store;
    QVERIFY(openFresh(server, store, QStringLiteral("batch")));
    QString error;
    QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
    const qint64 m1 = store.indicatorByCode(QStringLiteral("M1"))->id;
    const qint64 m2 = store.indicatorByCode(QStringLiteral("M2"))->id;
    Measurement kept;
    kept.indicatorId = m1;
    kept.date = QDate(2024, 3, 31);
    kept.value = 5.8;
    kept.id = *store.addMeasurement(kept, &error);
    const std::size_t auditBefore = store.auditLog().size();

    MeasurementBatch batch;
    Measurement added;
    added.indicatorId = m2;
    added.date = QDate(2024, 6, 30);
    added.value = 5.1;
    batch.added.push_back(added);
    Measurement changed = kept;
    changed.value = 6.1;
    batch.changed.emplace_back(kept, changed);
    // Nothing of the failed transaction is left to free afterwards (no warning of it).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
    Measurement orphan = added;
    orphan.indicatorId = 999999; // no such indicator: the server refuses it
    batch.added.push_back(orphan);
    QVERIFY(!store.applyBatch(batch, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.measurements(m2).empty());
    QCOMPARE(store.measurement(kept.id)->value, 5.8);
    QCOMPARE(store.auditLog().size(), auditBefore);

    batch.added.pop_back();
    std::vector<qint64> ids;
    QVERIFY2(store.applyBatch(batch, &error, &ids), qPrintable(error));
    QCOMPARE(ids.size(), std::size_t(1));
    QCOMPARE(store.measurements(m2).size(), std::size_t(1));
    QCOMPARE(store.measurement(kept.id)->value, 6.1);
    // And back, as an undo does.
    QVERIFY2(store.applyBatch(MeasurementBatch::reverted(batch, ids), &error), qPrintable(error));
    QVERIFY(store.measurements(m2).empty());
    QCOMPARE(store.measurement(kept.id)->value, 5.8);
}

void TestPostgres::meetingsAndTaskProgressAreKept()
{
    NEED_SERVER();
    PlanStore store;
    QVERIFY(openFresh(server, store, QStringLiteral("meetings")));
    ParsedPlan plan;
    QString error;
    QVERIFY2(BuiltinPlan::parse(&plan, &error), qPrintable(error));
    QVERIFY2(store.importPlan(plan, false, &error), qPrintable(error));
    const Indicator first = store.indicators().front();
    Measurement m;
    m.indicatorId = first.id;
    m.date = QDate(2024, 6, 30);
    m.value = first.target / 3;
    QVERIFY2(store.addMeasurement(m, &error), qPrintable(error));

    TaskStore *tasks = TaskStore::of(&store);
    const TaskRecord task = tasks->tasks().front();
    TaskProgress entry;
    entry.taskId = task.id;
    entry.date = QDate(2024, 6, 30);
    entry.status = TaskStatus::InProgress;
    entry.text = QStringLiteral("已完成年度任务的一半");
    const std::optional<qint64> entryId = tasks->addProgress(entry, &error);
    QVERIFY2(entryId, qPrintable(error));
    QCOMPARE(tasks->progress(task.id).size(), std::size_t(1));
    QCOMPARE(tasks->progress(task.id).front().text, entry.text);
    QCOMPARE(tasks->latestProgress(QDate(2024, 12, 31)).at(task.id).id, *entryId);
    TaskProgress sameMonth = entry;
    sameMonth.date = QDate(2024, 6, 1);
    QVERIFY(!tasks->addProgress(sameMonth, &error)); // one entry per round

    error.clear();
    MeetingStore meetings(&store);
    MeetingScope scope;
    scope.includeUnreported = true;
    scope.includeTasks = true;
    auto built = MeetingBuilder::build(store, QStringLiteral("2024年7月进度调度会"),
                                       QDate(2024, 7, 5), QDate(2024, 7, 1), scope, &error);
    QVERIFY2(built, qPrintable(error));
    const std::optional<qint64> meetingId =
        meetings.addMeeting(built->meeting, built->items, &error);
    QVERIFY2(meetingId, qPrintable(error));
    const std::vector<MeetingItem> items = meetings.items(*meetingId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(items.size(), built->items.size());
    QVERIFY(items.size() > 100);
    MeetingDecision decision;
    decision.reviewed = true;
    decision.decision = QStringLiteral("抓紧推进");
    decision.responsibleUnit = QStringLiteral("市发改委");
    decision.deadline = QDate(2024, 9, 30);
    QVERIFY2(meetings.setDecision(items.front().id, decision, &error), qPrintable(error));
    QCOMPARE(meetings.item(items.front().id)->decision, decision);
    const std::vector<MeetingSummary> summaries = meetings.meetings(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(summaries.size(), std::size_t(1));
    QCOMPARE(summaries.front().reviewed, 1);
    QCOMPARE(summaries.front().decisions, 1);
    QCOMPARE(meetings.decisionsFor(items.front(), 5).size(), std::size_t(1));
}

void TestPostgres::schemaVersionIsRecorded()
{
    NEED_SERVER();
    PlanStore store;
    QString name;
    QVERIFY(openFresh(server, store, QStringLiteral("version"), &name));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT version, application_id FROM pd_schema")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), PlanStore::SchemaVersion);
    QCOMPARE(q.value(1).toInt(), PlanStore::ApplicationId);
    QVERIFY(!q.next()); // one row
    store.close();
    // Opened again, nothing is migrated twice.
    QString error;
    QVERIFY2(store.openServer(addressOf(server, name), {}, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
}

void TestPostgres::anotherProgramsDatabaseIsRefused()
{
    NEED_SERVER();
    const QString name = PostgresServer::freshName(QStringLiteral("other"));
    QString error;
    QVERIFY2(server->createDatabase(name, &error), qPrintable(error));
    QVERIFY2(server->exec(name, {QStringLiteral("CREATE TABLE plan (id int, name text)")}, &error),
             qPrintable(error));
    PlanStore store;
    QVERIFY(!store.openServer(addressOf(server, name), {}, &error));
    QCOMPARE(store.openProblem(), DataFileProblem::NotOurs);
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    QVERIFY(!store.isOpen());
    // Left as it was: no table of ours was made.
    QVERIFY2(server->exec(name,
                          {QStringLiteral("SELECT 1/(count(*) = 1)::int FROM pg_tables "
                                          "WHERE schemaname = 'public'")},
                          &error),
             qPrintable(error));
}

void TestPostgres::newerSchemaIsRefused()
{
    NEED_SERVER();
    QString name;
    {
        PlanStore store;
        QVERIFY(openFresh(server, store, QStringLiteral("newer"), &name));
    }
    QString error;
    QVERIFY2(server->exec(name, {QStringLiteral("UPDATE pd_schema SET version = 99")}, &error),
             qPrintable(error));
    PlanStore store;
    QVERIFY(!store.openServer(addressOf(server, name), {}, &error));
    QCOMPARE(store.openProblem(), DataFileProblem::Newer);
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
}

void TestPostgres::connectionFailuresSayWhy()
{
    NEED_SERVER();
    QString error;
    PlanStore store;
    // Nobody listens on port 1.
    ServerAddress nowhere = addressOf(server, QStringLiteral("postgres"));
    nowhere.port = 1;
    QVERIFY(!store.openServer(nowhere, {}, &error));
    QCOMPARE(store.openProblem(), DataFileProblem::Unreachable);
    QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("127.0.0.1:1/postgres")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));

    QVERIFY(!store.openServer(addressOf(server, QStringLiteral("pd_no_such_db")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("has no database pd_no_such_db")), qPrintable(error));

    const QString name = PostgresServer::freshName(QStringLiteral("password"));
    QVERIFY2(server->createDatabase(name, &error), qPrintable(error));
    QVERIFY(!store.openServer(addressOf(server, name, QStringLiteral("pd_pw")),
                              QStringLiteral("wrong"), &error));
    QVERIFY2(error.contains(QLatin1String("refused the password of pd_pw")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("wrong")));
    QVERIFY2(store.openServer(addressOf(server, name, QStringLiteral("pd_pw")),
                              QStringLiteral("secret"), &error),
             qPrintable(error));
    QCOMPARE(store.userName(), QStringLiteral("pd_pw"));
}

void TestPostgres::commandLineWorksOnTheServer()
{
    NEED_SERVER();
    const QString name = PostgresServer::freshName(QStringLiteral("cli"));
    QString error;
    QVERIFY2(server->createDatabase(name, &error), qPrintable(error));
    const QString url = server->url(name);
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        runBinary({QStringLiteral("server-init"), QStringLiteral("--server"), url}, &out, &err), 0);
    QVERIFY2(out.contains("655"), out.constData()); // says what it loaded
    // A second init refuses: the plan is there.
    QVERIFY(runBinary({QStringLiteral("server-init"), QStringLiteral("--server"), url}, &out,
                      &err) != 0);
    QVERIFY2(err.contains("already"), err.constData());

    PlanStore store;
    QVERIFY2(store.openServer(addressOf(server, name), {}, &error), qPrintable(error));
    const QString code = store.indicators().front().code;
    store.close();
    QCOMPARE(
        runBinary({QStringLiteral("record"), QStringLiteral("--server"), url,
                   QStringLiteral("--indicator"), code, QStringLiteral("--value"),
                   QStringLiteral("3.5"), QStringLiteral("--date"), QStringLiteral("2024-06-30")},
                  &out, &err),
        0);
    QVERIFY2(store.openServer(addressOf(server, name), {}, &error), qPrintable(error));
    const std::vector<Measurement> figures = store.measurements(store.indicatorByCode(code)->id);
    QCOMPARE(figures.size(), std::size_t(1));
    QCOMPARE(figures.front().value, 3.5);
    QCOMPARE(store.auditLog(QStringLiteral("measurement")).front().source,
             QStringLiteral("record"));
    store.close();

    QCOMPARE(runBinary({QStringLiteral("export-json"), QStringLiteral("--server"), url,
                        QStringLiteral("--as-of"), QStringLiteral("2024-07-01")},
                       &out, &err),
             0);
    QVERIFY2(out.contains(code.toUtf8()), out.left(400).constData());
    QVERIFY(out.contains("3.5"));

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("book.pdf"));
    QCOMPARE(runBinary({QStringLiteral("export-pdf"), QStringLiteral("--server"), url,
                        QStringLiteral("--out"), pdf, QStringLiteral("--as-of"),
                        QStringLiteral("2024-07-01")},
                       &out, &err),
             0);
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));

    // A bad address or a refused connection: one line, exit code not 0.
    QVERIFY(runBinary({QStringLiteral("export-json"), QStringLiteral("--server"),
                       QStringLiteral("postgresql://u:pw@h/db")},
                      &out, &err) != 0);
    QVERIFY2(err.contains("Leave the password out"), err.constData());
    QVERIFY(!err.contains("pw@"));
    QString nowhere = url;
    nowhere.replace(QStringLiteral(":%1/").arg(server->port()), QStringLiteral(":1/"));
    QVERIFY(runBinary({QStringLiteral("record"), QStringLiteral("--server"), nowhere,
                       QStringLiteral("--indicator"), code, QStringLiteral("--value"),
                       QStringLiteral("1")},
                      &out, &err) != 0);
    QVERIFY2(err.contains("cannot be reached"), err.constData());
    QCOMPARE(err.count('\n'), 1);
    // A database without a plan: server-init first.
    const QString empty = PostgresServer::freshName(QStringLiteral("cli_empty"));
    QVERIFY2(server->createDatabase(empty, &error), qPrintable(error));
    QVERIFY(
        runBinary({QStringLiteral("export-json"), QStringLiteral("--server"), server->url(empty)},
                  &out, &err) != 0);
    QVERIFY2(err.contains("server-init"), err.constData());
}

void TestPostgres::acknowledgedWriteSurvivesAKilledServer()
{
    NEED_SERVER();
    QString name;
    qint64 figureId = 0;
    {
        PlanStore store;
        QVERIFY(openFresh(server, store, QStringLiteral("kill"), &name));
        QString error;
        QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
        Measurement m;
        m.indicatorId = store.indicatorByCode(QStringLiteral("M1"))->id;
        m.date = QDate(2024, 6, 30);
        m.value = 5.9;
        figureId = store.addMeasurement(m, &error).value_or(0);
        QVERIFY2(figureId > 0, qPrintable(error));
        // Acknowledged: the server is killed at once, the connection still open.
        QVERIFY2(server->killHard(&error), qPrintable(error));
        QVERIFY(!server->isRunning());
        QVERIFY(!store.measurement(figureId, &error));
        QVERIFY(!error.isEmpty());
    }
    QString error;
    QVERIFY2(server->start(&error), qPrintable(error)); // crash recovery, the same port
    PlanStore store;
    QVERIFY2(store.openServer(addressOf(server, name), {}, &error), qPrintable(error));
    const std::optional<Measurement> figure = store.measurement(figureId, &error);
    QVERIFY2(figure, qPrintable(error));
    QCOMPARE(figure->value, 5.9);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
