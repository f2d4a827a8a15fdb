#include "meeting/MeetingStore.h"
#include "store/PlanStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace pd;

class TestPlanStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void planRoundTrip();
    void importRefusesToOverwriteWithoutReplace();
    void measurementsRoundTripWithAudit();
    void latestMeasurementAsOf();
    void indicatorFieldEditsAreAuditedAndValidated();
    void pragmas();
    void migratesVersion1File();
    void migratesVersion4FileWithMeetings();
    void migratesVersion5FileToStretchTargets();
    void planCurveIsKeptValidatedAndAudited();
    void migratesVersion6FileToUnitsAndRounds();
    void roundTextsAreKeptAndAudited();
    void unitsListKeepsNamesUniqueAndRenamesOnIndicators();
    void manyIndicatorsGetAUnitInOneChange();
    void batchIsOneTransactionAndRevertsExactly();
    void settingsAreKeptAndAudited();
    void badFilesAreRefusedAndLeftUnchanged_data();
    void badFilesAreRefusedAndLeftUnchanged();
    void readOnlyFolderIsRefused();
    void externalChangesAreNoticed();
    void outsideChangesAreFollowedRowByRow();
    void failedReadsSayWhyAndAreAnnounced();
    void readsOnAClosedStoreSaySo();
    void changeIsRefusedWhenItsTransactionCannotBegin();
    void changeIsRefusedWhileAnotherConnectionWrites();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// Runs statements on a second connection to the file, as another process would.
    static bool fromOutside(const QString &file, const QStringList &statements);
    /// The statements that take a file back from version 7 to version 6.
    static QStringList undoVersion7();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPlanStore::initTestCase()
{
    if (const QString reason = test::engineUnavailable(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
}

void TestPlanStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestPlanStore::planRoundTrip()
{
    const ParsedPlan sample = test::samplePlan();
    {
        PlanStore store;
        QString error;
        QVERIFY2(test::openStore(store, path(QStringLiteral("plan.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(!store.hasPlan());
        QVERIFY2(store.importPlan(sample, false, &error), qPrintable(error));
    }
    PlanStore store;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), nullptr));
    QVERIFY(store.hasPlan());
    const PlanInfo info = store.planInfo();
    QCOMPARE(info.title, sample.info.title);
    QCOMPARE(info.government, sample.info.government);
    QCOMPARE(info.year, 2024);
    QCOMPARE(info.sourceText, sample.info.sourceText);

    const auto nodes = store.nodes();
    QCOMPARE(nodes.size(), sample.nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        QCOMPARE(nodes[i].title, sample.nodes[i].title);
        QCOMPARE(nodes[i].kind, sample.nodes[i].kind);
        QCOMPARE(nodes[i].ordinal, sample.nodes[i].ordinal);
        const int parent = sample.nodes[i].parent;
        QCOMPARE(nodes[i].parentId, parent < 0 ? 0 : nodes[parent].id);
    }
    const auto indicators = store.indicators();
    QCOMPARE(indicators.size(), sample.indicators.size());
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const Indicator &want = sample.indicators[i].indicator;
        const Indicator &got = indicators[i];
        QCOMPARE(got.code, want.code);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.target, want.target);
        QCOMPARE(got.unit, want.unit);
        QCOMPARE(got.comparator, want.comparator);
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.snippet, want.snippet);
        QCOMPARE(got.baseline, want.baseline);
        QCOMPARE(got.nodeId, nodes[sample.indicators[i].node].id);
    }
    QCOMPARE(store.indicatorByCode(QStringLiteral("A1.1.2"))->baseline, std::optional<double>(90));
    QVERIFY(!store.indicatorByCode(QStringLiteral("X9")));
}

void TestPlanStore::importRefusesToOverwriteWithoutReplace()
{
    PlanStore store;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), nullptr));
    QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    ParsedPlan other = test::samplePlan();
    other.info.title = QStringLiteral("另一个计划");
    QString error;
    QVERIFY(!store.importPlan(other, false, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.planInfo().title, test::samplePlan().info.title);
    QSignalSpy replaced(&store, &PlanStore::planReplaced);
    QVERIFY(store.importPlan(other, true, &error));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(store.planInfo().title, other.info.title);
    QCOMPARE(store.indicators().size(), other.indicators.size());
}

void TestPlanStore::measurementsRoundTripWithAudit()
{
    const QString file = path(QStringLiteral("plan.sqlite"));
    qint64 indicatorId = 0;
    qint64 firstId = 0;
    {
        PlanStore store;
        store.setUserName(QStringLiteral("张三"));
        QVERIFY(test::openStore(store, file, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
        indicatorId = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
        QSignalSpy changed(&store, &PlanStore::measurementsChanged);
        Measurement m;
        m.indicatorId = indicatorId;
        m.date = QDate(2024, 3, 31);
        m.value = 120;
        m.note = QStringLiteral("一季度");
        const auto id = store.addMeasurement(m, nullptr);
        QVERIFY(id);
        firstId = *id;
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), indicatorId);
        m.date = QDate(2024, 6, 30);
        m.value = 260;
        m.note.clear();
        QVERIFY(store.addMeasurement(m, nullptr));

        Measurement edit = *store.measurement(firstId);
        edit.value = 130;
        QVERIFY(store.updateMeasurement(edit, nullptr));
        QCOMPARE(changed.count(), 3);
    }
    PlanStore store;
    QVERIFY(test::openStore(store, file, nullptr));
    const auto list = store.measurements(indicatorId);
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list[0].value, 130.0);
    QCOMPARE(list[0].date, QDate(2024, 3, 31));
    QCOMPARE(list[0].note, QStringLiteral("一季度"));
    QCOMPARE(list[0].enteredBy, QStringLiteral("张三"));
    QVERIFY(list[0].enteredAt.isValid());
    QCOMPARE(list[1].value, 260.0);

    const auto log = store.auditLog(QStringLiteral("measurement"), firstId);
    QCOMPARE(log.size(), std::size_t(2)); // created, then value changed
    QCOMPARE(log[1].field, QStringLiteral("value"));
    QCOMPARE(log[1].oldValue, QStringLiteral("120"));
    QCOMPARE(log[1].newValue, QStringLiteral("130"));
    QCOMPARE(log[1].who, QStringLiteral("张三"));

    QVERIFY(store.removeMeasurement(firstId, nullptr));
    QCOMPARE(store.measurements(indicatorId).size(), std::size_t(1));
    QCOMPARE(store.auditLog(QStringLiteral("measurement"), firstId).size(), std::size_t(3));
    QString error;
    QVERIFY(!store.removeMeasurement(firstId, &error));
    QVERIFY(!error.isEmpty());
}

