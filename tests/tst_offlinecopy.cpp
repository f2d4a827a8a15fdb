// The offline copy for a meeting without network, and the meeting decisions sent back: what
// the copy holds, what goes back, what does not (changed on both sides) and that nothing goes
// twice.

#include "document/BuiltinPlan.h"
#include "document/OfflineCopy.h"
#include "meeting/MeetingBuilder.h"
#include "meeting/MeetingStore.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

/// Every row of a table as text, in id order, for comparing two files.
QStringList rowsOf(const PlanStore &store, const QString &table)
{
    QSqlQuery q(store.database());
    QStringList rows;
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        return {QStringLiteral("error: ") + table};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QByteArray sha(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const MeetingItem *itemFor(const std::vector<MeetingItem> &items, const QString &code)
{
    for (const MeetingItem &item : items) {
        if (item.code() == code)
            return &item;
    }
    return nullptr;
}

MeetingDecision decided(const char *text, const char *unit = "")
{
    MeetingDecision d;
    d.reviewed = true;
    d.decision = u8(text);
    d.responsibleUnit = u8(unit);
    return d;
}

} // namespace

class TestOfflineCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copyHoldsEverythingRowForRow();
    void decisionsGoBackAndConflictsStay();
    void meetingCreatedOfflineIsAdded();
    void notACopyIsRefused();
    void commandLineRoundTrip();

private:
    qint64 makeMeeting(PlanStore &store, const QString &title)
    {
        MeetingScope scope;
        scope.includeUnreported = true;
        scope.includeTasks = true;
        QString error;
        auto built = MeetingBuilder::build(store, title, QDate(2024, 7, 5), QDate(2024, 7, 1),
                                           scope, &error);
        if (!built) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        MeetingStore meetings(&store);
        return meetings.addMeeting(built->meeting, built->items, &error).value_or(0);
    }

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<PlanStore> m_server; ///< the shared data the copy is taken from
    qint64 m_meeting = 0;
};

void TestOfflineCopy::init()
{
    m_file = std::make_unique<test::TempDataFile>(QStringLiteral("shared.sqlite"));
    m_server = std::make_unique<PlanStore>();
    QString error;
    QVERIFY2(BuiltinPlan::openWithPlan(*m_server, m_file->path(), &error), qPrintable(error));
    // Figures, a task's 进展情况, units and a meeting with one decision already taken.
    const Indicator first = m_server->indicators().front();
    Measurement m;
    m.indicatorId = first.id;
    m.date = QDate(2024, 6, 30);
    m.value = first.target / 2;
    m.progress = u8("上半年完成过半");
    QVERIFY(m_server->addMeasurement(m, &error));
    TaskStore *tasks = TaskStore::of(m_server.get());
    const TaskRecord task = tasks->tasks().front();
    QVERIFY(tasks->setTaskField(task.id, TaskField::Status, int(TaskStatus::InProgress), &error));
    TaskProgress p;
    p.taskId = task.id;
    p.date = QDate(2024, 6, 20);
    p.status = TaskStatus::InProgress;
    p.text = u8("已开工建设");
    QVERIFY(tasks->addProgress(p, &error));
    QVERIFY(m_server->ensureUnits({u8("市发展改革委"), u8("市经信局")}, &error));
    m_meeting = makeMeeting(*m_server, u8("7月调度会"));
    QVERIFY(m_meeting > 0);
    MeetingStore meetings(m_server.get());
    const std::vector<MeetingItem> items = meetings.items(m_meeting);
    QVERIFY(meetings.setDecision(items[0].id, decided("会前已定的意见"), &error));
}

void TestOfflineCopy::cleanup()
{
    m_server.reset();
    m_file.reset();
}

void TestOfflineCopy::copyHoldsEverythingRowForRow()
{
    const QString copyPath = m_file->filePath(QStringLiteral("laptop.sqlite"));
    QString error;
    QVERIFY2(OfflineCopy::write(*m_server, m_file->path(), copyPath, &error), qPrintable(error));
    PlanStore copy;
    QVERIFY2(copy.open(copyPath, &error), qPrintable(error));
    for (const QString &table : OfflineCopy::tables()) {
        QStringList theirs = rowsOf(*m_server, table);
        QStringList ours = rowsOf(copy, table);
        if (table == QLatin1String("setting")) {
            // The copy's own three settings say where it came from.
            ours.erase(std::remove_if(ours.begin(), ours.end(),
                                      [](const QString &row) {
                                          return row.startsWith(QLatin1String("offline."));
                                      }),
                       ours.end());
        }
        QCOMPARE(ours, theirs);
    }
    QVERIFY(!rowsOf(copy, QStringLiteral("task_progress")).isEmpty());
    QVERIFY(!rowsOf(copy, QStringLiteral("meeting_item")).isEmpty());
    QCOMPARE(OfflineCopy::sourceOf(copy), m_file->path());
    QVERIFY(OfflineCopy::takenAt(copy).isValid());
    QVERIFY(OfflineCopy::sourceOf(*m_server).isEmpty());
    // It is an ordinary data file: the plan, the tasks and the meetings read back.
    QCOMPARE(copy.indicators().size(), m_server->indicators().size());
    QCOMPARE(int(TaskStore::of(&copy)->tasks().size()), 655);
    QCOMPARE(MeetingStore(&copy).items(m_meeting)[0].decision.decision, u8("会前已定的意见"));

    // Nothing to send from a fresh copy.
    const std::optional<OfflineCopy::Outcome> outcome =
        OfflineCopy::compare(copy, *m_server, &error);
    QVERIFY2(outcome, qPrintable(error));
    QVERIFY(outcome->nothingToSend());
    QVERIFY(outcome->conflicts.empty());
}

