#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "meeting/MeetingBuilder.h"
#include "commands/MeetingCommands.h"
#include "meeting/MeetingController.h"
#include "meeting/MeetingDeck.h"
#include "meeting/MeetingListDialog.h"
#include "meeting/MeetingModeWindow.h"
#include "meeting/MeetingStartDialog.h"
#include "meeting/MeetingStore.h"
#include "meeting/MinutesExporter.h"
#include "charts/ChartHeading.h"
#include "charts/OverviewChartView.h"
#include "charts/TargetChartView.h"
#include "charts/TrendChartView.h"
#include "report/ReportLabels.h"
#include "plan/StatusStyle.h"
#include "store/PlanStore.h"
#include "store/Transaction.h"
#include "TestSupport.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QFontInfo>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QXYSeries>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <limits>
#include <set>

using namespace pd;

namespace {

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
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList codesOf(const MeetingDeck &deck)
{
    QStringList codes;
    for (const MeetingSlide &slide : deck.slides()) {
        if (slide.type == MeetingSlide::Type::Part)
            codes << QStringLiteral("part:") + deck.meeting().parts[std::size_t(slide.part)].title;
        else
            codes << deck.items()[std::size_t(slide.item)].snapshot.indicator.code;
    }
    return codes;
}

int pixels(const QFont &font)
{
    return font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
}

/// The smallest text a chart writes, in pixels: axes, legend, its own labels, bar value labels
/// and point labels. 0 when it writes nothing.
int smallestText(QChart *chart)
{
    int smallest = std::numeric_limits<int>::max();
    auto take = [&smallest](const QFont &font) { smallest = std::min(smallest, pixels(font)); };
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->isVisible() && axis->labelsVisible())
            take(axis->labelsFont());
    }
    if (chart->legend()->isVisible())
        take(chart->legend()->font());
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            take(text->font());
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                take(set->labelFont());
        } else if (auto *points = qobject_cast<QXYSeries *>(series)) {
            if (points->pointLabelsVisible())
                take(points->pointLabelsFont());
        }
    }
    return smallest == std::numeric_limits<int>::max() ? 0 : smallest;
}

QString modeText(const char *source)
{
    return QCoreApplication::translate("pd::MeetingModeWindow", source);
}

/// Whether a table row of the minutes (a line opening with an indicator's code) holds the
/// words whole, spaces aside: a label wrapped in its cell has its words on two lines.
bool inOneRow(const QString &text, const QString &words)
{
    const QString wanted = squeezed(words);
    static const QRegularExpression row(QStringLiteral("^\\s*[MAGL]\\d"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [&wanted](const QString &line) {
        return row.match(line).hasMatch() && squeezed(line).contains(wanted);
    });
}

} // namespace

class TestMeetings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void snapshotHoldsPartsAndItemsInReportOrder();
    void deckOrderAndBehindFilter();
    void scopeLimitsTheItems();
    void meetingModeKeysNavigate();
    void decisionTypedInMeetingModeIsInTheFile();
    void resumesWhereItStopped();
    void snapshotIsFrozen();
    void undoOfDecision();
    void slideShowsTheRoundsTexts();
    void removeMeetingIsUndoable();
    void minutesPdfHoldsEveryDecision();
    void exportMinutesCommand();
    void migratesVersion2File();
    void mainWindowStartsMeetingAndShowsEarlierDecisions();
    void meetingListShowsMeetings();
    void worksWithoutNetwork();
    void meetingChangesAreAudited();
    void meetingChangeIsRefusedWhenItsTransactionCannotBegin();
    void failedMeetingReadsAreAnnouncedByThePlanStore();
    void chartLabelsAreProjectorSized();
    void chartNamesAreWhole_data();
    void chartNamesAreWhole();
    void rMarksReviewedAndNeverUnmarksSilently();
    void continuingRestoresFilterAndSlide();
    void keyThatDoesNothingSaysWhy();
    void startDialogSkipsIndicatorsWithoutFigures();
    void defaultTitleFollowsTheFiguresDate();
    void participantsAreKeptAndPrinted();
    void minutesStatusColumnNeverWraps();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("plan.sqlite")); }
    qint64 idOf(const QString &code) const { return m_store->indicatorByCode(code)->id; }
    void record(const QString &code, double value, const QDate &date = QDate(2024, 6, 30))
    {
        Measurement m;
        m.indicatorId = idOf(code);
        m.date = date;
        m.value = value;
        QVERIFY(m_store->addMeasurement(m, nullptr));
    }
    qint64 createMeeting(const MeetingScope &scope = {},
                         const QString &title = QStringLiteral("2024年7月进度调度会"),
                         const QDate &date = QDate(2024, 7, 5))
    {
        QString error;
        auto built = MeetingBuilder::build(*m_store, title, date, QDate(2024, 7, 1), scope, &error);
        if (!built) {
            qWarning() << error;
            return 0;
        }
        return m_meetings->addMeeting(built->meeting, built->items, &error).value_or(0);
    }
    const MeetingItem *itemFor(const std::vector<MeetingItem> &items, const QString &code) const
    {
        for (const MeetingItem &item : items) {
            if (item.snapshot.indicator.code == code)
                return &item;
        }
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<MeetingStore> m_meetings;
};

void TestMeetings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMeetings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<PlanStore>();
    QVERIFY(m_store->open(dbPath(), nullptr));
    QVERIFY(m_store->importPlan(test::samplePlan(), false, nullptr));
    m_meetings = std::make_unique<MeetingStore>(m_store.get());
    // As of 1 July 2024 (序时进度 50%): M1 on track, M2 over its cap (behind), A1.1.1 at 20%
    // (behind), A1.1.2 past its level (done), L1.1 at 60% (on track).
    record(QStringLiteral("M1"), 6.0);
    record(QStringLiteral("M2"), 6.5);
    record(QStringLiteral("A1.1.1"), 40, QDate(2024, 3, 31));
    record(QStringLiteral("A1.1.1"), 100);
    record(QStringLiteral("A1.1.2"), 96);
    record(QStringLiteral("L1.1"), 600);
}

