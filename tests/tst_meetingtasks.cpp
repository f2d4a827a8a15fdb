// Meetings that walk the 台账's tasks: what the builder takes and in which order, what the
// store keeps, what meeting mode shows and saves, and what the minutes print.

#include "commands/MeetingCommands.h"
#include "document/BuiltinPlan.h"
#include "meeting/MeetingBuilder.h"
#include "meeting/MeetingDeck.h"
#include "meeting/MeetingModeWindow.h"
#include "meeting/MeetingStartDialog.h"
#include "meeting/MeetingStore.h"
#include "meeting/MinutesExporter.h"
#include "report/ReportLabels.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

/// The text of a PDF through pdftotext, or a null string when the tool is missing.
QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList codesOf(const std::vector<MeetingItem> &items)
{
    QStringList codes;
    for (const MeetingItem &item : items)
        codes << item.code();
    return codes;
}

const QDate AsOf(2024, 7, 1);

} // namespace

class TestMeetingTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tasksFollowIndicatorsOverdueAndLaggingFirst();
    void scopeChoosesTheTasks();
    void storedAndReadBackFrozen();
    void replacedPlanKeepsTheSnapshot();
    void deckBehindFilterKeepsOverdueAndLagging();
    void meetingModeShowsAndSavesATask();
    void earlierDecisionOnATaskIsShown();
    void minutesPrintTheTaskDecisions();
    void startDialogOffersTheTasks();

private:
    qint64 build(const MeetingScope &scope, const QString &title = u8("2024年7月调度会"),
                 const QDate &date = QDate(2024, 7, 5))
    {
        QString error;
        auto built = MeetingBuilder::build(*m_store, title, date, AsOf, scope, &error);
        if (!built) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return m_meetings->addMeeting(built->meeting, built->items, &error).value_or(0);
    }
    static MeetingScope withTasks()
    {
        MeetingScope scope;
        scope.includeTasks = true;
        return scope;
    }
    const MeetingItem *itemFor(const std::vector<MeetingItem> &items, const QString &code) const
    {
        for (const MeetingItem &item : items) {
            if (item.code() == code)
                return &item;
        }
        return nullptr;
    }

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<MeetingStore> m_meetings;
    TaskStore *m_tasks = nullptr;
    // Four tasks of the built-in plan: in progress with a 进展情况, lagging, overdue (its
    // deadline moved to 30 June, nobody has reported), and one of 政府自身建设 done.
    TaskRecord m_inProgress;
    TaskRecord m_lagging;
    TaskRecord m_overdue;
    TaskRecord m_government;
};

void TestMeetingTasks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMeetingTasks::init()
{
    m_file = std::make_unique<test::TempDataFile>();
    m_store = std::make_unique<PlanStore>();
    QString error;
    QVERIFY2(BuiltinPlan::openWithPlan(*m_store, m_file->path(), &error), qPrintable(error));
    m_meetings = std::make_unique<MeetingStore>(m_store.get());
    m_tasks = TaskStore::of(m_store.get());
    std::vector<TaskRecord> area2;
    std::vector<TaskRecord> government;
    for (const TaskRecord &task : m_tasks->tasks()) {
        if (task.code.startsWith(QLatin1String("A2.")))
            area2.push_back(task);
        else if (task.code.startsWith(QLatin1Char('G')))
            government.push_back(task);
    }
    QVERIFY(area2.size() > 10);
    QVERIFY(!government.empty());
    m_inProgress = area2[1];
    m_lagging = area2[4];
    m_overdue = area2[9];
    m_government = government[0];
    QVERIFY(m_tasks->setTaskField(m_inProgress.id, TaskField::Status, int(TaskStatus::InProgress),
                                  &error));
    TaskProgress june;
    june.taskId = m_inProgress.id;
    june.date = QDate(2024, 6, 28);
    june.status = TaskStatus::InProgress;
    june.text = u8("已完成项目前期手续，正在开展招标。");
    QVERIFY2(m_tasks->addProgress(june, &error), qPrintable(error));
    QVERIFY(
        m_tasks->setTaskField(m_lagging.id, TaskField::Status, int(TaskStatus::Behind), &error));
    QVERIFY(m_tasks->setTaskField(m_overdue.id, TaskField::Deadline, QDate(2024, 6, 30), &error));
    QVERIFY(m_tasks->setTaskField(m_overdue.id, TaskField::LeadUnit, u8("市经信局"), &error));
    QVERIFY(
        m_tasks->setTaskField(m_government.id, TaskField::Status, int(TaskStatus::Done), &error));
    m_overdue = *m_tasks->task(m_overdue.id);
}