void TestPlanStore::latestMeasurementAsOf()
{
    PlanStore store;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), nullptr));
    QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    const qint64 a = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    const qint64 b = store.indicatorByCode(QStringLiteral("L1.1"))->id;
    for (auto [id, date, value] :
         {std::tuple{a, QDate(2024, 3, 31), 100.0}, std::tuple{a, QDate(2024, 6, 30), 200.0},
          std::tuple{b, QDate(2024, 5, 1), 300.0}}) {
        Measurement m;
        m.indicatorId = id;
        m.date = date;
        m.value = value;
        QVERIFY(store.addMeasurement(m, nullptr));
    }
    auto latest = store.latestMeasurements(QDate(2024, 4, 30));
    QCOMPARE(latest.size(), std::size_t(1));
    QCOMPARE(latest.at(a).value, 100.0);
    latest = store.latestMeasurements(QDate(2024, 6, 30));
    QCOMPARE(latest.at(a).value, 200.0);
    QCOMPARE(latest.at(b).value, 300.0);
    QCOMPARE(store.latestMeasurement(a, QDate(2024, 6, 29))->value, 100.0);
    QVERIFY(!store.latestMeasurement(a, QDate(2024, 1, 1)));
    // The tree's lean read: the same figures, with no texts.
    std::vector<Measurement> lean = store.latestFigures(QDate(2024, 6, 30));
    QCOMPARE(lean.size(), std::size_t(2));
    for (const Measurement &m : lean) {
        QCOMPARE(m.value, latest.at(m.indicatorId).value);
        QCOMPARE(m.date, latest.at(m.indicatorId).date);
        QCOMPARE(m.id, latest.at(m.indicatorId).id);
    }
    // Counted, not read: up to the limit asked for, within the dates.
    QCOMPARE(store.figureCount(a, QDate(2024, 1, 1), QDate(2024, 6, 30), 5), 2);
    QCOMPARE(store.figureCount(a, QDate(2024, 1, 1), QDate(2024, 6, 30), 1), 1);
    QCOMPARE(store.figureCount(a, QDate(2024, 4, 1), QDate(2024, 6, 29), 5), 0);
}

void TestPlanStore::indicatorFieldEditsAreAuditedAndValidated()
{
    PlanStore store;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), nullptr));
    QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    const qint64 id = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    QSignalSpy changed(&store, &PlanStore::indicatorChanged);
    QString error;
    QVERIFY(
        store.setIndicatorField(id, IndicatorField::LeadUnit, QStringLiteral("市商务局"), &error));
    QVERIFY(store.setIndicatorField(id, IndicatorField::CoUnits, QStringLiteral("各区县"), &error));
    QVERIFY(store.setIndicatorField(id, IndicatorField::Target, 600.0, &error));
    QVERIFY(store.setIndicatorField(id, IndicatorField::Comparator, QStringLiteral("~"), &error));
    QVERIFY(store.setIndicatorField(id, IndicatorField::Baseline, 450.0, &error));
    QCOMPARE(changed.count(), 5);

    QVERIFY(!store.setIndicatorField(id, IndicatorField::Name, QStringLiteral("  "), &error));
    QVERIFY(!store.setIndicatorField(id, IndicatorField::Target, QStringLiteral("abc"), &error));
    QVERIFY(!store.setIndicatorField(id, IndicatorField::Kind, QStringLiteral("nonsense"), &error));
    QCOMPARE(changed.count(), 5);

    const Indicator ind = *store.indicator(id);
    QCOMPARE(ind.leadUnit, QStringLiteral("市商务局"));
    QCOMPARE(ind.coUnits, QStringLiteral("各区县"));
    QCOMPARE(ind.target, 600.0);
    QCOMPARE(ind.comparator, Comparator::About);
    QCOMPARE(ind.baseline, std::optional<double>(450));
    QCOMPARE(ind.name, QStringLiteral("新引进首店"));

    QVERIFY(store.setIndicatorField(id, IndicatorField::Baseline, QVariant(), &error));
    QVERIFY(!store.indicator(id)->baseline);

    const auto log = store.auditLog(QStringLiteral("indicator"), id);
    QCOMPARE(log.size(), std::size_t(6));
    QCOMPARE(log[2].field, QStringLiteral("target"));
    QCOMPARE(log[2].oldValue, QStringLiteral("500"));
    QCOMPARE(log[2].newValue, QStringLiteral("600"));
}