void TestMeetings::cleanup()
{
    m_meetings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMeetings::snapshotHoldsPartsAndItemsInReportOrder()
{
    const qint64 id = createMeeting();
    QVERIFY(id > 0);
    const std::optional<Meeting> meeting = m_meetings->meeting(id);
    QVERIFY(meeting);
    QCOMPARE(meeting->title, QStringLiteral("2024年7月进度调度会"));
    QCOMPARE(meeting->date, QDate(2024, 7, 5));
    QCOMPARE(meeting->asOf, QDate(2024, 7, 1));
    QCOMPARE(meeting->planTitle, QStringLiteral("示例市2024年政府工作报告"));
    QCOMPARE(int(meeting->parts.size()), 3);
    QCOMPARE(meeting->parts[0].part, PlanPart::Main);
    QCOMPARE(meeting->parts[1].part, PlanPart::Area);
    QCOMPARE(meeting->parts[1].number, 1);
    QCOMPARE(meeting->parts[1].counts.indicators, 2);
    QCOMPARE(meeting->parts[1].counts.count(Status::Behind), 1);
    QCOMPARE(meeting->parts[1].counts.count(Status::Done), 1);
    QCOMPARE(int(meeting->parts[1].bars.size()), 2);

    const std::vector<MeetingItem> items = m_meetings->items(id);
    QStringList codes;
    for (const MeetingItem &item : items)
        codes << item.snapshot.indicator.code;
    QCOMPARE(codes,
             QStringList({QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("A1.1.1"),
                          QStringLiteral("A1.1.2"), QStringLiteral("L1.1")}));
    const MeetingItem *first = itemFor(items, QStringLiteral("A1.1.1"));
    QCOMPARE(first->snapshot.actual->value, 100.0);
    QCOMPARE(first->snapshot.actual->date, QDate(2024, 6, 30));
    QCOMPARE(first->snapshot.status, Status::Behind);
    QCOMPARE(first->snapshot.targetText, QStringLiteral("≥500 家"));
    QCOMPARE(first->snapshot.indicator.snippet, QStringLiteral("新引进首店500家以上"));
    QCOMPARE(int(first->snapshot.history.size()), 2);
    QVERIFY(qAbs(*first->snapshot.progress - 0.2) < 1e-9);
    QVERIFY(first->snapshot.expected > 0.49 && first->snapshot.expected < 0.51);

    // Creating a meeting is audited.
    bool audited = false;
    for (const AuditEntry &entry : m_store->auditLog(QStringLiteral("meeting"), id))
        audited = audited || entry.newValue.contains(QStringLiteral("2024年7月进度调度会"));
    QVERIFY(audited);
}

void TestMeetings::deckOrderAndBehindFilter()
{
    const qint64 id = createMeeting();
    MeetingDeck deck(*m_meetings->meeting(id), m_meetings->items(id));
    // Each part's summary, then its indicators in the report's order.
    QCOMPARE(codesOf(deck), QStringList({QStringLiteral("part:主要预期目标"), QStringLiteral("M1"),
                                         QStringLiteral("M2"),
                                         QStringLiteral("part:（一）坚定不移推动经济稳中有进"),
                                         QStringLiteral("A1.1.1"), QStringLiteral("A1.1.2"),
                                         QStringLiteral("part:民生实事"), QStringLiteral("L1.1")}));
    QCOMPARE(deck.partSlide(PlanPart::Area, 1), 3);
    QCOMPARE(deck.partSlide(PlanPart::Livelihood), 6);
    QCOMPARE(deck.partSlide(PlanPart::Area, 2), -1);

    deck.setBehindOnly(true);
    QCOMPARE(codesOf(deck), QStringList({QStringLiteral("part:主要预期目标"), QStringLiteral("M2"),
                                         QStringLiteral("part:（一）坚定不移推动经济稳中有进"),
                                         QStringLiteral("A1.1.1")}));
    // A hidden slide's key leads to the next one shown.
    const QString a112 = MeetingDeck::itemKey(itemFor(deck.items(), QStringLiteral("A1.1.2"))->id);
    QCOMPARE(deck.indexOf(a112), 3);
    deck.setBehindOnly(false);
    QCOMPARE(deck.count(), 8);
    QCOMPARE(deck.indexOf(a112), 5);
}

void TestMeetings::scopeLimitsTheItems()
{
    qint64 area = 0;
    for (const PlanNode &node : m_store->nodes()) {
        if (node.kind == NodeKind::Area)
            area = node.id;
    }
    MeetingScope scope;
    scope.nodeIds = {area};
    const qint64 areaMeeting = createMeeting(scope);
    QVERIFY(areaMeeting);
    QCOMPARE(int(m_meetings->items(areaMeeting).size()), 2);
    QCOMPARE(int(m_meetings->meeting(areaMeeting)->parts.size()), 1);
    QCOMPARE(m_meetings->meeting(areaMeeting)->scope.nodeIds, std::vector<qint64>{area});

    MeetingScope behind;
    behind.behindOnly = true;
    const qint64 behindMeeting = createMeeting(behind);
    QStringList codes;
    for (const MeetingItem &item : m_meetings->items(behindMeeting))
        codes << item.snapshot.indicator.code;
    QCOMPARE(codes, QStringList({QStringLiteral("M2"), QStringLiteral("A1.1.1")}));
    QVERIFY(m_meetings->meeting(behindMeeting)->scope.behindOnly);
    // The latest meeting is the one created last on the same day.
    QCOMPARE(*m_meetings->latestMeetingId(), behindMeeting);
}

void TestMeetings::meetingModeKeysNavigate()
{
    QUndoStack undo;
    MeetingModeWindow window(m_meetings.get(), &undo, createMeeting());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *position = window.findChild<QLabel *>(QStringLiteral("meetingPosition"));
    QCOMPARE(window.currentIndex(), 0);
    QCOMPARE(position->text(), QStringLiteral("1 / 8"));
    QTest::keyClick(&window, Qt::Key_Right);
    QTest::keyClick(&window, Qt::Key_Space);
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(window.currentIndex(), 3);
    QCOMPARE(position->text(), QStringLiteral("4 / 8"));
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(window.currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_End);
    QCOMPARE(window.currentIndex(), 7);
    QTest::keyClick(&window, Qt::Key_Home);
    QCOMPARE(window.currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_1);
    QCOMPARE(window.currentIndex(), 3);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("meetingPartTitle"))->text(),
             QStringLiteral("（一）坚定不移推动经济稳中有进"));
    QTest::keyClick(&window, Qt::Key_L);
    QCOMPARE(window.currentIndex(), 6);
    QTest::keyClick(&window, Qt::Key_M);
    QCOMPARE(window.currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("meetingItemTitle"))->text(),
             QStringLiteral("M1  地区生产总值"));

    // B (or the checkbox) shows only what is behind.
    QTest::keyClick(&window, Qt::Key_B);
    auto *behind = window.findChild<QCheckBox *>(QStringLiteral("meetingBehindOnly"));
    QVERIFY(behind->isChecked());
    QCOMPARE(window.slideCount(), 4);
    QCOMPARE(position->text(), QStringLiteral("2 / 4")); // M1 is hidden: on to M2
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("meetingItemTitle"))->text(),
             QStringLiteral("M2  城镇调查失业率"));
    behind->click();
    QCOMPARE(window.slideCount(), 8);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("meetingKeys"))->text().isEmpty());

    // Esc leaves.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
}

void TestMeetings::decisionTypedInMeetingModeIsInTheFile()
{
    const qint64 id = createMeeting();
    QUndoStack undo;
    {
        MeetingModeWindow window(m_meetings.get(), &undo, id);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_1);
        QTest::keyClick(&window, Qt::Key_Right); // A1.1.1
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("meetingItemTitle"))->text(),
                 QStringLiteral("A1.1.1  新引进首店"));
        auto *decision = window.findChild<QLineEdit *>(QStringLiteral("meetingDecision"));
        auto *unit = window.findChild<QLineEdit *>(QStringLiteral("meetingResponsibleUnit"));
        auto *deadline = window.findChild<QDateEdit *>(QStringLiteral("meetingDeadline"));
        QVERIFY(decision && unit && deadline);
        QTest::keyClick(&window, Qt::Key_D);
        QVERIFY(decision->hasFocus() || !QApplication::activeWindow());
        decision->setText(QStringLiteral("加快首店引进，月底前报送进展"));
        unit->setText(QStringLiteral("市商务局"));
        deadline->setDate(QDate(2024, 9, 30));
        QTest::keyClick(&window, Qt::Key_PageDown); // move on: saved
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("meetingItemTitle"))->text(),
                 QStringLiteral("A1.1.2  线上业务办理率"));
        QCOMPARE(decision->text(), QString());
        // R marks the slide shown as reviewed.
        QTest::keyClick(&window, Qt::Key_R);
        QVERIFY(window.findChild<QCheckBox *>(QStringLiteral("meetingReviewed"))->isChecked());
        window.close();
    }
    m_meetings.reset();
    m_store.reset();

    // Reopen the file: the decision is there.
    PlanStore reopened;
    QVERIFY(reopened.open(dbPath(), nullptr));
    const MeetingStore meetings(&reopened);
    const std::vector<MeetingItem> items = meetings.items(id);
    const MeetingItem *item = itemFor(items, QStringLiteral("A1.1.1"));
    QCOMPARE(item->decision.decision, QStringLiteral("加快首店引进，月底前报送进展"));
    QCOMPARE(item->decision.responsibleUnit, QStringLiteral("市商务局"));
    QCOMPARE(item->decision.deadline, QDate(2024, 9, 30));
    QVERIFY(item->decision.reviewed); // a decision taken means it was reviewed
    QVERIFY(itemFor(items, QStringLiteral("A1.1.2"))->decision.reviewed);
    QVERIFY(!itemFor(items, QStringLiteral("M1"))->decision.reviewed);
    // Audited per field.
    QStringList fields;
    for (const AuditEntry &entry : reopened.auditLog(QStringLiteral("meeting_item"), item->id))
        fields << entry.field;
    QVERIFY(fields.contains(QStringLiteral("decision")));
    QVERIFY(fields.contains(QStringLiteral("responsible_unit")));
    QVERIFY(fields.contains(QStringLiteral("deadline")));
    // The summary counts it.
    QCOMPARE(meetings.meetings().front().decisions, 1);
    QCOMPARE(meetings.meetings().front().reviewed, 2);
}