void TestMeetingTasks::cleanup()
{
    m_meetings.reset();
    m_store.reset();
    m_file.reset();
}

void TestMeetingTasks::tasksFollowIndicatorsOverdueAndLaggingFirst()
{
    // One reported indicator, so a part has both: its indicators come first.
    const Indicator indicator = m_store->indicators().front();
    Measurement m;
    m.indicatorId = indicator.id;
    m.date = QDate(2024, 6, 30);
    m.value = indicator.target / 2;
    QVERIFY(m_store->addMeasurement(m, nullptr));

    QString error;
    auto built = MeetingBuilder::build(*m_store, u8("7月调度会"), QDate(2024, 7, 5), AsOf,
                                       withTasks(), &error);
    QVERIFY2(built, qPrintable(error));
    QVERIFY(built->meeting.scope.includeTasks);
    // The reported indicator, then area 2's tasks (overdue, lagging, in progress), then the
    // self-building part's: the 未填报 tasks that are not overdue are left out.
    QCOMPARE(codesOf(built->items), (QStringList{indicator.code, m_overdue.code, m_lagging.code,
                                                 m_inProgress.code, m_government.code}));
    const MeetingItem &overdue = built->items[1];
    QVERIFY(overdue.isTask());
    QCOMPARE(overdue.taskId, m_overdue.id);
    QCOMPARE(overdue.indicatorId, 0);
    QCOMPARE(overdue.task->text, m_overdue.text);
    QCOMPARE(overdue.task->deadline, QDate(2024, 6, 30));
    QCOMPARE(overdue.task->leadUnit, u8("市经信局"));
    QVERIFY(overdue.task->overdue);
    QVERIFY(overdue.isBehind());
    QVERIFY(!overdue.task->heading.isEmpty());
    const MeetingItem &inProgress = built->items[3];
    QCOMPARE(inProgress.task->status, TaskStatus::InProgress);
    QVERIFY(!inProgress.isBehind());
    QCOMPARE(int(inProgress.task->progress.size()), 1);
    QCOMPARE(inProgress.task->progress[0].text, u8("已完成项目前期手续，正在开展招标。"));
    QCOMPARE(inProgress.task->progress[0].date, QDate(2024, 6, 28));
    // Items of one part share its index; the part counts all of its tasks.
    QCOMPARE(built->items[1].part, built->items[3].part);
    const MeetingPart &area2 = built->meeting.parts[std::size_t(built->items[1].part)];
    QCOMPARE(area2.part, PlanPart::Area);
    QCOMPARE(area2.number, 2);
    QCOMPARE(area2.tasks, 62);
    QCOMPARE(area2.overdueTasks, 1);
    QCOMPARE(area2.behindTasks, 1);
    const MeetingPart &government = built->meeting.parts[std::size_t(built->items.back().part)];
    QCOMPARE(government.part, PlanPart::Government);
    QCOMPARE(government.tasks, 32);

    // A task's indicators come with their state at the date.
    for (const TaskRecord &task : m_tasks->tasks()) {
        if (task.indicatorIds.empty())
            continue;
        QVERIFY(m_tasks->setTaskField(task.id, TaskField::Status, int(TaskStatus::InProgress),
                                      nullptr));
        auto again = MeetingBuilder::build(*m_store, u8("7月调度会"), QDate(2024, 7, 5), AsOf,
                                           withTasks(), &error);
        QVERIFY2(again, qPrintable(error));
        const MeetingItem *item = itemFor(again->items, task.code);
        QVERIFY(item);
        QCOMPARE(item->task->indicators.size(), task.indicatorIds.size());
        const Indicator first = *m_store->indicator(task.indicatorIds.front());
        QCOMPARE(item->task->indicators.front().code, first.code);
        QCOMPARE(item->task->indicators.front().name, first.name);
        break;
    }
}