void TestPlanStore::pragmas()
{
    PD_FILE_ONLY("SQLite's PRAGMA settings");
    PlanStore store;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), nullptr));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path(QStringLiteral("plan.sqlite")));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), PlanStore::ApplicationId);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestPlanStore::migratesVersion1File()
{
    PD_FILE_ONLY("a file of an old version");
    // A file as version 1 of the schema wrote it (frozen here on purpose).
    const QString file = path(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const char *const statements[] = {
            "CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT NOT NULL, government TEXT NOT "
            "NULL DEFAULT '', year INTEGER NOT NULL, source_text TEXT NOT NULL DEFAULT '')",
            "CREATE TABLE node (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES "
            "plan(id) ON DELETE CASCADE, parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, ordinal INTEGER NOT NULL, title TEXT NOT NULL, position INTEGER "
            "NOT NULL)",
            "CREATE TABLE indicator (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL REFERENCES "
            "node(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, name "
            "TEXT NOT NULL, target REAL NOT NULL, unit TEXT NOT NULL, comparator TEXT NOT NULL, "
            "kind TEXT NOT NULL, snippet TEXT NOT NULL, baseline REAL, lead_unit TEXT NOT NULL "
            "DEFAULT '', position INTEGER NOT NULL)",
            "CREATE TABLE measurement (id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL "
            "REFERENCES indicator(id) ON DELETE CASCADE, date TEXT NOT NULL, value REAL NOT NULL, "
            "note TEXT NOT NULL DEFAULT '', entered_by TEXT NOT NULL DEFAULT '', entered_at TEXT "
            "NOT NULL)",
            "CREATE INDEX node_parent ON node(parent_id)",
            "CREATE INDEX indicator_node ON indicator(node_id)",
            "INSERT INTO plan VALUES (1, '旧计划', '成都市', 2024, '')",
            "INSERT INTO node VALUES (1, 1, NULL, 'area', 1, '第一方面', 0)",
            "INSERT INTO indicator VALUES (1, 1, 1, 'A1.0.1', '新建绿道', 1000, '公里', '=', "
            "'count', '新建绿道1000公里', NULL, '市公园城市局', 0)",
            "INSERT INTO measurement VALUES (1, 1, '2024-05-01', 400, '', '李四', "
            "'2024-05-02T10:00:00')",
            "PRAGMA user_version = 1",
        };
        for (const char *sql : statements)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    PlanStore store;
    QString error;
    QVERIFY2(test::openStore(store, file, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    QCOMPARE(store.planInfo().title, QStringLiteral("旧计划"));
    const auto ind = store.indicatorByCode(QStringLiteral("A1.0.1"));
    QVERIFY(ind);
    QCOMPARE(ind->leadUnit, QStringLiteral("市公园城市局"));
    QCOMPARE(ind->coUnits, QString());
    QCOMPARE(store.measurements(ind->id).size(), std::size_t(1));
    // Version 2's additions work on the migrated file.
    QVERIFY2(
        store.setIndicatorField(ind->id, IndicatorField::Notes, QStringLiteral("已核对"), &error),
        qPrintable(error));
    QCOMPARE(store.auditLog().size(), std::size_t(1));
    // Version 4's plan curve too.
    QVERIFY2(
        store.setIndicatorField(ind->id, IndicatorField::PlanCurve, QStringLiteral("Q2 3"), &error),
        qPrintable(error));
    QCOMPARE(store.indicator(ind->id)->planCurve.size(), std::size_t(1));
}

void TestPlanStore::migratesVersion4FileWithMeetings()
{
    PD_FILE_ONLY("a file of an old version");
    // A file as version 4 of the schema wrote it, with a meeting (frozen here on purpose).
    const QString file = path(QStringLiteral("v4.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const char *const statements[] = {
            "CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT NOT NULL, government TEXT NOT "
            "NULL DEFAULT '', year INTEGER NOT NULL, source_text TEXT NOT NULL DEFAULT '')",
            "CREATE TABLE node (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES "
            "plan(id) ON DELETE CASCADE, parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, ordinal INTEGER NOT NULL, title TEXT NOT NULL, position INTEGER "
            "NOT NULL)",
            "CREATE TABLE indicator (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL REFERENCES "
            "node(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, name "
            "TEXT NOT NULL, target REAL NOT NULL, unit TEXT NOT NULL, comparator TEXT NOT NULL, "
            "kind TEXT NOT NULL, snippet TEXT NOT NULL, baseline REAL, lead_unit TEXT NOT NULL "
            "DEFAULT '', position INTEGER NOT NULL, co_units TEXT NOT NULL DEFAULT '', notes TEXT "
            "NOT NULL DEFAULT '', plan_curve TEXT NOT NULL DEFAULT '')",
            "CREATE TABLE measurement (id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL "
            "REFERENCES indicator(id) ON DELETE CASCADE, date TEXT NOT NULL, value REAL NOT NULL, "
            "note TEXT NOT NULL DEFAULT '', entered_by TEXT NOT NULL DEFAULT '', entered_at TEXT "
            "NOT NULL)",
            "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
            "entity TEXT NOT NULL, entity_id INTEGER NOT NULL, field TEXT NOT NULL, old_value "
            "TEXT, new_value TEXT)",
            "CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT "
            "NULL, as_of TEXT NOT NULL, scope_nodes TEXT NOT NULL DEFAULT '', behind_only INTEGER "
            "NOT NULL DEFAULT 0, expected REAL NOT NULL DEFAULT 0, plan_title TEXT NOT NULL "
            "DEFAULT '', parts TEXT NOT NULL DEFAULT '[]', resume_slide TEXT NOT NULL DEFAULT '', "
            "created_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
            "CREATE TABLE meeting_item (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL "
            "REFERENCES meeting(id) ON DELETE CASCADE, indicator_id INTEGER REFERENCES "
            "indicator(id) ON DELETE SET NULL, position INTEGER NOT NULL, part INTEGER NOT NULL "
            "DEFAULT 0, reviewed INTEGER NOT NULL DEFAULT 0, decision TEXT NOT NULL DEFAULT '', "
            "responsible_unit TEXT NOT NULL DEFAULT '', deadline TEXT NOT NULL DEFAULT '', "
            "snapshot TEXT NOT NULL DEFAULT '{}')",
            "CREATE INDEX node_parent ON node(parent_id)",
            "CREATE INDEX indicator_node ON indicator(node_id)",
            "CREATE INDEX audit_entity ON audit_log(entity, entity_id)",
            "CREATE INDEX measurement_indicator_date ON measurement(indicator_id, date)",
            "CREATE INDEX meeting_date ON meeting(date)",
            "CREATE INDEX meeting_item_meeting ON meeting_item(meeting_id, position)",
            "CREATE INDEX meeting_item_indicator ON meeting_item(indicator_id)",
            "INSERT INTO plan VALUES (1, '旧计划', '成都市', 2024, '')",
            "INSERT INTO node VALUES (1, 1, NULL, 'area', 1, '第一方面', 0)",
            "INSERT INTO indicator VALUES (1, 1, 1, 'A1.0.1', '新建绿道', 1000, '公里', '=', "
            "'count', '新建绿道1000公里', NULL, '市公园城市局', 0, '', '', '')",
            "INSERT INTO measurement VALUES (1, 1, '2024-05-01', 400, '', '李四', "
            "'2024-05-02T10:00:00')",
            "INSERT INTO meeting VALUES (1, '2024年5月进度调度会', '2024-06-05', '2024-05-31', '', "
            "0, 0.41, '旧计划', '[]', 'item:1', '李四', '2024-06-05T09:00:00')",
            "INSERT INTO meeting_item VALUES (1, 1, 1, 0, 0, 1, '加快建设', '市公园城市局', "
            "'2024-09-30', '{\"code\":\"A1.0.1\",\"name\":\"新建绿道\"}')",
            "PRAGMA application_id = 1346650673",
            "PRAGMA user_version = 4",
        };
        for (const char *sql : statements)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    PlanStore store;
    QString error;
    QVERIFY2(test::openStore(store, file, &error), qPrintable(error));
    QVERIFY(store.schemaVersion() >= 5);
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    MeetingStore meetings(&store);
    // The meeting as it was: nobody named yet, and (as every meeting before version 5) its
    // scope took indicators with no figures; it resumes where it stopped, unfiltered.
    std::optional<Meeting> meeting = meetings.meeting(1, &error);
    QVERIFY2(meeting, qPrintable(error));
    QCOMPARE(meeting->title, QStringLiteral("2024年5月进度调度会"));
    QCOMPARE(meeting->resumeSlide, QStringLiteral("item:1"));
    QVERIFY(!meeting->resumeBehindOnly);
    QVERIFY(meeting->scope.includeUnreported);
    QCOMPARE(meeting->participants, MeetingParticipants());
    const std::vector<MeetingItem> items = meetings.items(1);
    QCOMPARE(items.size(), std::size_t(1));
    QCOMPARE(items[0].decision.decision, QStringLiteral("加快建设"));
    QVERIFY(items[0].decision.reviewed);
    QCOMPARE(items[0].snapshot.indicator.code, QStringLiteral("A1.0.1"));

    // Version 5's fields work on the migrated file.
    MeetingParticipants people;
    people.chair = QStringLiteral("王市长");
    people.attendees = QStringLiteral("市发改委、市公园城市局");
    people.recorder = QStringLiteral("李秘书");
    QVERIFY2(meetings.setParticipants(1, people, &error), qPrintable(error));
    QVERIFY2(meetings.setResumeSlide(1, QStringLiteral("part:0"), true, &error), qPrintable(error));
    meeting = meetings.meeting(1);
    QCOMPARE(meeting->participants, people);
    QVERIFY(meeting->resumeBehindOnly);
    QCOMPARE(meeting->resumeSlide, QStringLiteral("part:0"));
    QCOMPARE(store.auditLog(QStringLiteral("meeting"), 1).size(), std::size_t(3));
}

void TestPlanStore::planCurveIsKeptValidatedAndAudited()
{
    PlanStore store;
    QString error;
    QVERIFY(test::openStore(store, m_dir->filePath(QStringLiteral("curve.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    const qint64 id = store.indicatorByCode(QStringLiteral("L1.1"))->id;
    QVERIFY(store.indicator(id)->planCurve.empty());
    // Quarters and dates, in any order and with either separator, kept by date.
    QVERIFY2(store.setIndicatorField(id, IndicatorField::PlanCurve,
                                     QStringLiteral("2024-09-30 600；Q1 100; q2: 300"), &error),
             qPrintable(error));
    const std::vector<PlanPoint> expected{
        {QDate(2024, 3, 31), 100}, {QDate(2024, 6, 30), 300}, {QDate(2024, 9, 30), 600}};
    QCOMPARE(store.indicator(id)->planCurve, expected);
    QCOMPARE(
        PlanStore::indicatorFieldValue(*store.indicator(id), IndicatorField::PlanCurve).toString(),
        QStringLiteral("2024-03-31 100; 2024-06-30 300; 2024-09-30 600"));
    QCOMPARE(store.auditLog().back().field, QStringLiteral("plan_curve"));
    // Refused: another year, not a number, a date twice; nothing changes.
    const std::size_t audits = store.auditLog().size();
    for (const QString &bad : {QStringLiteral("2023-06-30 300"), QStringLiteral("Q2 很多"),
                               QStringLiteral("Q2 1; Q2 2"), QStringLiteral("June 300")}) {
        error.clear();
        QVERIFY2(!store.setIndicatorField(id, IndicatorField::PlanCurve, bad, &error),
                 qPrintable(bad));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(store.auditLog().size(), audits);
    QCOMPARE(store.indicator(id)->planCurve, expected);
    // Survives reopening; an empty text clears it.
    store.close();
    PlanStore again;
    QVERIFY(test::openStore(again, m_dir->filePath(QStringLiteral("curve.sqlite")), &error));
    QCOMPARE(again.indicator(id)->planCurve, expected);
    QVERIFY(again.setIndicatorField(id, IndicatorField::PlanCurve, QString(), &error));
    QVERIFY(again.indicator(id)->planCurve.empty());
}

void TestPlanStore::badFilesAreRefusedAndLeftUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray junk(64 * 1024, '\0');
    QRandomGenerator gen(42);
    for (char &c : junk)
        c = char(gen.bounded(256));
    QTest::newRow("random bytes") << junk;
    QTest::newRow("text") << QByteArrayLiteral("这不是数据文件\n");
    QTest::newRow("truncated sqlite header") << QByteArrayLiteral("SQLite format 3");

    // Real SQLite files that are not ours: made once, read back as bytes.
    auto sqliteFile = [this](const char *name, const QStringList &statements) {
        const QString file = path(QString::fromLatin1(name));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QLatin1String(name));
            db.setDatabaseName(file);
            db.open();
            QSqlQuery q(db);
            for (const QString &sql : statements)
                q.exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QLatin1String(name));
        const QByteArray bytes = test::readFile(file);
        QFile::remove(file);
        return bytes;
    };
    QTest::newRow("newer schema") << sqliteFile(
        "newer", {QStringLiteral("CREATE TABLE plan (id INTEGER PRIMARY KEY)"),
                  QStringLiteral("PRAGMA user_version = 99")});
    QTest::newRow("another program's database") << sqliteFile(
        "other", {QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
                  QStringLiteral("INSERT INTO contacts VALUES (1, 'x')")});
    QTest::newRow("another application id")
        << sqliteFile("appid", {QStringLiteral("CREATE TABLE plan (id INTEGER PRIMARY KEY)"),
                                QStringLiteral("PRAGMA application_id = 1234")});
}

void TestPlanStore::badFilesAreRefusedAndLeftUnchanged()
{
    PD_FILE_ONLY("damaged and foreign files");
    QFETCH(QByteArray, content);
    const QString file = path(QStringLiteral("bad.sqlite"));
    test::writeFile(file, content);
    PlanStore store;
    QString error;
    QVERIFY(!test::openStore(store, file, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.isOpen());
    QCOMPARE(test::readFile(file), content);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
}

void TestPlanStore::readOnlyFolderIsRefused()
{
    PD_FILE_ONLY("folder permissions");
    if (::geteuid() == 0)
        QSKIP("root can write into read-only folders");
    const QString dir = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    PlanStore store;
    QString error;
    QVERIFY(!test::openStore(store, dir + QStringLiteral("/plan.sqlite"), &error));
    QVERIFY(error.contains(QStringLiteral("read-only")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/plan.sqlite")));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPlanStore::externalChangesAreNoticed()
{
    PD_FILE_ONLY("SQLite's data_version (a server tells by NOTIFY)");
    const QString file = path(QStringLiteral("plan.sqlite"));
    PlanStore window;
    QVERIFY(test::openStore(window, file, nullptr));
    QVERIFY(window.importPlan(test::samplePlan(), false, nullptr));
    QVERIFY(!window.changedExternally());
    Measurement m;
    m.indicatorId = window.indicatorByCode(QStringLiteral("L1.1"))->id;
    m.date = QDate(2024, 2, 1);
    m.value = 10;
    QVERIFY(window.addMeasurement(m, nullptr)); // our own change is not "external"
    QVERIFY(!window.changedExternally());
    {
        PlanStore other;
        QVERIFY(test::openStore(other, file, nullptr));
        QVERIFY(other.addMeasurement(m, nullptr));
    }
    QVERIFY(window.changedExternally());
    QVERIFY(!window.changedExternally());
}

void TestPlanStore::migratesVersion5FileToStretchTargets()
{
    PD_FILE_ONLY("a file of an old version");
    // A file as version 5 wrote it: today's schema less version 6's column, with a plan.
    const QString file = path(QStringLiteral("v5.sqlite"));
    const ParsedPlan plan = test::samplePlan();
    QString error;
    {
        PlanStore store;
        QVERIFY2(test::openStore(store, file, &error), qPrintable(error));
        QVERIFY2(store.importPlan(plan, false, &error), qPrintable(error));
    }
    QStringList back = undoVersion7();
    back << QStringLiteral("ALTER TABLE indicator DROP COLUMN stretch_target")
         << QStringLiteral("PRAGMA user_version = 5");
    QVERIFY(fromOutside(file, back));

    PlanStore store;
    QVERIFY2(test::openStore(store, file, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    const std::vector<Indicator> before = store.indicators(&error);
    QCOMPARE(before.size(), plan.indicators.size());
    for (const Indicator &ind : before)
        QVERIFY2(!ind.stretchTarget, qPrintable(ind.code)); // no report said 力争 before

    // Version 6's figure is kept with the plan and read back.
    ParsedPlan striving = plan;
    striving.indicators.front().indicator.stretchTarget = 8.0;
    QVERIFY2(store.importPlan(striving, true, &error), qPrintable(error));
    const QString code = striving.indicators.front().indicator.code;
    const std::optional<Indicator> read = store.indicatorByCode(code, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->stretchTarget.value_or(0), 8.0);
    QVERIFY(!store.indicatorByCode(striving.indicators.back().indicator.code)->stretchTarget);
}

void TestPlanStore::outsideChangesAreFollowedRowByRow()
{
    PD_FILE_ONLY("SQLite's data_version (a server tells by NOTIFY)");
    const QString file = path(QStringLiteral("plan.sqlite"));
    PlanStore window;
    QVERIFY(test::openStore(window, file, nullptr));
    QVERIFY(window.importPlan(test::samplePlan(), false, nullptr));
    const qint64 l11 = window.indicatorByCode(QStringLiteral("L1.1"))->id;
    const qint64 m1 = window.indicatorByCode(QStringLiteral("M1"))->id;
    Measurement m;
    m.indicatorId = l11;
    m.date = QDate(2024, 2, 1);
    m.value = 10;
    QVERIFY(window.addMeasurement(m, nullptr));
    QSignalSpy figures(&window, &PlanStore::measurementsChanged);
    QSignalSpy fields(&window, &PlanStore::indicatorChanged);
    QVERIFY(window.followOutsideChanges()); // nothing new: nothing announced, our own included
    QCOMPARE(figures.count() + fields.count(), 0);

    qint64 added = 0;
    {
        PlanStore other; // another program: a figure for L1.1, a unit for M1, a meeting
        QVERIFY(test::openStore(other, file, nullptr));
        added = other.addMeasurement(m, nullptr).value_or(0);
        QVERIFY(added > 0);
        QVERIFY(other.setIndicatorField(m1, IndicatorField::LeadUnit, QStringLiteral("市统计局"),
                                        nullptr));
    }
    QVERIFY(window.changedExternally());
    QVERIFY(window.followOutsideChanges());
    QCOMPARE(figures.count(), 1);
    QCOMPARE(figures.first().first().toLongLong(), l11);
    QCOMPARE(fields.count(), 1);
    QCOMPARE(fields.first().first().toLongLong(), m1);
    QVERIFY(window.followOutsideChanges()); // announced once
    QCOMPARE(figures.count(), 1);

    // A deleted figure does not say whose it was; a replaced plan changes everything.
    {
        PlanStore other;
        QVERIFY(test::openStore(other, file, nullptr));
        QVERIFY(other.removeMeasurement(added, nullptr));
    }
    QVERIFY(!window.followOutsideChanges());
    window.markAllChangesSeen();
    QVERIFY(window.followOutsideChanges());
    {
        PlanStore other;
        QVERIFY(test::openStore(other, file, nullptr));
        QVERIFY(other.importPlan(test::samplePlan(), true, nullptr));
    }
    QVERIFY(!window.followOutsideChanges());
    // A log that lost rows this connection saw belongs to another file: read everything.
    window.markAllChangesSeen();
    QVERIFY(fromOutside(file, {QStringLiteral("DELETE FROM audit_log WHERE id > 3")}));
    QVERIFY(!window.followOutsideChanges());
}

QStringList TestPlanStore::undoVersion7()
{
    // Version 9's columns (meetings of tasks), then version 8's tables (the tasks): a version 7
    // file had none of them.
    return {QStringLiteral("DROP INDEX meeting_item_task"),
            QStringLiteral("ALTER TABLE meeting_item DROP COLUMN task_id"),
            QStringLiteral("ALTER TABLE meeting DROP COLUMN include_tasks"),
            QStringLiteral("DROP TABLE task_indicator"),
            QStringLiteral("DROP TABLE task_progress"),
            QStringLiteral("DROP TABLE task"),
            QStringLiteral("DROP TABLE responsible_unit"),
            QStringLiteral("DROP TABLE setting"),
            QStringLiteral("DROP TABLE imported_sheet"),
            QStringLiteral("DROP INDEX indicator_lead_unit"),
            QStringLiteral("ALTER TABLE measurement DROP COLUMN progress"),
            QStringLiteral("ALTER TABLE measurement DROP COLUMN problems"),
            QStringLiteral("ALTER TABLE measurement DROP COLUMN next_steps"),
            QStringLiteral("ALTER TABLE audit_log DROP COLUMN source")};
}

void TestPlanStore::migratesVersion6FileToUnitsAndRounds()
{
    PD_FILE_ONLY("a file of an old version");
    const QString file = path(QStringLiteral("v6.sqlite"));
    QString error;
    qint64 figureId = 0;
    {
        PlanStore store;
        QVERIFY2(test::openStore(store, file, &error), qPrintable(error));
        QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
        Measurement m;
        m.indicatorId = store.indicatorByCode(QStringLiteral("M1"))->id;
        m.date = QDate(2024, 3, 31);
        m.value = 5.5;
        m.note = QStringLiteral("一季度");
        figureId = store.addMeasurement(m, &error).value_or(0);
        QVERIFY2(figureId > 0, qPrintable(error));
    }
    QStringList back = undoVersion7();
    back << QStringLiteral("PRAGMA user_version = 6");
    QVERIFY(fromOutside(file, back));

    PlanStore store;
    QVERIFY2(test::openStore(store, file, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    const std::optional<Measurement> kept = store.measurement(figureId, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->value, 5.5);
    QCOMPARE(kept->note, QStringLiteral("一季度"));
    QVERIFY(kept->progress.isEmpty() && kept->problems.isEmpty() && kept->nextSteps.isEmpty());
    error.clear();
    QVERIFY(store.units(&error).empty());
    QVERIFY(error.isEmpty());
    QCOMPARE(store.setting(QStringLiteral("round.due_day"), QStringLiteral("10")),
             QStringLiteral("10"));
    for (const AuditEntry &entry : store.auditLog())
        QVERIFY(entry.source.isEmpty()); // the rows written before knew no source
}

void TestPlanStore::roundTextsAreKeptAndAudited()
{
    PlanStore store;
    QString error;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    Measurement m;
    m.indicatorId = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    m.date = QDate(2024, 4, 30);
    m.value = 60;
    m.progress = QStringLiteral("已建成60公里，完成全年目标的一半。");
    m.problems = QStringLiteral("征地拆迁进度偏慢");
    m.nextSteps = QStringLiteral("5月底前完成剩余征地");
    store.setChangeSource(QStringLiteral("record"));
    const qint64 id = store.addMeasurement(m, &error).value_or(0);
    QVERIFY2(id > 0, qPrintable(error));
    std::optional<Measurement> read = store.measurement(id);
    QVERIFY(read);
    QCOMPARE(read->progress, m.progress);
    QCOMPARE(read->problems, m.problems);
    QCOMPARE(read->nextSteps, m.nextSteps);
    // The latest figure carries them too: the PDF and the meeting slides show them.
    const auto latest = store.latestMeasurements(QDate(2024, 6, 30));
    QCOMPARE(latest.at(m.indicatorId).nextSteps, m.nextSteps);
    QCOMPARE(store.latestMeasurement(m.indicatorId, QDate(2024, 6, 30))->problems, m.problems);

    Measurement edited = *read;
    edited.problems.clear();
    edited.nextSteps = QStringLiteral("6月底前全线贯通");
    store.setChangeSource(QString());
    QVERIFY2(store.updateMeasurement(edited, &error), qPrintable(error));
    read = store.measurement(id);
    QVERIFY(read->problems.isEmpty());
    QCOMPARE(read->nextSteps, edited.nextSteps);
    QCOMPARE(read->progress, m.progress);

    const std::vector<AuditEntry> log = store.auditLog(QStringLiteral("measurement"), id);
    QCOMPARE(log.size(), std::size_t(3)); // added; problems and next steps changed
    QCOMPARE(log[0].source, QStringLiteral("record"));
    QCOMPARE(log[1].field, QStringLiteral("problems"));
    QCOMPARE(log[1].oldValue, m.problems);
    QCOMPARE(log[2].field, QStringLiteral("next_steps"));
    QCOMPARE(log[2].newValue, edited.nextSteps);
    QVERIFY(log[2].source.isEmpty());
}

void TestPlanStore::unitsListKeepsNamesUniqueAndRenamesOnIndicators()
{
    PlanStore store;
    QString error;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    QSignalSpy changed(&store, &PlanStore::unitsChanged);
    ResponsibleUnit unit;
    unit.name = QStringLiteral("  市发改委 ");
    unit.contact = QStringLiteral("张三 028-12345678");
    const qint64 id = store.addUnit(unit, &error).value_or(0);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(changed.count(), 1);
    unit.name = QStringLiteral("市发改委");
    QVERIFY(!store.addUnit(unit, &error));
    QVERIFY2(error.contains(QStringLiteral("市发改委")), qPrintable(error));
    QVERIFY(!store.addUnit(ResponsibleUnit{}, &error)); // no name

    QVERIFY(store.ensureUnits({QStringLiteral("市发改委"), QStringLiteral("市交通运输局"),
                               QStringLiteral("市交通运输局"), QString()},
                              &error));
    std::vector<ResponsibleUnit> list = store.units(&error);
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list[0].name, QStringLiteral("市发改委"));
    QCOMPARE(list[0].contact, QStringLiteral("张三 028-12345678"));
    QCOMPARE(list[1].name, QStringLiteral("市交通运输局"));

    const qint64 a111 = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    QVERIFY(store.setIndicatorField(a111, IndicatorField::LeadUnit, QStringLiteral("市发改委"),
                                    &error));
    // A unit that leads an indicator stays; renamed, it is renamed on the indicator too.
    QVERIFY(!store.removeUnit(id, &error));
    QVERIFY2(error.contains(QStringLiteral("市发改委")), qPrintable(error));
    QSignalSpy indicatorChanged(&store, &PlanStore::indicatorChanged);
    ResponsibleUnit renamed = list[0];
    renamed.name = QStringLiteral("市发展改革委");
    QVERIFY2(store.updateUnit(renamed, &error), qPrintable(error));
    QCOMPARE(store.indicator(a111)->leadUnit, QStringLiteral("市发展改革委"));
    QCOMPARE(indicatorChanged.count(), 1);
    renamed.name = QStringLiteral("市交通运输局");
    QVERIFY(!store.updateUnit(renamed, &error)); // taken
    QVERIFY2(store.removeUnit(list[1].id, &error), qPrintable(error));
    QCOMPARE(store.units().size(), std::size_t(1));
    const auto log = store.auditLog(QStringLiteral("responsible_unit"));
    QVERIFY(log.size() >= 4); // two added, one renamed, one removed
    QCOMPARE(log.back().oldValue, QStringLiteral("市交通运输局"));
}

void TestPlanStore::manyIndicatorsGetAUnitInOneChange()
{
    PlanStore store;
    QString error;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    const std::vector<Indicator> all = store.indicators();
    QVERIFY(all.size() >= 3);
    std::vector<std::pair<qint64, QVariant>> values;
    for (std::size_t i = 0; i < 3; ++i)
        values.emplace_back(all[i].id, QStringLiteral("市住建局"));
    QSignalSpy changed(&store, &PlanStore::indicatorChanged);
    QVERIFY2(store.setIndicatorFields(IndicatorField::LeadUnit, values, &error), qPrintable(error));
    QCOMPARE(changed.count(), 3);
    for (std::size_t i = 0; i < 3; ++i)
        QCOMPARE(store.indicator(all[i].id)->leadUnit, QStringLiteral("市住建局"));
    QCOMPARE(store.indicator(all[3].id)->leadUnit, all[3].leadUnit);
    // The same again changes nothing and writes no audit row.
    const std::size_t rows = store.auditLog().size();
    QVERIFY(store.setIndicatorFields(IndicatorField::LeadUnit, values, &error));
    QCOMPARE(store.auditLog().size(), rows);
    // One unknown indicator refuses the whole change.
    values.emplace_back(999999, QStringLiteral("市住建局"));
    values[0].second = QStringLiteral("市水务局");
    QVERIFY(!store.setIndicatorFields(IndicatorField::LeadUnit, values, &error));
    QCOMPARE(store.indicator(all[0].id)->leadUnit, QStringLiteral("市住建局"));
    QVERIFY(!store.setIndicatorFields(IndicatorField::Target, {{all[0].id, 5}}, &error));
}

void TestPlanStore::batchIsOneTransactionAndRevertsExactly()
{
    PlanStore store;
    QString error;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    const qint64 a = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    const qint64 b = store.indicatorByCode(QStringLiteral("M1"))->id;
    Measurement old;
    old.indicatorId = a;
    old.date = QDate(2024, 3, 31);
    old.value = 30;
    old.progress = QStringLiteral("一季度");
    old.id = store.addMeasurement(old, &error).value_or(0);
    QVERIFY(old.id > 0);
    old = *store.measurement(old.id);

    MeasurementBatch batch;
    Measurement fresh;
    fresh.indicatorId = b;
    fresh.date = QDate(2024, 4, 30);
    fresh.value = 5.9;
    fresh.nextSteps = QStringLiteral("稳增长");
    batch.added.push_back(fresh);
    Measurement after = old;
    after.value = 35;
    after.problems = QStringLiteral("资金不足");
    batch.changed.emplace_back(old, after);
    store.setChangeSource(QStringLiteral("sheet 市发改委.xlsx · 市发改委"));
    QSignalSpy changed(&store, &PlanStore::measurementsChanged);
    std::vector<qint64> ids;
    QVERIFY2(store.applyBatch(batch, &error, &ids), qPrintable(error));
    QCOMPARE(ids.size(), std::size_t(1));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(store.measurement(ids[0])->nextSteps, QStringLiteral("稳增长"));
    QCOMPARE(store.measurement(old.id)->value, 35.0);
    QCOMPARE(store.measurement(old.id)->problems, QStringLiteral("资金不足"));
    const auto log = store.auditLog(QStringLiteral("measurement"), ids[0]);
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].source, QStringLiteral("sheet 市发改委.xlsx · 市发改委"));

    // A failing part inside the transaction leaves nothing of the batch.
    MeasurementBatch failing;
    failing.added.push_back(fresh);
    QVERIFY(!store.applyBatch(failing, &error, nullptr, [](QString *why) {
        *why = QStringLiteral("refused");
        return false;
    }));
    QCOMPARE(error, QStringLiteral("refused"));
    QCOMPARE(store.measurements(b).size(), std::size_t(1));

    // Reverting gives back the file's figures exactly.
    QVERIFY2(store.applyBatch(MeasurementBatch::reverted(batch, ids), &error), qPrintable(error));
    QVERIFY(store.measurements(b).empty());
    const Measurement back = *store.measurement(old.id);
    QCOMPARE(back.value, 30.0);
    QVERIFY(back.problems.isEmpty());
    QCOMPARE(back.progress, QStringLiteral("一季度"));
}

void TestPlanStore::settingsAreKeptAndAudited()
{
    const QString file = path(QStringLiteral("plan.sqlite"));
    QString error;
    {
        PlanStore store;
        QVERIFY(test::openStore(store, file, &error));
        QCOMPARE(store.setting(QStringLiteral("round.due_day"), QStringLiteral("10")),
                 QStringLiteral("10"));
        QSignalSpy changed(&store, &PlanStore::settingsChanged);
        QVERIFY2(store.setSetting(QStringLiteral("round.due_day"), QStringLiteral("5"), &error),
                 qPrintable(error));
        QVERIFY(store.setSetting(QStringLiteral("round.due_day"), QStringLiteral("5"), &error));
        QCOMPARE(changed.count(), 1);
    }
    PlanStore store;
    QVERIFY(test::openStore(store, file, &error));
    QCOMPARE(store.setting(QStringLiteral("round.due_day"), QStringLiteral("10")),
             QStringLiteral("5"));
    const auto log = store.auditLog(QStringLiteral("setting"));
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].field, QStringLiteral("round.due_day"));
    QCOMPARE(log[0].newValue, QStringLiteral("5"));
}

bool TestPlanStore::fromOutside(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    return ok;
}

void TestPlanStore::failedReadsSayWhyAndAreAnnounced()
{
    PD_FILE_ONLY("tables renamed through a second SQLite connection");
    const QString file = path(QStringLiteral("plan.sqlite"));
    PlanStore store;
    QVERIFY(test::openStore(store, file, nullptr));
    QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    const qint64 id = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    Measurement m;
    m.indicatorId = id;
    m.date = QDate(2024, 3, 31);
    m.value = 120;
    const qint64 measurementId = store.addMeasurement(m, nullptr).value_or(0);
    QVERIFY(measurementId > 0);

    // Each read, and whether what it returned is what an empty file gives.
    const QDate asOf(2024, 12, 31);
    const std::vector<std::pair<QString, std::function<bool(QString *)>>> reads = {
        {QStringLiteral("plan"), [&](QString *e) { return !store.hasPlan(e); }},
        {QStringLiteral("plan"), [&](QString *e) { return store.planInfo(e).id == 0; }},
        {QStringLiteral("sections"), [&](QString *e) { return store.nodes(e).empty(); }},
        {QStringLiteral("indicators"), [&](QString *e) { return store.indicators(e).empty(); }},
        {QStringLiteral("indicators"), [&](QString *e) { return !store.indicator(id, e); }},
        {QStringLiteral("indicators"),
         [&](QString *e) { return !store.indicatorByCode(QStringLiteral("A1.1.1"), e); }},
        {QStringLiteral("measurements"),
         [&](QString *e) { return store.measurements(id, e).empty(); }},
        {QStringLiteral("measurements"), [&](QString *e) { return store.figures(id, e).empty(); }},
        {QStringLiteral("measurements"),
         [&](QString *e) { return !store.measurement(measurementId, e); }},
        {QStringLiteral("measurements"),
         [&](QString *e) { return store.latestMeasurements(asOf, e).empty(); }},
        {QStringLiteral("measurements"),
         [&](QString *e) { return !store.latestMeasurement(id, asOf, e); }},
        {QStringLiteral("change log"),
         [&](QString *e) { return store.auditLog({}, 0, e).empty(); }},
    };
    QSignalSpy failed(&store, &PlanStore::readFailed);
    for (const auto &read : reads) {
        QString error;
        QVERIFY(!read.second(&error)); // all there while the file is sound
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(failed.count(), 0);

    // Another program takes the tables away under the open store.
    const QStringList tables{QStringLiteral("plan"), QStringLiteral("node"),
                             QStringLiteral("indicator"), QStringLiteral("measurement"),
                             QStringLiteral("audit_log")};
    QStringList away, back;
    for (const QString &table : tables) {
        away << QStringLiteral("ALTER TABLE %1 RENAME TO gone_%1").arg(table);
        back << QStringLiteral("ALTER TABLE gone_%1 RENAME TO %1").arg(table);
    }
    QVERIFY(fromOutside(file, away));
    for (const auto &read : reads) {
        QString error;
        QVERIFY2(read.second(&error), qPrintable(read.first));
        QVERIFY2(error.contains(QStringLiteral("could not be read")), qPrintable(error));
        QVERIFY2(error.contains(read.first), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(failed.last().first().toString(), error);
    }
    QCOMPARE(failed.count(), int(reads.size()));
    // Without an error pointer the window still hears of it.
    QVERIFY(store.indicators().empty());
    QCOMPARE(failed.count(), int(reads.size()) + 1);
    // A change that starts from a failed read says why, not "no longer exists".
    QString error;
    QVERIFY(!store.removeMeasurement(measurementId, &error));
    QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));

    // Once the file is sound again, so are the reads.
    QVERIFY(fromOutside(file, back));
    failed.clear();
    for (const auto &read : reads) {
        error.clear();
        QVERIFY(!read.second(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(failed.count(), 0);
}

void TestPlanStore::readsOnAClosedStoreSaySo()
{
    PlanStore store;
    QSignalSpy failed(&store, &PlanStore::readFailed);
    QString error;
    QVERIFY(store.indicators(&error).empty());
    QCOMPARE(error, QStringLiteral("No data file is open."));
    QVERIFY(!store.hasPlan());
    QCOMPARE(store.schemaVersion(), -1);
    QCOMPARE(failed.count(), 0); // no file, nothing to blame it on
}

void TestPlanStore::changeIsRefusedWhenItsTransactionCannotBegin()
{
    PlanStore store;
    QVERIFY(test::openStore(store, path(QStringLiteral("plan.sqlite")), nullptr));
    QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    const qint64 id = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    Measurement m;
    m.indicatorId = id;
    m.date = QDate(2024, 3, 31);
    m.value = 120;
    const auto existing = store.addMeasurement(m, nullptr);
    QVERIFY(existing);
    const std::size_t audits = store.auditLog().size();
    QSignalSpy measurementsChanged(&store, &PlanStore::measurementsChanged);
    QSignalSpy indicatorChanged(&store, &PlanStore::indicatorChanged);
    QSignalSpy planReplaced(&store, &PlanStore::planReplaced);
    {
        // A transaction already open on the connection: no change may begin its own, and none
        // may run inside this one either (it would be committed below, half a change at best).
        Transaction outer = store.transaction();
        QVERIFY(outer.isActive());
        auto refused = [](const QString &error) {
            return error.startsWith(QStringLiteral("The data file could not be updated: ")) &&
                   error.contains(QStringLiteral("within a transaction"));
        };
        QString error;
        QVERIFY(!store.addMeasurement(m, &error));
        QVERIFY2(refused(error), qPrintable(error));
        Measurement edit = *store.measurement(*existing);
        edit.value = 130;
        error.clear();
        QVERIFY(!store.updateMeasurement(edit, &error));
        QVERIFY2(refused(error), qPrintable(error));
        error.clear();
        QVERIFY(!store.removeMeasurement(*existing, &error));
        QVERIFY2(refused(error), qPrintable(error));
        error.clear();
        QVERIFY(
            !store.setIndicatorField(id, IndicatorField::Notes, QStringLiteral("已核对"), &error));
        QVERIFY2(refused(error), qPrintable(error));
        ParsedPlan other = test::samplePlan();
        other.info.title = QStringLiteral("另一个计划");
        error.clear();
        QVERIFY(!store.importPlan(other, true, &error));
        QVERIFY2(refused(error), qPrintable(error));
        QVERIFY(outer.commit());
    }
    QCOMPARE(measurementsChanged.count(), 0);
    QCOMPARE(indicatorChanged.count(), 0);
    QCOMPARE(planReplaced.count(), 0);
    const auto list = store.measurements(id);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].value, 120.0);
    QCOMPARE(store.auditLog().size(), audits);
    QCOMPARE(store.indicator(id)->notes, QString());
    QCOMPARE(store.planInfo().title, test::samplePlan().info.title);
    // And once the connection is free, the same change goes through.
    QVERIFY(store.addMeasurement(m, nullptr));
}

void TestPlanStore::changeIsRefusedWhileAnotherConnectionWrites()
{
    PD_FILE_ONLY("SQLite's file lock (a server lets both write)");
    const QString file = path(QStringLiteral("plan.sqlite"));
    PlanStore store;
    QVERIFY(test::openStore(store, file, nullptr));
    QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    const qint64 id = store.indicatorByCode(QStringLiteral("L1.1"))->id;
    const std::size_t audits = store.auditLog().size();
    {
        // Wait a moment, not the five seconds a user gets, for the other writer.
        Statement shortWait(store.database(), QStringLiteral("PRAGMA busy_timeout = 50"));
        QVERIFY(shortWait.exec());
    }
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
    other.setDatabaseName(file);
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // holds the write lock
    }
    Measurement m;
    m.indicatorId = id;
    m.date = QDate(2024, 5, 1);
    m.value = 10;
    QString error;
    QVERIFY(!store.addMeasurement(m, &error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    error.clear();
    QVERIFY(!store.setIndicatorField(id, IndicatorField::Notes, QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    // Reading goes on beside the writer (WAL).
    QCOMPARE(store.indicators(&error).size(), test::samplePlan().indicators.size());
    other.rollback();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("w"));

    QVERIFY(store.measurements(id).empty());
    QCOMPARE(store.auditLog().size(), audits);
    QCOMPARE(store.indicator(id)->notes, QString());
    QVERIFY(store.addMeasurement(m, nullptr));
}

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