void TestMeetings::resumesWhereItStopped()
{
    const qint64 id = createMeeting();
    {
        MeetingModeWindow window(m_meetings.get(), nullptr, id);
        window.show();
        window.goTo(5);
        window.close();
    }
    QCOMPARE(m_meetings->meeting(id)->resumeSlide,
             MeetingDeck::itemKey(itemFor(m_meetings->items(id), QStringLiteral("A1.1.2"))->id));
    MeetingModeWindow again(m_meetings.get(), nullptr, id);
    QCOMPARE(again.currentIndex(), 5);
    QCOMPARE(again.positionText(), QStringLiteral("6 / 8"));
}

void TestMeetings::snapshotIsFrozen()
{
    const qint64 id = createMeeting();
    // Later figures and corrections change the plan, not what the meeting saw.
    record(QStringLiteral("A1.1.1"), 450, QDate(2024, 6, 30));
    record(QStringLiteral("M1"), 4.0, QDate(2024, 6, 15));
    QVERIFY(m_store->setIndicatorField(idOf(QStringLiteral("A1.1.1")), IndicatorField::Name,
                                       QStringLiteral("首店"), nullptr));
    QVERIFY(m_store->setIndicatorField(idOf(QStringLiteral("A1.1.1")), IndicatorField::Target, 600,
                                       nullptr));
    const std::vector<MeetingItem> items = m_meetings->items(id);
    const MeetingItem *item = itemFor(items, QStringLiteral("A1.1.1"));
    QCOMPARE(item->snapshot.indicator.name, QStringLiteral("新引进首店"));
    QCOMPARE(item->snapshot.indicator.target, 500.0);
    QCOMPARE(item->snapshot.actual->value, 100.0);
    QCOMPARE(item->snapshot.status, Status::Behind);
    QCOMPARE(int(item->snapshot.history.size()), 2);
    QCOMPARE(itemFor(items, QStringLiteral("M1"))->snapshot.actual->value, 6.0);
    QCOMPARE(m_meetings->meeting(id)->parts[1].counts.count(Status::Behind), 1);

    // A new meeting sees the new figures.
    const qint64 later = createMeeting({}, QStringLiteral("8月调度会"), QDate(2024, 8, 5));
    const MeetingItem *now = itemFor(m_meetings->items(later), QStringLiteral("A1.1.1"));
    QVERIFY(now);
    QCOMPARE(m_meetings->items(later).size(), std::size_t(5));
}

void TestMeetings::slideShowsTheRoundsTexts()
{
    // The unit's texts beside M2's latest figure (6.5 on 30 June).
    Measurement m = m_store->measurements(idOf(QStringLiteral("M2"))).back();
    m.progress = QStringLiteral("城镇新增就业10万人");
    m.problems = QStringLiteral("青年就业压力较大");
    m.nextSteps = QStringLiteral("开展百日千万招聘行动");
    QVERIFY(m_store->updateMeasurement(m, nullptr));
    const qint64 id = createMeeting();
    const std::vector<MeetingItem> items = m_meetings->items(id);
    const MeetingItem *item = itemFor(items, QStringLiteral("M2"));
    QVERIFY(item && item->snapshot.actual);
    // Kept in the snapshot: later edits of the texts do not change what the meeting saw.
    QCOMPARE(item->snapshot.actual->problems, QStringLiteral("青年就业压力较大"));
    QCOMPARE(item->snapshot.actual->nextSteps, QStringLiteral("开展百日千万招聘行动"));

    MeetingModeWindow window(m_meetings.get(), nullptr, id);
    window.show();
    auto *texts = window.findChild<QLabel *>(QStringLiteral("meetingRoundTexts"));
    QVERIFY(texts);
    bool shown = false;
    for (int slide = 0; slide < 12 && !shown; ++slide) {
        window.goTo(slide);
        shown = texts->isVisible() && texts->text().contains(QStringLiteral("青年就业压力较大"));
    }
    QVERIFY(shown);
    QVERIFY(texts->text().contains(QStringLiteral("城镇新增就业10万人")));
    QVERIFY(texts->text().contains(QStringLiteral("开展百日千万招聘行动")));
}

void TestMeetings::undoOfDecision()
{
    const qint64 id = createMeeting();
    const MeetingItem item = *itemFor(m_meetings->items(id), QStringLiteral("M2"));
    QUndoStack undo;
    MeetingDecision after;
    after.reviewed = true;
    after.decision = QStringLiteral("稳就业专项行动");
    after.responsibleUnit = QStringLiteral("市人社局");
    QSignalSpy changed(m_meetings.get(), &MeetingStore::itemChanged);
    undo.push(new SetMeetingDecisionCommand(m_meetings.get(), item.id, item.decision, after));
    QCOMPARE(m_meetings->item(item.id)->decision.decision, QStringLiteral("稳就业专项行动"));
    QCOMPARE(changed.count(), 1);
    undo.undo();
    QCOMPARE(m_meetings->item(item.id)->decision, item.decision);
    QCOMPARE(m_meetings->item(item.id)->decision.decision, QString());
    QCOMPARE(changed.count(), 2);
    undo.redo();
    QCOMPARE(m_meetings->item(item.id)->decision.responsibleUnit, QStringLiteral("市人社局"));

    // Undo from meeting mode (Ctrl+Z) puts the old text back in the field shown.
    MeetingModeWindow window(m_meetings.get(), &undo, id);
    window.show();
    window.goTo(2); // M2
    auto *decision = window.findChild<QLineEdit *>(QStringLiteral("meetingDecision"));
    QCOMPARE(decision->text(), QStringLiteral("稳就业专项行动"));
    decision->setText(QStringLiteral("改为：稳就业攻坚"));
    window.commitFields();
    QCOMPARE(m_meetings->item(item.id)->decision.decision, QStringLiteral("改为：稳就业攻坚"));
    undo.undo();
    QCOMPARE(decision->text(), QStringLiteral("稳就业专项行动"));
    QCOMPARE(m_meetings->item(item.id)->decision.decision, QStringLiteral("稳就业专项行动"));
}

void TestMeetings::removeMeetingIsUndoable()
{
    const qint64 id = createMeeting();
    const MeetingItem item = *itemFor(m_meetings->items(id), QStringLiteral("L1.1"));
    MeetingDecision decision;
    decision.decision = QStringLiteral("绿道年底前全部建成");
    QVERIFY(m_meetings->setDecision(item.id, decision, nullptr));
    QUndoStack undo;
    undo.push(new RemoveMeetingCommand(m_meetings.get(), id));
    QVERIFY(!m_meetings->meeting(id));
    QVERIFY(m_meetings->items(id).empty());
    undo.undo();
    QCOMPARE(m_meetings->meeting(id)->title, QStringLiteral("2024年7月进度调度会"));
    QCOMPARE(m_meetings->items(id).size(), std::size_t(5));
    QCOMPARE(m_meetings->item(item.id)->decision.decision, QStringLiteral("绿道年底前全部建成"));
    QCOMPARE(m_meetings->item(item.id)->snapshot.actual->value, 600.0);
}