void TestMeetingTasks::scopeChoosesTheTasks()
{
    QString error;
    const std::optional<MeetingScopeCounts> counts =
        MeetingBuilder::count(*m_store, AsOf, {}, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->tasks, 655);
    QCOMPARE(counts->tasksReported, 3);
    QCOMPARE(counts->tasksBehind, 2);
    QCOMPARE(counts->tasksToReview, 4);

    MeetingScope scope = withTasks();
    QCOMPARE(counts->tasksTaken(scope), 4);
    scope.behindOnly = true;
    QCOMPARE(counts->tasksTaken(scope), 2);
    auto behind =
        MeetingBuilder::build(*m_store, u8("滞后专题会"), QDate(2024, 7, 5), AsOf, scope, &error);
    QVERIFY2(behind, qPrintable(error));
    QCOMPARE(codesOf(behind->items), (QStringList{m_overdue.code, m_lagging.code}));

    scope.behindOnly = false;
    scope.includeUnreported = true;
    QCOMPARE(counts->tasksTaken(scope), 655);
    auto every =
        MeetingBuilder::build(*m_store, u8("全面调度会"), QDate(2024, 7, 5), AsOf, scope, &error);
    QVERIFY2(every, qPrintable(error));
    const auto tasks = std::count_if(every->items.begin(), every->items.end(),
                                     [](const MeetingItem &item) { return item.isTask(); });
    QCOMPARE(int(tasks), 655);
    QCOMPARE(int(every->items.size()) - int(tasks), counts->indicators);

    // One area: its tasks only.
    qint64 area2 = 0;
    for (const PlanNode &node : m_store->nodes()) {
        if (node.kind == NodeKind::Area && node.ordinal == 2)
            area2 = node.id;
    }
    QVERIFY(area2);
    MeetingScope one = withTasks();
    one.nodeIds = {area2};
    auto area =
        MeetingBuilder::build(*m_store, u8("二季度专题会"), QDate(2024, 7, 5), AsOf, one, &error);
    QVERIFY2(area, qPrintable(error));
    QCOMPARE(codesOf(area->items),
             (QStringList{m_overdue.code, m_lagging.code, m_inProgress.code}));
    QCOMPARE(MeetingBuilder::count(*m_store, AsOf, {area2}, nullptr)->tasks, 62);

    // Without tasks, nothing changes: no indicator has figures, so there is nothing to meet on.
    MeetingScope none;
    QVERIFY(!MeetingBuilder::build(*m_store, u8("无"), QDate(2024, 7, 5), AsOf, none, &error));
    QVERIFY(!error.isEmpty());
}

void TestMeetingTasks::storedAndReadBackFrozen()
{
    const qint64 id = build(withTasks());
    QVERIFY(id > 0);
    QVERIFY(m_meetings->meeting(id)->scope.includeTasks);
    // Later changes to the tasks do not change what the meeting saw.
    QVERIFY(m_tasks->setTaskField(m_lagging.id, TaskField::Status, int(TaskStatus::Done), nullptr));

    // Read again from a second connection to the same file.
    PlanStore other;
    QVERIFY(other.open(m_file->path(), nullptr));
    MeetingStore meetings(&other);
    QVERIFY(meetings.meeting(id)->scope.includeTasks);
    const std::vector<MeetingItem> items = meetings.items(id);
    QCOMPARE(codesOf(items),
             (QStringList{m_overdue.code, m_lagging.code, m_inProgress.code, m_government.code}));
    const MeetingItem *lagging = itemFor(items, m_lagging.code);
    QVERIFY(lagging && lagging->isTask());
    QCOMPARE(lagging->taskId, m_lagging.id);
    QCOMPARE(lagging->task->status, TaskStatus::Behind);
    QCOMPARE(lagging->task->text, m_lagging.text);
    const MeetingItem *inProgress = itemFor(items, m_inProgress.code);
    QCOMPARE(inProgress->task->progress.at(0).text, u8("已完成项目前期手续，正在开展招标。"));
    QCOMPARE(inProgress->task->progress.at(0).status, TaskStatus::InProgress);
    QVERIFY(itemFor(items, m_overdue.code)->task->overdue);

    // A decision on a task is saved and found again by the task.
    MeetingDecision decision;
    decision.reviewed = true;
    decision.decision = u8("9月底前完成招标");
    decision.responsibleUnit = u8("市经信局");
    decision.deadline = QDate(2024, 9, 30);
    QVERIFY(meetings.setDecision(lagging->id, decision, nullptr));
    const std::vector<EarlierDecision> earlier = m_meetings->decisionsForTask(m_lagging.id);
    QCOMPARE(int(earlier.size()), 1);
    QCOMPARE(earlier[0].decision, decision);
    QCOMPARE(earlier[0].meetingId, id);
    QVERIFY(m_meetings->decisionsFor(m_lagging.id).empty()); // not an indicator's
    QCOMPARE(int(m_meetings->decisionsFor(*lagging).size()), 1);
}