void TestOfflineCopy::decisionsGoBackAndConflictsStay()
{
    const QString copyPath = m_file->filePath(QStringLiteral("laptop.sqlite"));
    QString error;
    QVERIFY2(OfflineCopy::write(*m_server, m_file->path(), copyPath, &error), qPrintable(error));
    PlanStore copy;
    QVERIFY(copy.open(copyPath, &error));
    MeetingStore offline(&copy);
    MeetingStore online(m_server.get());
    const std::vector<MeetingItem> items = offline.items(m_meeting);
    QVERIFY(items.size() > 4);
    // Offline: items 1, 2 and 3 decided, the participants written down.
    QVERIFY(offline.setDecision(items[1].id, decided("限期整改", "市经信局"), &error));
    QVERIFY(offline.setDecision(items[2].id, decided("会上意见"), &error));
    QVERIFY(offline.setDecision(items[3].id, decided("双方一致"), &error));
    MeetingParticipants people{u8("张市长"), u8("各部门负责人"), u8("李秘书")};
    QVERIFY(offline.setParticipants(m_meeting, people, &error));
    // Meanwhile on the shared data: item 2 decided otherwise, item 3 the same way.
    QVERIFY(online.setDecision(items[2].id, decided("另有安排"), &error));
    QVERIFY(online.setDecision(items[3].id, decided("双方一致"), &error));

    const std::optional<OfflineCopy::Outcome> preview =
        OfflineCopy::compare(copy, *m_server, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(int(preview->sent.size()), 1);
    QCOMPARE(preview->sent[0].targetItemId, items[1].id);
    QCOMPARE(int(preview->conflicts.size()), 1);
    QCOMPARE(preview->conflicts[0].before.decision, u8("另有安排"));
    QCOMPARE(preview->conflicts[0].after.decision, u8("会上意见"));
    QCOMPARE(preview->alreadyThere, 1);
    QCOMPARE(preview->participantChanges, 1);
    // compare() changed nothing.
    QCOMPARE(online.items(m_meeting)[1].decision.decision, QString());

    const std::optional<OfflineCopy::Outcome> sent = OfflineCopy::send(copy, *m_server, &error);
    QVERIFY2(sent, qPrintable(error));
    const std::vector<MeetingItem> after = online.items(m_meeting);
    QCOMPARE(after[1].decision.decision, u8("限期整改"));
    QCOMPARE(after[1].decision.responsibleUnit, u8("市经信局"));
    QCOMPARE(after[2].decision.decision, u8("另有安排")); // the conflict is not overwritten
    QCOMPARE(after[0].decision.decision, u8("会前已定的意见"));
    QCOMPARE(online.meeting(m_meeting)->participants, people);
    // The audit rows say where the change came from.
    bool named = false;
    for (const AuditEntry &entry :
         m_server->auditLog(QStringLiteral("meeting_item"), items[1].id)) {
        if (entry.field == QLatin1String("decision"))
            named = entry.source.contains(QStringLiteral("laptop.sqlite"));
    }
    QVERIFY(named);

    // Sending again sends nothing twice; the conflict is still listed.
    const std::optional<OfflineCopy::Outcome> again = OfflineCopy::send(copy, *m_server, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->sent.empty());
    QCOMPARE(again->participantChanges, 0);
    QCOMPARE(int(again->conflicts.size()), 1);
    QVERIFY(again->nothingToSend());
}

void TestOfflineCopy::meetingCreatedOfflineIsAdded()
{
    const QString copyPath = m_file->filePath(QStringLiteral("laptop.sqlite"));
    QString error;
    QVERIFY2(OfflineCopy::write(*m_server, m_file->path(), copyPath, &error), qPrintable(error));
    PlanStore copy;
    QVERIFY(copy.open(copyPath, &error));
    const qint64 offlineMeeting = makeMeeting(copy, u8("现场办公会"));
    QVERIFY(offlineMeeting > 0);
    MeetingStore offline(&copy);
    const std::vector<MeetingItem> items = offline.items(offlineMeeting);
    const MeetingItem *task = nullptr;
    for (const MeetingItem &item : items) {
        if (item.isTask()) {
            task = &item;
            break;
        }
    }
    QVERIFY(task);
    QVERIFY(offline.setDecision(task->id, decided("现场协调解决用地问题"), &error));
    QVERIFY(offline.setDecision(items[0].id, decided("加快进度"), &error));

    const std::optional<OfflineCopy::Outcome> sent = OfflineCopy::send(copy, *m_server, &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->newMeetings, QStringList{u8("现场办公会")});
    MeetingStore online(m_server.get());
    const std::vector<MeetingSummary> meetings = online.meetings();
    QCOMPARE(int(meetings.size()), 2);
    qint64 added = 0;
    for (const MeetingSummary &m : meetings) {
        if (m.title == u8("现场办公会"))
            added = m.id;
    }
    QVERIFY(added);
    const std::vector<MeetingItem> there = online.items(added);
    QCOMPARE(there.size(), items.size());
    const MeetingItem *sentTask = itemFor(there, task->code());
    QVERIFY(sentTask);
    QCOMPARE(sentTask->decision.decision, u8("现场协调解决用地问题"));
    QCOMPARE(sentTask->taskId, TaskStore::of(m_server.get())->taskByCode(task->code())->id);
    QCOMPARE(itemFor(there, items[0].code())->indicatorId,
             m_server->indicatorByCode(items[0].code())->id);

    // Not twice.
    const std::optional<OfflineCopy::Outcome> again = OfflineCopy::send(copy, *m_server, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->newMeetings.isEmpty());
    QCOMPARE(int(online.meetings().size()), 2);
    // A later decision on the meeting made offline goes back to the meeting added there.
    QVERIFY(offline.setDecision(items[1].id, decided("会后补充意见"), &error));
    const std::optional<OfflineCopy::Outcome> later = OfflineCopy::send(copy, *m_server, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(int(later->sent.size()), 1);
    QCOMPARE(itemFor(online.items(added), items[1].code())->decision.decision, u8("会后补充意见"));
}

void TestOfflineCopy::notACopyIsRefused()
{
    test::TempDataFile other;
    QVERIFY(other.importSamplePlan());
    PlanStore plain;
    QVERIFY(plain.open(other.path(), nullptr));
    QString error;
    QVERIFY(!OfflineCopy::compare(plain, *m_server, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!OfflineCopy::send(plain, *m_server, &error));
    // A copy into a missing folder leaves nothing behind and says why.
    const QString nowhere = m_file->filePath(QStringLiteral("missing/laptop.sqlite"));
    QVERIFY(!OfflineCopy::write(*m_server, m_file->path(), nowhere, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

void TestOfflineCopy::commandLineRoundTrip()
{
    const QString binary = QStringLiteral(PD_BINARY);
    const QString copyPath = m_file->filePath(QStringLiteral("cli-copy.sqlite"));
    m_server->close();
    const QByteArray before = sha(m_file->path());
    auto run = [&binary](const QStringList &arguments, int *code) {
        QProcess process;
        process.start(binary, arguments);
        process.waitForFinished(60000);
        *code = process.exitCode();
        return QString::fromLocal8Bit(process.readAllStandardOutput() +
                                      process.readAllStandardError());
    };
    int code = -1;
    QString output = run({QStringLiteral("offline-copy"), QStringLiteral("--db"), m_file->path(),
                          QStringLiteral("--out"), copyPath},
                         &code);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(QFile::exists(copyPath));
    {
        PlanStore copy;
        QVERIFY(copy.open(copyPath, nullptr));
        MeetingStore offline(&copy);
        QVERIFY(offline.setDecision(offline.items(m_meeting)[1].id, decided("命令行送回的意见"),
                                    nullptr));
    }
    // A dry run says what would go and changes nothing.
    output = run({QStringLiteral("send-decisions"), QStringLiteral("--db"), copyPath,
                  QStringLiteral("--dry-run")},
                 &code);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1Char('1')), qPrintable(output));
    QCOMPARE(sha(m_file->path()), before);
    output = run({QStringLiteral("send-decisions"), QStringLiteral("--db"), copyPath}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    PlanStore shared;
    QVERIFY(shared.open(m_file->path(), nullptr));
    QCOMPARE(MeetingStore(&shared).items(m_meeting)[1].decision.decision, u8("命令行送回的意见"));
    // Not a copy: refused with a message.
    output = run({QStringLiteral("send-decisions"), QStringLiteral("--db"), m_file->path()}, &code);
    QCOMPARE(code, 1);
    QVERIFY(!output.trimmed().isEmpty());
}

QTEST_MAIN(TestOfflineCopy)
#include "tst_offlinecopy.moc"