void TestMeetings::minutesPdfHoldsEveryDecision()
{
    const qint64 id = createMeeting();
    const std::vector<MeetingItem> items = m_meetings->items(id);
    const QStringList decisions{QStringLiteral("加快首店引进"), QStringLiteral("稳就业专项行动"),
                                QStringLiteral("绿道年底前全部建成")};
    const QStringList codes{QStringLiteral("A1.1.1"), QStringLiteral("M2"), QStringLiteral("L1.1")};
    for (int i = 0; i < codes.size(); ++i) {
        MeetingDecision d;
        d.decision = decisions[i];
        d.responsibleUnit = QStringLiteral("责任单位%1").arg(i + 1);
        d.deadline = QDate(2024, 9, 30);
        QVERIFY(m_meetings->setDecision(itemFor(items, codes[i])->id, d, nullptr));
    }
    const QString pdf = m_dir->filePath(QStringLiteral("minutes.pdf"));
    const ReportRenderer::Result result = MinutesExporter().exportMeeting(*m_meetings, id, pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.pageCount >= 1);
    QVERIFY(QFile(pdf).size() > 1000);
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(QStringLiteral("2024年7月进度调度会")));
    for (int i = 0; i < codes.size(); ++i) {
        QVERIFY2(flat.contains(decisions[i]), qPrintable(decisions[i]));
        QVERIFY(flat.contains(QStringLiteral("责任单位%1").arg(i + 1)));
        QVERIFY(flat.contains(codes[i]));
    }
    // Only reviewed items are printed: M1 was not reviewed.
    QVERIFY(!flat.contains(QStringLiteral("M1")));
    // The latest meeting is the default.
    const QString latest = m_dir->filePath(QStringLiteral("latest.pdf"));
    QVERIFY(MinutesExporter().exportMeeting(*m_meetings, 0, latest).ok);
    QVERIFY(squeezed(pdfText(latest)).contains(decisions[0]));
}

void TestMeetings::exportMinutesCommand()
{
    const qint64 id = createMeeting();
    MeetingDecision d;
    d.decision = QStringLiteral("命令行导出的会议意见");
    QVERIFY(m_meetings->setDecision(itemFor(m_meetings->items(id), QStringLiteral("M1"))->id, d,
                                    nullptr));
    const QString pdf = m_dir->filePath(QStringLiteral("cli.pdf"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PD_BINARY),
                  {QStringLiteral("export-minutes"), QStringLiteral("--db"), dbPath(),
                   QStringLiteral("--out"), pdf, QStringLiteral("--meeting"), QString::number(id)});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    if (!text.isNull())
        QVERIFY(squeezed(text).contains(QStringLiteral("命令行导出的会议意见")));

    process.start(QStringLiteral(PD_BINARY),
                  {QStringLiteral("export-minutes"), QStringLiteral("--db"), dbPath(),
                   QStringLiteral("--out"), pdf, QStringLiteral("--meeting"),
                   QStringLiteral("999")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 1);
    process.start(QStringLiteral(PD_BINARY),
                  {QStringLiteral("export-minutes"), QStringLiteral("--db"), dbPath()});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 2);
}

void TestMeetings::migratesVersion2File()
{
    // A file as version 2 of the schema wrote it (frozen here on purpose).
    const QString file = m_dir->filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
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
            "NOT NULL DEFAULT '')",
            "CREATE TABLE measurement (id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL "
            "REFERENCES indicator(id) ON DELETE CASCADE, date TEXT NOT NULL, value REAL NOT NULL, "
            "note TEXT NOT NULL DEFAULT '', entered_by TEXT NOT NULL DEFAULT '', entered_at TEXT "
            "NOT NULL)",
            "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
            "entity TEXT NOT NULL, entity_id INTEGER NOT NULL, field TEXT NOT NULL, old_value "
            "TEXT, "
            "new_value TEXT)",
            "CREATE INDEX node_parent ON node(parent_id)",
            "CREATE INDEX indicator_node ON indicator(node_id)",
            "CREATE INDEX audit_entity ON audit_log(entity, entity_id)",
            "CREATE INDEX measurement_indicator_date ON measurement(indicator_id, date)",
            "INSERT INTO plan VALUES (1, '旧计划', '成都市', 2024, '')",
            "INSERT INTO node VALUES (1, 1, NULL, 'area', 1, '第一方面', 0)",
            "INSERT INTO indicator VALUES (1, 1, 1, 'A1.0.1', '新建绿道', 1000, '公里', '=', "
            "'count', '新建绿道1000公里', NULL, '市公园城市局', 0, '', '')",
            "INSERT INTO measurement VALUES (1, 1, '2024-05-01', 400, '', '李四', "
            "'2024-05-02T10:00:00')",
            "INSERT INTO audit_log VALUES (1, '2024-05-02T10:00:00.000', '李四', 'measurement', 1, "
            "'*', '', '2024-05-01 400')",
            "PRAGMA application_id = 1346650673",
            "PRAGMA user_version = 2",
        };
        for (const char *sql : statements)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    PlanStore store;
    QString error;
    QVERIFY2(store.open(file, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), PlanStore::SchemaVersion);
    QCOMPARE(store.measurements(1).size(), std::size_t(1));
    QCOMPARE(store.auditLog().size(), std::size_t(1));
    MeetingStore meetings(&store);
    QVERIFY(meetings.meetings().empty());
    QVERIFY(!meetings.latestMeetingId());
    auto built = MeetingBuilder::build(store, QStringLiteral("迁移后的会议"), QDate(2024, 6, 1),
                                       QDate(2024, 5, 31), {}, &error);
    QVERIFY2(built, qPrintable(error));
    const std::optional<qint64> id = meetings.addMeeting(built->meeting, built->items, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(meetings.items(*id).front().snapshot.actual->value, 400.0);
    MeetingDecision d;
    d.decision = QStringLiteral("抓紧推进");
    QVERIFY(meetings.setDecision(meetings.items(*id).front().id, d, &error));
    QCOMPARE(meetings.decisionsFor(1).size(), std::size_t(1));
}