void TestMeetingTasks::replacedPlanKeepsTheSnapshot()
{
    const qint64 id = build(withTasks());
    QVERIFY(id > 0);
    ParsedPlan plan;
    QString error;
    QVERIFY2(BuiltinPlan::parse(&plan, &error), qPrintable(error));
    QVERIFY2(m_store->importPlan(plan, true, &error), qPrintable(error));
    const std::vector<MeetingItem> items = m_meetings->items(id);
    QCOMPARE(int(items.size()), 4);
    for (const MeetingItem &item : items) {
        QVERIFY(item.isTask());
        QCOMPARE(item.taskId, 0); // the task it named is gone
    }
    QCOMPARE(itemFor(items, m_lagging.code)->task->text, m_lagging.text);
    QCOMPARE(itemFor(items, m_lagging.code)->task->status, TaskStatus::Behind);
}

void TestMeetingTasks::deckBehindFilterKeepsOverdueAndLagging()
{
    const qint64 id = build(withTasks());
    MeetingDeck deck(*m_meetings->meeting(id), m_meetings->items(id));
    // Area 2's summary and three tasks, the self-building part's summary and one task.
    QCOMPARE(deck.count(), 6);
    deck.setBehindOnly(true);
    QCOMPARE(deck.count(), 3);
    QCOMPARE(deck.slides()[0].type, MeetingSlide::Type::Part);
    QCOMPARE(deck.items()[std::size_t(deck.slides()[1].item)].code(), m_overdue.code);
    QCOMPARE(deck.items()[std::size_t(deck.slides()[2].item)].code(), m_lagging.code);
    QCOMPARE(deck.partSlide(PlanPart::Government), -1); // nothing behind there
    QVERIFY(deck.meetingPart(PlanPart::Government) >= 0);
}

void TestMeetingTasks::meetingModeShowsAndSavesATask()
{
    const qint64 id = build(withTasks());
    QUndoStack undo;
    MeetingModeWindow window(m_meetings.get(), &undo, id);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *partTitle = window.findChild<QLabel *>(QStringLiteral("meetingPartTitle"));
    QVERIFY(partTitle->isVisible());
    window.next();
    auto label = [&window](const char *name) {
        return window.findChild<QLabel *>(QLatin1String(name));
    };
    QVERIFY(label("meetingItemTitle")->text().contains(m_overdue.code));
    QCOMPARE(label("meetingTaskText")->text(), m_overdue.text);
    QVERIFY(label("meetingTaskText")->isVisible());
    QVERIFY(label("meetingTaskFacts")->text().contains(TaskStatusStyle::overdueLabel()));
    QVERIFY(label("meetingTaskFacts")->text().contains(u8("市经信局")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("meetingTargetChart"))->isVisible());
    QVERIFY(!label("meetingSnippet")->isVisible());

    // The task in progress shows what its unit reported.
    window.next();
    window.next();
    QVERIFY(label("meetingItemTitle")->text().contains(m_inProgress.code));
    QVERIFY(
        label("meetingTaskProgress")->text().contains(u8("已完成项目前期手续，正在开展招标。")));

    // A decision typed on the task's slide is saved, marked reviewed and undone in one step.
    auto *decision = window.findChild<QLineEdit *>(QStringLiteral("meetingDecision"));
    decision->setText(u8("加快招标进度"));
    window.commitFields();
    const std::vector<MeetingItem> items = m_meetings->items(id); // kept: saved points into it
    const MeetingItem *saved = itemFor(items, m_inProgress.code);
    QCOMPARE(saved->decision.decision, u8("加快招标进度"));
    QVERIFY(saved->decision.reviewed);
    undo.undo();
    QVERIFY(itemFor(m_meetings->items(id), m_inProgress.code)->decision.decision.isEmpty());

    // Back on an indicator-less part's summary, then the behind-only filter (B).
    window.setBehindOnly(true);
    QCOMPARE(window.slideCount(), 3);
}