void TestMeetings::mainWindowStartsMeetingAndShowsEarlierDecisions()
{
    m_meetings.reset();
    m_store.reset();
    MainWindow window;
    // The window creates its controller once wired; until then the test does.
    auto *controller = window.findChild<MeetingController *>();
    if (!controller)
        controller = new MeetingController(&window);
    QString error;
    QVERIFY2(window.openFile(dbPath(), &error), qPrintable(error));
    window.setAsOf(QDate(2024, 7, 1));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *meetingMode = window.findChild<QAction *>(QStringLiteral("actionMeetingMode"));
    QVERIFY(meetingMode);
    QCOMPARE(meetingMode->shortcut(), QKeySequence(Qt::Key_F11));
    QVERIFY(window.viewMenu()->actions().contains(meetingMode));
    QVERIFY(window.fileMenu()->actions().contains(
        window.findChild<QAction *>(QStringLiteral("actionMeetings"))));
    QVERIFY(window.fileMenu()->actions().contains(
        window.findChild<QAction *>(QStringLiteral("actionExportMinutes"))));

    // The dialog: a new meeting (there is none to continue), its as-of date from the window.
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<MeetingStartDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answered = true;
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("continueMeeting"))->isEnabled());
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("meetingAsOfEdit"))->date(),
                 QDate(2024, 7, 1));
        QVERIFY(
            !dialog->findChild<QLineEdit *>(QStringLiteral("meetingTitleEdit"))->text().isEmpty());
        dialog->findChild<QRadioButton *>(QStringLiteral("scopeBehindOnly"))->setChecked(true);
        dialog->accept();
    });
    meetingMode->trigger();
    QVERIFY(answered);
    MeetingModeWindow *mode = controller->meetingWindow();
    QVERIFY(mode);
    QCOMPARE(mode->slideCount(), 4); // two parts, two indicators behind
    mode->goTo(3);                   // A1.1.1
    mode->findChild<QLineEdit *>(QStringLiteral("meetingDecision"))
        ->setText(QStringLiteral("加快首店引进"));
    mode->close();
    QTRY_VERIFY(!controller->meetingWindow());

    // The indicator pane shows it as an earlier meeting decision.
    QVERIFY(window.selectIndicator(QStringLiteral("A1.1.1")));
    auto *earlier = window.indicatorPane()->findChild<QLabel *>(QStringLiteral("earlierDecisions"));
    QVERIFY(earlier);
    QVERIFY(earlier->isVisible());
    QVERIFY(earlier->text().contains(QStringLiteral("加快首店引进")));
    QVERIFY(window.selectIndicator(QStringLiteral("M1")));
    QVERIFY(!earlier->isVisible());

    // The next start offers to continue it; the meeting it continues is the same.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<MeetingStartDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("continueMeeting"))->isChecked());
        dialog->accept();
    });
    meetingMode->trigger();
    QVERIFY(controller->meetingWindow());
    QCOMPARE(controller->meetingWindow()->currentIndex(), 3); // resumed on A1.1.1
    controller->meetingWindow()->close();

    // Export Minutes from the window's controller.
    const QString pdf = m_dir->filePath(QStringLiteral("window.pdf"));
    QVERIFY2(controller->exportMinutes(0, pdf, &error), qPrintable(error));
    QVERIFY(QFile::exists(pdf));
}

void TestMeetings::meetingListShowsMeetings()
{
    const qint64 first = createMeeting({}, QStringLiteral("6月调度会"), QDate(2024, 6, 5));
    const qint64 second = createMeeting({}, QStringLiteral("7月调度会"), QDate(2024, 7, 5));
    QUndoStack undo;
    MeetingListDialog dialog(m_meetings.get(), &undo);
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("7月调度会")); // the latest first
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("5"));
    QCOMPARE(dialog.selectedMeetingId(), second);
    QSignalSpy opened(&dialog, &MeetingListDialog::openRequested);
    dialog.selectMeeting(first);
    dialog.findChild<QPushButton *>(QStringLiteral("openMeetingButton"))->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), first);
    // It follows the store.
    undo.push(new RemoveMeetingCommand(m_meetings.get(), first));
    QCOMPARE(list->topLevelItemCount(), 1);
    undo.undo();
    QCOMPARE(list->topLevelItemCount(), 2);
}

void TestMeetings::worksWithoutNetwork()
{
    // Meeting mode runs offline: nothing in the app links or loads Qt Network.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly))
        QVERIFY(!maps.readAll().contains("libQt6Network"));
    for (QObject *object : QApplication::allWidgets())
        QVERIFY(!object->inherits("QNetworkAccessManager"));
    if (QStandardPaths::findExecutable(QStringLiteral("ldd")).isEmpty())
        QSKIP("ldd is not installed");
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(PD_BINARY)});
    QVERIFY(ldd.waitForFinished(30000));
    const QByteArray libraries = ldd.readAllStandardOutput();
    QVERIFY(libraries.contains("libQt6Widgets"));
    QVERIFY(!libraries.contains("libQt6Network"));
}

void TestMeetings::meetingChangesAreAudited()
{
    const qint64 id = createMeeting();
    QVERIFY(id > 0);
    auto entries = [this](const QString &entity, qint64 entityId) {
        return m_store->auditLog(entity, entityId);
    };
    // Created: one row for the meeting, with its summary.
    auto created = entries(QStringLiteral("meeting"), id);
    QCOMPARE(created.size(), std::size_t(1));
    QCOMPARE(created[0].field, QStringLiteral("*"));
    QVERIFY(created[0].oldValue.isEmpty());
    QVERIFY(created[0].newValue.contains(QStringLiteral("2024年7月进度调度会")));
    QCOMPARE(created[0].who, m_store->userName());

    // A decision: one row per changed field, old and new value.
    const MeetingItem item = *itemFor(m_meetings->items(id), QStringLiteral("M2"));
    MeetingDecision decision;
    decision.reviewed = true;
    decision.decision = QStringLiteral("  稳就业专项行动 ");
    decision.deadline = QDate(2024, 9, 30);
    QString error;
    QVERIFY2(m_meetings->setDecision(item.id, decision, &error), qPrintable(error));
    auto decided = entries(QStringLiteral("meeting_item"), item.id);
    QCOMPARE(decided.size(), std::size_t(3));
    QCOMPARE(decided[0].field, QStringLiteral("reviewed"));
    QCOMPARE(decided[0].oldValue, QStringLiteral("0"));
    QCOMPARE(decided[0].newValue, QStringLiteral("1"));
    QCOMPARE(decided[1].field, QStringLiteral("decision"));
    QCOMPARE(decided[1].newValue, QStringLiteral("稳就业专项行动"));
    QCOMPARE(decided[2].field, QStringLiteral("deadline"));
    QCOMPARE(decided[2].newValue, QStringLiteral("2024-09-30"));
    // The same decision again changes nothing and audits nothing.
    QVERIFY(m_meetings->setDecision(item.id, decision, &error));
    QCOMPARE(entries(QStringLiteral("meeting_item"), item.id).size(), std::size_t(3));

    // Where meeting mode stopped is not a decision: not audited.
    const std::size_t before = m_store->auditLog().size();
    QVERIFY(m_meetings->setResumeSlide(id, QStringLiteral("item:M2"), true, &error));
    QCOMPARE(m_meetings->meeting(id)->resumeSlide, QStringLiteral("item:M2"));
    QCOMPARE(m_store->auditLog().size(), before);

    // Removed: one more row for the meeting, the summary as the old value.
    QVERIFY(m_meetings->removeMeeting(id, &error));
    auto removed = entries(QStringLiteral("meeting"), id);
    QCOMPARE(removed.size(), std::size_t(2));
    QVERIFY(removed[1].oldValue.contains(QStringLiteral("2024年7月进度调度会")));
    QVERIFY(removed[1].newValue.isEmpty());
}