void TestMeetingTasks::earlierDecisionOnATaskIsShown()
{
    const qint64 first = build(withTasks(), u8("6月调度会"), QDate(2024, 7, 2));
    MeetingDecision decision;
    decision.decision = u8("倒排工期，7月底前开工");
    decision.responsibleUnit = u8("市经信局");
    QVERIFY(m_meetings->setDecision(itemFor(m_meetings->items(first), m_overdue.code)->id, decision,
                                    nullptr));
    const qint64 second = build(withTasks(), u8("7月调度会"), QDate(2024, 7, 20));
    MeetingModeWindow window(m_meetings.get(), nullptr, second);
    window.show();
    window.goTo(1);
    QCOMPARE(window.deck().items()[std::size_t(window.currentSlide()->item)].code(),
             m_overdue.code);
    auto *earlier = window.findChild<QLabel *>(QStringLiteral("meetingEarlierDecision"));
    QVERIFY(earlier->isVisible());
    QVERIFY(earlier->text().contains(u8("倒排工期，7月底前开工")));
    QVERIFY(earlier->text().contains(u8("6月调度会")));
    // A task no meeting decided on shows none.
    window.goTo(2);
    QVERIFY(!earlier->isVisible());
}

void TestMeetingTasks::minutesPrintTheTaskDecisions()
{
    const qint64 id = build(withTasks());
    const std::vector<MeetingItem> items = m_meetings->items(id);
    MeetingDecision overdue;
    overdue.decision = u8("限期一个月完成整改");
    overdue.deadline = QDate(2024, 8, 1);
    QVERIFY(m_meetings->setDecision(itemFor(items, m_overdue.code)->id, overdue, nullptr));
    MeetingDecision government;
    government.decision = u8("总结经验全面推广");
    government.responsibleUnit = u8("市政府办公厅");
    QVERIFY(m_meetings->setDecision(itemFor(items, m_government.code)->id, government, nullptr));

    const QString pdf = m_file->filePath(QStringLiteral("minutes.pdf"));
    const ReportRenderer::Result result = MinutesExporter().exportMeeting(*m_meetings, id, pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    const QString flat = squeezed(text);
    for (const QString &words :
         // The task's words wrap in their cell: its opening words stand on one line.
         {m_overdue.code, m_overdue.text.left(6), u8("限期一个月完成整改"), u8("市经信局"),
          m_government.code, u8("总结经验全面推广"), u8("市政府办公厅")})
        QVERIFY2(flat.contains(words), qPrintable(words));
    // Only the reviewed tasks: the lagging one was not discussed.
    QVERIFY(!flat.contains(m_lagging.code));
    // Two of the meeting's four tasks were reviewed, none of its (zero) indicators.
    const ReportLabels labels;
    const QString counted =
        labels
            .text("Indicators reviewed: %1 of %2    Tasks reviewed: %3 of %4    "
                  "Decisions recorded: %5")
            .arg(0)
            .arg(0)
            .arg(2)
            .arg(4)
            .arg(2);
    QVERIFY2(flat.contains(squeezed(counted)), qPrintable(counted));
    // The overdue task says so under its status (the only place the minutes print it).
    QVERIFY(flat.contains(labels.translate("TaskStatus", "Overdue")));
}

void TestMeetingTasks::startDialogOffersTheTasks()
{
    MeetingStartDialog dialog(m_meetings.get(), AsOf, 0, QString());
    auto *tasks = dialog.findChild<QCheckBox *>(QStringLiteral("scopeTasks"));
    QVERIFY(tasks);
    QVERIFY(tasks->isEnabled());
    QVERIFY(!tasks->isChecked()); // off unless asked for
    QVERIFY2(tasks->text().contains(QStringLiteral("(4)")), qPrintable(tasks->text()));
    dialog.findChild<QRadioButton *>(QStringLiteral("scopeBehindOnly"))->click();
    QVERIFY2(tasks->text().contains(QStringLiteral("(2)")), qPrintable(tasks->text()));
    dialog.findChild<QRadioButton *>(QStringLiteral("scopeEveryIndicator"))->click();
    QVERIFY2(tasks->text().contains(QStringLiteral("(655)")), qPrintable(tasks->text()));
    dialog.findChild<QRadioButton *>(QStringLiteral("scopeReported"))->click();
    tasks->click();
    dialog.accept();
    const qint64 id = dialog.meetingId();
    QVERIFY(id > 0);
    QVERIFY(m_meetings->meeting(id)->scope.includeTasks);
    QCOMPARE(codesOf(m_meetings->items(id)),
             (QStringList{m_overdue.code, m_lagging.code, m_inProgress.code, m_government.code}));
}

QTEST_MAIN(TestMeetingTasks)
#include "tst_meetingtasks.moc"