void TestMeetings::meetingChangeIsRefusedWhenItsTransactionCannotBegin()
{
    const qint64 id = createMeeting();
    const MeetingItem item = *itemFor(m_meetings->items(id), QStringLiteral("L1.1"));
    const std::size_t audits = m_store->auditLog().size();
    QString error;
    auto built = MeetingBuilder::build(*m_store, QStringLiteral("8月调度会"), QDate(2024, 8, 5),
                                       QDate(2024, 8, 1), {}, &error);
    QVERIFY2(built, qPrintable(error));
    QSignalSpy added(m_meetings.get(), &MeetingStore::meetingAdded);
    QSignalSpy changed(m_meetings.get(), &MeetingStore::itemChanged);
    QSignalSpy removed(m_meetings.get(), &MeetingStore::meetingRemoved);
    {
        // A transaction already open on the connection: every change refuses to run.
        Transaction outer = m_store->transaction();
        QVERIFY(outer.isActive());
        auto refused = [&error] {
            const bool ok = error.contains(QStringLiteral("within a transaction"));
            error.clear();
            return ok;
        };
        QVERIFY(!m_meetings->addMeeting(built->meeting, built->items, &error));
        QVERIFY2(refused(), qPrintable(error));
        MeetingDecision decision;
        decision.decision = QStringLiteral("绿道年底前全部建成");
        QVERIFY(!m_meetings->setDecision(item.id, decision, &error));
        QVERIFY2(refused(), qPrintable(error));
        QVERIFY(!m_meetings->setResumeSlide(id, QStringLiteral("item:L1.1"), false, &error));
        QVERIFY2(refused(), qPrintable(error));
        QVERIFY(!m_meetings->removeMeeting(id, &error));
        QVERIFY2(refused(), qPrintable(error));
        QVERIFY(outer.commit());
    }
    QCOMPARE(added.count() + changed.count() + removed.count(), 0);
    QCOMPARE(m_meetings->meetings().size(), std::size_t(1));
    QCOMPARE(m_meetings->item(item.id)->decision.decision, QString());
    QCOMPARE(m_meetings->meeting(id)->resumeSlide, QString());
    QCOMPARE(m_store->auditLog().size(), audits);
    QCOMPARE(built->meeting.id, 0); // the caller's copy untouched
}

void TestMeetings::failedMeetingReadsAreAnnouncedByThePlanStore()
{
    const qint64 id = createMeeting();
    const qint64 itemId = m_meetings->items(id).front().id;
    const qint64 indicatorId = idOf(QStringLiteral("M2"));
    MeetingDecision decision;
    decision.decision = QStringLiteral("稳就业专项行动");
    QVERIFY(m_meetings->setDecision(itemFor(m_meetings->items(id), QStringLiteral("M2"))->id,
                                    decision, nullptr));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE meeting_item RENAME TO gone_meeting_item")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));

    QSignalSpy failed(m_store.get(), &PlanStore::readFailed);
    QString error;
    QVERIFY(m_meetings->meetings(&error).empty());
    QVERIFY2(error.contains(QStringLiteral("The meetings could not be read")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("no such table")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.last().first().toString(), error);
    QVERIFY(m_meetings->items(id, &error).empty());
    QVERIFY2(error.contains(QStringLiteral("items could not be read")), qPrintable(error));
    QVERIFY(!m_meetings->item(itemId, &error));
    QVERIFY(m_meetings->decisionsFor(indicatorId, 3, &error).empty());
    QVERIFY2(error.contains(QStringLiteral("decisions could not be read")), qPrintable(error));
    QCOMPARE(failed.count(), 4);
    // The meeting table itself is fine.
    error.clear();
    QCOMPARE(m_meetings->meeting(id, &error)->id, id);
    QCOMPARE(m_meetings->latestMeetingId(&error), std::optional<qint64>(id));
    QVERIFY(error.isEmpty());
    QCOMPARE(failed.count(), 4);
    // A change that must read first says why it cannot.
    QVERIFY(!m_meetings->removeMeeting(id, &error));
    QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
    QVERIFY(m_meetings->meeting(id));
}

void TestMeetings::chartLabelsAreProjectorSized()
{
    MeetingModeWindow window(m_meetings.get(), nullptr, createMeeting());
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_1); // the area's summary with its completion chart
    auto *overview = window.findChild<OverviewChartView *>(QStringLiteral("meetingPartChart"));
    QVERIFY(overview && overview->barCount() == 2);
    QVERIFY2(smallestText(overview->chart()) >= 20,
             qPrintable(QString::number(smallestText(overview->chart()))));
    // The names at that size fit left of the bars instead of running into them.
    QStringList names;
    for (int i = 0; i < overview->barCount(); ++i)
        names << overview->labelAt(i);
    int checked = 0;
    for (QGraphicsItem *item : overview->chart()->childItems()) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (!text || !names.contains(text->text()))
            continue;
        ++checked;
        QVERIFY(text->mapRectToParent(text->boundingRect()).right() <=
                overview->chart()->plotArea().left());
    }
    QCOMPARE(checked, 2);

    QTest::keyClick(&window, Qt::Key_Right); // A1.1.1: target bars and a trend of two figures
    auto *target = window.findChild<TargetChartView *>();
    auto *trend = window.findChild<TrendChartView *>();
    QVERIFY(target && trend);
    QVERIFY2(smallestText(target->chart()) >= 20,
             qPrintable(QString::number(smallestText(target->chart()))));
    QVERIFY2(smallestText(trend->chart()) >= 20,
             qPrintable(QString::number(smallestText(trend->chart()))));

    // Twice the lines (a 4K wall): twice the type, the charts included.
    auto *title = window.findChild<QLabel *>(QStringLiteral("meetingItemTitle"));
    const int titleAt1080 = pixels(title->font());
    window.resize(3840, 2160);
    QCOMPARE(pixels(title->font()), titleAt1080 * 2);
    QVERIFY(smallestText(target->chart()) >= 40);
    QVERIFY(smallestText(trend->chart()) >= 40);
    // A small window shrinks it again.
    window.resize(960, 540);
    QVERIFY(pixels(title->font()) < titleAt1080);
}

void TestMeetings::chartNamesAreWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestMeetings::chartNamesAreWhole()
{
    QFETCH(QSize, size);
    // The Chengdu report's longest name (32 characters), and a longer one as other reports have.
    const QString noise =
        QStringLiteral("在“11+2”区域人口密集或活动频繁区域安装噪声自动监测显示设备");
    const QString longer =
        QStringLiteral("推动规模以上工业企业数字化转型全覆盖并建成国家级智能制造示范"
                       "工厂和市级以上数字化车间");
    QVERIFY(m_store->setIndicatorField(idOf(QStringLiteral("A1.1.1")), IndicatorField::Name, noise,
                                       nullptr));
    QVERIFY(m_store->setIndicatorField(idOf(QStringLiteral("A1.1.2")), IndicatorField::Name, longer,
                                       nullptr));
    MeetingModeWindow window(m_meetings.get(), nullptr, createMeeting());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_1); // the area's summary with its completion chart
    auto *overview = window.findChild<OverviewChartView *>(QStringLiteral("meetingPartChart"));
    QVERIFY(overview && overview->barCount() == 2);
    QChart *chart = overview->chart();
    // Large enough for a projector at this window's height (22 px at 1080 lines).
    const int least = int(20 * size.height() / 1080.0);
    QVERIFY2(smallestText(chart) >= least, qPrintable(QString::number(smallestText(chart))));

    const QStringList expected{QStringLiteral("A1.1.1 ") + noise,
                               QStringLiteral("A1.1.2 ") + longer};
    const QRectF plot = chart->plotArea();
    const QRectF bounds(QPointF(0, 0), chart->size());
    for (int i = 0; i < overview->barCount(); ++i) {
        const QString shown = overview->labelAt(i);
        // Whole: every character, never "…", on at most two lines.
        QCOMPARE(squeezed(shown), squeezed(expected.at(i)));
        QVERIFY(!shown.contains(QChar(0x2026)));
        QVERIFY2(shown.count(QLatin1Char('\n')) <= 1, qPrintable(shown));
        const QRectF rect = overview->labelRect(i);
        QVERIFY2(bounds.contains(rect), qPrintable(shown));
        QVERIFY2(rect.right() <= plot.left(), qPrintable(shown));
        QVERIFY2(rect.top() >= plot.top() - 1 && rect.bottom() <= plot.bottom() + 1,
                 qPrintable(shown));
        if (i > 0)
            QVERIFY2(!rect.intersects(overview->labelRect(i - 1)), qPrintable(shown));
    }
    // The longer name wraps at both sizes: the names leave the bars most of the width.
    QVERIFY(overview->labelAt(1).contains(QLatin1Char('\n')));
    QVERIFY(plot.width() > chart->size().width() / 2);

    // Its indicator slide names it whole over both charts (once the charts, shown at their
    // size, have laid out again for the title's height).
    QTest::keyClick(&window, Qt::Key_Right);
    QCoreApplication::processEvents();
    auto *target = window.findChild<TargetChartView *>();
    auto *trend = window.findChild<TrendChartView *>();
    QVERIFY(target && trend);
    const std::vector<std::pair<QChartView *, const ChartHeading *>> views = {
        {target, &target->heading()}, {trend, &trend->heading()}};
    for (const auto &[view, heading] : views) {
        QVERIFY2(heading->text().contains(noise), qPrintable(heading->text()));
        QVERIFY(!heading->shownText().contains(QChar(0x2026)));
        QVERIFY(QRectF(QPointF(0, 0), view->chart()->size()).contains(heading->rect()));
        QVERIFY(heading->rect().bottom() <= view->chart()->plotArea().top());
        QVERIFY(view->chart()->size().height() <= view->height() + 0.5);
    }
}

void TestMeetings::rMarksReviewedAndNeverUnmarksSilently()
{
    const qint64 id = createMeeting();
    QUndoStack undo;
    MeetingModeWindow window(m_meetings.get(), &undo, id);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *reviewed = window.findChild<QCheckBox *>(QStringLiteral("meetingReviewed"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("meetingStatusLine"));
    auto *decision = window.findChild<QLineEdit *>(QStringLiteral("meetingDecision"));
    QVERIFY(reviewed && status && decision);
    const qint64 itemId = itemFor(m_meetings->items(id), QStringLiteral("A1.1.1"))->id;
    auto stored = [&] { return m_meetings->item(itemId)->decision; };

    // R on a part's summary has nothing to mark, and says so.
    QTest::keyClick(&window, Qt::Key_1);
    QTest::keyClick(&window, Qt::Key_R);
    QVERIFY(!status->text().isEmpty());
    QVERIFY(status->isVisible());

    // Typing a decision shows the mark at once; leaving the field saves both.
    QTest::keyClick(&window, Qt::Key_Right);
    QVERIFY(status->text().isEmpty()); // a move clears the status line
    QTest::keyClick(&window, Qt::Key_D);
    QTest::keyClicks(decision, QStringLiteral("Speed up"));
    QVERIFY(reviewed->isChecked());
    QTest::keyClick(decision, Qt::Key_Return);
    QCOMPARE(stored().decision, QStringLiteral("Speed up"));
    QVERIFY(stored().reviewed);

    // R then leaves the mark as it is and says so, rather than taking it away.
    QTest::keyClick(&window, Qt::Key_R);
    QVERIFY(reviewed->isChecked());
    QVERIFY(stored().reviewed);
    QCOMPARE(status->text(), modeText("Already marked as reviewed. Shift+R removes the mark."));
    QTest::keyClick(&window, Qt::Key_R);
    QVERIFY(stored().reviewed);

    // Shift+R removes it; R puts it back; each is one undo step.
    QTest::keyClick(&window, Qt::Key_R, Qt::ShiftModifier);
    QVERIFY(!reviewed->isChecked());
    QVERIFY(!stored().reviewed);
    QCOMPARE(status->text(), modeText("The reviewed mark is removed."));
    QTest::keyClick(&window, Qt::Key_R, Qt::ShiftModifier);
    QVERIFY(!stored().reviewed);
    QTest::keyClick(&window, Qt::Key_R);
    QVERIFY(stored().reviewed);
    QVERIFY(reviewed->isChecked());
    QCOMPARE(status->text(), modeText("Marked as reviewed."));
    undo.undo();
    QVERIFY(!stored().reviewed);
    QVERIFY(!reviewed->isChecked());
    QCOMPARE(stored().decision, QStringLiteral("Speed up"));
}

void TestMeetings::continuingRestoresFilterAndSlide()
{
    const qint64 id = createMeeting();
    {
        MeetingModeWindow window(m_meetings.get(), nullptr, id);
        window.show();
        QTest::keyClick(&window, Qt::Key_B);
        QTest::keyClick(&window, Qt::Key_End); // A1.1.1, the last slide behind
        QCOMPARE(window.positionText(), QStringLiteral("4 / 4"));
        QTest::keyClick(&window, Qt::Key_Escape);
    }
    QVERIFY(m_meetings->meeting(id)->resumeBehindOnly);

    MeetingModeWindow again(m_meetings.get(), nullptr, id);
    again.show();
    QVERIFY(again.deck().behindOnly());
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("meetingBehindOnly"))->isChecked());
    QCOMPARE(again.positionText(), QStringLiteral("4 / 4")); // in the filter's numbering
    QCOMPARE(again.findChild<QLabel *>(QStringLiteral("meetingItemTitle"))->text(),
             QStringLiteral("A1.1.1  新引进首店"));
    // Showing all again is kept as well, on the same slide.
    QTest::keyClick(&again, Qt::Key_B);
    QCOMPARE(again.positionText(), QStringLiteral("5 / 8"));
    again.close();
    QVERIFY(!m_meetings->meeting(id)->resumeBehindOnly);
    MeetingModeWindow third(m_meetings.get(), nullptr, id);
    QVERIFY(!third.deck().behindOnly());
    QCOMPARE(third.positionText(), QStringLiteral("5 / 8"));
}

void TestMeetings::keyThatDoesNothingSaysWhy()
{
    MeetingModeWindow window(m_meetings.get(), nullptr, createMeeting());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = window.findChild<QLabel *>(QStringLiteral("meetingStatusLine"));
    QTest::keyClick(&window, Qt::Key_B);
    QCOMPARE(window.positionText(), QStringLiteral("1 / 4"));
    QVERIFY(status->text().isEmpty());

    // The livelihood projects are reviewed, but none is behind: the filter hides them.
    QTest::keyClick(&window, Qt::Key_L);
    QCOMPARE(window.positionText(), QStringLiteral("1 / 4"));
    QCOMPARE(status->text(), modeText("%1: no indicator is behind. Press B to show all slides.")
                                 .arg(QStringLiteral("民生实事")));
    // The plan has no area 2: not on the agenda at all.
    QTest::keyClick(&window, Qt::Key_2);
    QCOMPARE(window.positionText(), QStringLiteral("1 / 4"));
    QCOMPARE(status->text(), modeText("Area %1 is not on this meeting's agenda.").arg(2));
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(status->text(), modeText("This is the first slide."));
    // A key that works clears it; B then shows the hidden part and L reaches it.
    QTest::keyClick(&window, Qt::Key_1);
    QCOMPARE(window.positionText(), QStringLiteral("3 / 4"));
    QVERIFY(status->text().isEmpty());
    QTest::keyClick(&window, Qt::Key_B);
    QTest::keyClick(&window, Qt::Key_L);
    QCOMPARE(window.positionText(), QStringLiteral("7 / 8"));
    QVERIFY(status->text().isEmpty());
    QTest::keyClick(&window, Qt::Key_End);
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(status->text(), modeText("This is the last slide."));
}

void TestMeetings::startDialogSkipsIndicatorsWithoutFigures()
{
    auto choice = [](QDialog &dialog, const char *name) {
        return dialog.findChild<QRadioButton *>(QLatin1String(name));
    };
    // On 31 March only A1.1.1 has a figure (and it is behind); four have none.
    qint64 first = 0;
    {
        MeetingStartDialog dialog(m_meetings.get(), QDate(2024, 3, 31), 0, QString());
        QVERIFY(choice(dialog, "scopeReported")->isChecked());
        QVERIFY(choice(dialog, "scopeReported")->text().contains(QStringLiteral("(1)")));
        QVERIFY(choice(dialog, "scopeBehindOnly")->text().contains(QStringLiteral("(1)")));
        QVERIFY(choice(dialog, "scopeEveryIndicator")->text().contains(QStringLiteral("(5)")));
        auto *skipped = dialog.findChild<QLabel *>(QStringLiteral("scopeSkipped"));
        QVERIFY(!skipped->isHidden());
        QVERIFY(skipped->text().contains(QLatin1Char('4')));
        // Choosing to include them says nothing is skipped any more.
        choice(dialog, "scopeEveryIndicator")->click();
        QVERIFY(skipped->isHidden());
        choice(dialog, "scopeReported")->click();
        QVERIFY(!skipped->isHidden());
        dialog.accept();
        first = dialog.meetingId();
    }
    QVERIFY(first);
    QCOMPARE(int(m_meetings->items(first).size()), 1);
    QVERIFY(!m_meetings->meeting(first)->scope.includeUnreported);
    MeetingModeWindow mode(m_meetings.get(), nullptr, first);
    QCOMPARE(mode.slideCount(), 2); // the area and A1.1.1, no empty slides

    // The counts follow the as-of date; every indicator includes those with no figures.
    MeetingStartDialog dialog(m_meetings.get(), QDate(2024, 3, 31), 0, QString());
    QVERIFY(choice(dialog, "continueMeeting")->isChecked());
    choice(dialog, "newMeeting")->click();
    auto *asOf = dialog.findChild<QDateEdit *>(QStringLiteral("meetingAsOfEdit"));
    asOf->setDate(QDate(2024, 7, 1));
    QVERIFY(choice(dialog, "scopeReported")->text().contains(QStringLiteral("(5)")));
    QVERIFY(choice(dialog, "scopeBehindOnly")->text().contains(QStringLiteral("(2)")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("scopeSkipped"))->isHidden());
    asOf->setDate(QDate(2024, 3, 31));
    choice(dialog, "scopeEveryIndicator")->click();
    dialog.accept();
    QVERIFY(dialog.meetingId() != first);
    QCOMPARE(int(m_meetings->items(dialog.meetingId()).size()), 5);
    QVERIFY(m_meetings->meeting(dialog.meetingId())->scope.includeUnreported);
}

void TestMeetings::defaultTitleFollowsTheFiguresDate()
{
    const test::FixedToday today(QDate(2025, 2, 10));
    MeetingStartDialog dialog(m_meetings.get(), QDate(2024, 6, 30), 0, QString());
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("meetingTitleEdit"));
    QCOMPARE(title->text(), MeetingStartDialog::defaultTitle(QDate(2024, 6, 30)));
    QVERIFY(title->text().contains(QStringLiteral("2024")));
    QVERIFY(!title->text().contains(QStringLiteral("2025")));
    QVERIFY(MeetingStartDialog::defaultTitle(QDate(2024, 6, 30)) !=
            MeetingStartDialog::defaultTitle(QDate(2024, 9, 30)));
    // The meeting itself is held today.
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("meetingDateEdit"))->date(),
             QDate(2025, 2, 10));
    // Another as-of date renames it, until the user has typed a title of their own.
    auto *asOf = dialog.findChild<QDateEdit *>(QStringLiteral("meetingAsOfEdit"));
    asOf->setDate(QDate(2024, 9, 30));
    QCOMPARE(title->text(), MeetingStartDialog::defaultTitle(QDate(2024, 9, 30)));
    QTest::keyClicks(title, QStringLiteral(" (special)"));
    const QString typed = title->text();
    QVERIFY(typed.endsWith(QStringLiteral(" (special)")));
    asOf->setDate(QDate(2024, 6, 30));
    QCOMPARE(title->text(), typed);
}

void TestMeetings::participantsAreKeptAndPrinted()
{
    qint64 id = 0;
    {
        MeetingStartDialog dialog(m_meetings.get(), QDate(2024, 7, 1), 0, QString());
        dialog.findChild<QLineEdit *>(QStringLiteral("meetingChairEdit"))
            ->setText(QStringLiteral("王市长"));
        dialog.findChild<QLineEdit *>(QStringLiteral("meetingAttendeesEdit"))
            ->setText(QStringLiteral("市发改委、市商务局、市人社局"));
        dialog.findChild<QLineEdit *>(QStringLiteral("meetingRecorderEdit"))
            ->setText(QStringLiteral("李秘书"));
        dialog.accept();
        id = dialog.meetingId();
    }
    QVERIFY(id);
    MeetingParticipants people = m_meetings->meeting(id)->participants;
    QCOMPARE(people.chair, QStringLiteral("王市长"));
    QCOMPARE(people.attendees, QStringLiteral("市发改委、市商务局、市人社局"));
    QCOMPARE(people.recorder, QStringLiteral("李秘书"));

    // Continuing the meeting starts from its people; a change is kept and audited.
    {
        MeetingStartDialog dialog(m_meetings.get(), QDate(2024, 7, 1), 0, QString());
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("continueMeeting"))->isChecked());
        auto *recorder = dialog.findChild<QLineEdit *>(QStringLiteral("meetingRecorderEdit"));
        QCOMPARE(recorder->text(), QStringLiteral("李秘书"));
        recorder->setText(QStringLiteral("张秘书"));
        dialog.accept();
        QCOMPARE(dialog.meetingId(), id);
    }
    people = m_meetings->meeting(id)->participants;
    QCOMPARE(people.recorder, QStringLiteral("张秘书"));
    QCOMPARE(people.chair, QStringLiteral("王市长"));
    const std::vector<AuditEntry> log = m_store->auditLog(QStringLiteral("meeting"), id);
    QCOMPARE(log.back().field, QStringLiteral("recorder"));
    QCOMPARE(log.back().oldValue, QStringLiteral("李秘书"));
    QCOMPARE(log.back().newValue, QStringLiteral("张秘书"));

    // The minutes name them.
    const QString pdf = m_dir->filePath(QStringLiteral("people.pdf"));
    const ReportRenderer::Result result = MinutesExporter().exportMeeting(*m_meetings, id, pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(QStringLiteral("王市长")));
    QVERIFY(flat.contains(QStringLiteral("市发改委、市商务局、市人社局")));
    QVERIFY(flat.contains(QStringLiteral("张秘书")));
}

void TestMeetings::minutesStatusColumnNeverWraps()
{
    // M2 (6.5 % against a cap of 5.5 %) is slightly behind, the longest English label; A1.1.1
    // is behind, the longest Chinese one.
    const qint64 id = createMeeting();
    std::set<Status> statuses;
    for (const MeetingItem &item : m_meetings->items(id)) {
        MeetingDecision reviewed;
        reviewed.reviewed = true;
        QVERIFY(m_meetings->setDecision(item.id, reviewed, nullptr));
        statuses.insert(item.snapshot.status);
    }
    QVERIFY(statuses.count(Status::SlightlyBehind));
    QVERIFY(statuses.count(Status::Behind));
    for (const QLocale &language :
         {QLocale(QLocale::Chinese, QLocale::China), QLocale(QLocale::English)}) {
        ReportRenderer::Options options;
        options.language = language;
        const QString pdf = m_dir->filePath(language.name() + QStringLiteral(".pdf"));
        const ReportRenderer::Result result =
            MinutesExporter(options).exportMeeting(*m_meetings, id, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext is not installed");
        const ReportLabels labels(language);
        for (Status status : statuses) {
            const QString label = labels.status(status);
            QVERIFY2(inOneRow(text, label),
                     qPrintable(language.name() + QStringLiteral(": ") + label));
        }
    }
}

QTEST_MAIN(TestMeetings)
#include "tst_meetings.moc"
