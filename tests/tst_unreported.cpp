// Who has not reported (issue 17): the list per unit for a round, the `unreported` command as a
// user runs it, and the 催报单 it writes (the PDF read back through pdftotext, the XLSX through
// unzip), with today fixed.

#include "commands/SetRoundScheduleCommand.h"
#include "export/ReminderWorkbook.h"
#include "plan/Clock.h"
#include "report/ReminderSheet.h"
#include "report/UnreportedList.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pd;

class TestUnreported : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listPerUnitFromValues();
    void nothingLateBeforeTheDueDay();
    void everyoneReported();
    void readFromTheDataFileWithContacts();
    void scheduleKeptInTheFileUndoable();
    void commandPrintsPerUnitAndATotal();
    void commandRefusesBadRounds();
    void pdfHasAPagePerUnit();
    void longTableContinuesWithItsHeader();
    void workbookHasASummaryAndASheetPerUnit();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
};

namespace {

const QDate MidJuly(2024, 7, 15);

/// The sample plan with lead units: 市统计局 leads M1 and A1.1.1, 市人社局 M2, 市公园城市局 L1.1;
/// A1.1.2 has none (未分配). extra more indicators for 市商务局, to fill pages.
ParsedPlan plan(int extra = 0)
{
    ParsedPlan plan = test::samplePlan();
    for (auto &item : plan.indicators) {
        const QString code = item.indicator.code;
        if (code == QLatin1String("M1") || code == QLatin1String("A1.1.1"))
            item.indicator.leadUnit = QStringLiteral("市统计局");
        else if (code == QLatin1String("M2"))
            item.indicator.leadUnit = QStringLiteral("市人社局");
        else if (code == QLatin1String("L1.1"))
            item.indicator.leadUnit = QStringLiteral("市公园城市局");
    }
    const ParsedPlan::Item model = plan.indicators[2]; // A1.1.1, in the area's section
    for (int i = 0; i < extra; ++i) {
        ParsedPlan::Item item = model;
        item.indicator.code = QStringLiteral("A1.1.%1").arg(i + 3);
        item.indicator.ordinal = i + 3;
        item.indicator.name = QStringLiteral("新建社区商业综合体第%1批").arg(i + 1);
        item.indicator.leadUnit = QStringLiteral("市商务局");
        plan.indicators.push_back(item);
    }
    return plan;
}

/// Adds the figures of the fixture: June's from M1 and L1.1, older ones from A1.1.1 and M2,
/// a July one from A1.1.1 (after the June round), none from A1.1.2.
bool addFigures(PlanStore &store, QString *error)
{
    const struct
    {
        const char *code;
        QDate date;
        double value;
    } figures[] = {
        {"M1", QDate(2024, 6, 30), 6.2},    {"A1.1.1", QDate(2024, 5, 31), 260},
        {"A1.1.1", QDate(2024, 7, 2), 300}, {"M2", QDate(2024, 3, 31), 5.1},
        {"L1.1", QDate(2024, 6, 15), 400},
    };
    for (const auto &f : figures) {
        const auto ind = store.indicatorByCode(QString::fromLatin1(f.code));
        if (!ind)
            return false;
        Measurement m;
        m.indicatorId = ind->id;
        m.date = f.date;
        m.value = f.value;
        if (!store.addMeasurement(m, error))
            return false;
    }
    return true;
}

std::vector<Indicator> indicatorsOf(const ParsedPlan &plan)
{
    std::vector<Indicator> indicators;
    qint64 id = 0;
    for (const auto &item : plan.indicators) {
        indicators.push_back(item.indicator);
        indicators.back().id = ++id;
    }
    return indicators;
}

Measurement figure(qint64 indicator, const QDate &date, double value)
{
    Measurement m;
    m.indicatorId = indicator;
    m.date = date;
    m.value = value;
    return m;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// One page's text of a PDF, or everything (page 0).
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << QStringLiteral("-layout") << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

int pdfPages(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString zipEntry(const QString &xlsx, const QString &name)
{
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
}

} // namespace

void TestUnreported::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("plan.sqlite"));
    PlanStore store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QVERIFY2(store.importPlan(plan(), false, &error), qPrintable(error));
    QVERIFY2(addFigures(store, &error), qPrintable(error));
}

TestUnreported::Result TestUnreported::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // PD_TODAY included
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PD_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestUnreported::listPerUnitFromValues()
{
    const std::vector<Indicator> indicators = indicatorsOf(plan()); // ids 1…5: M1 M2 A1.1.1 …
    // The latest at 30 June per indicator, as the store gives it, and a later one handed in.
    std::map<qint64, Measurement> latest{
        {1, figure(1, QDate(2024, 6, 30), 6.2)}, // M1: June's
        {2, figure(2, QDate(2024, 3, 31), 5.1)}, // M2: March's
        {3, figure(3, QDate(2024, 7, 2), 300)},  // A1.1.1: July's, not June's
        {5, figure(5, QDate(2024, 6, 1), 400)},  // L1.1: June's, on the first day
    };
    const UnreportedList list(ReportingRound(2024, 6), indicators, latest, MidJuly,
                              {{QStringLiteral("市人社局"), QStringLiteral("王五 028-6100")}});
    QCOMPARE(list.round().key(), QStringLiteral("2024-06"));
    QVERIFY(list.isOverdue());
    QCOMPARE(list.daysLate(), 5); // due 10 July
    QCOMPARE(list.unitCount(), 4);
    QCOMPARE(list.indicatorCount(), 5);
    QCOMPARE(list.missingCount(), 3);
    QCOMPARE(list.lateUnitCount(), 3);
    QCOMPARE(list.lateIndicatorCount(), 3);
    const auto &units = list.units();
    QCOMPARE(units.size(), std::size_t(3));
    QCOMPARE(units[0].name, QStringLiteral("市统计局")); // report order, 未分配 last
    QCOMPARE(units[0].indicatorCount, 2);
    QCOMPARE(units[0].missing.size(), std::size_t(1));
    QCOMPARE(units[0].missing[0].indicator.code, QStringLiteral("A1.1.1"));
    QVERIFY(!units[0].missing[0].last); // a figure after the round is no "last" of it
    QCOMPARE(units[0].daysLate, 5);
    QVERIFY(units[0].contact.isEmpty());
    QCOMPARE(units[1].name, QStringLiteral("市人社局"));
    QCOMPARE(units[1].contact, QStringLiteral("王五 028-6100"));
    QCOMPARE(units[1].missing[0].last->value, 5.1);
    QCOMPARE(units[1].missing[0].last->date, QDate(2024, 3, 31));
    QCOMPARE(units[2].name, QStringLiteral("未分配"));
    QVERIFY(!units[2].assigned);
    QCOMPARE(units[2].missing[0].indicator.code, QStringLiteral("A1.1.2"));
    QVERIFY(units[0].assigned);
    QVERIFY2(list.roundLine().contains(QLatin1String("5 day(s) late")),
             qPrintable(list.roundLine()));

    // The December round, due in January: a figure of 31 December counts, 30 November not.
    latest[2] = figure(2, QDate(2024, 12, 31), 5.0);
    const UnreportedList december(ReportingRound(2024, 12), indicators, latest, QDate(2025, 1, 12));
    QCOMPARE(december.daysLate(), 2);
    QCOMPARE(december.round().due(), QDate(2025, 1, 10));
    for (const auto &unit : december.units()) {
        for (const auto &item : unit.missing)
            QVERIFY(item.indicator.code != QLatin1String("M2"));
    }
    QCOMPARE(december.missingCount(), 4);
}

void TestUnreported::nothingLateBeforeTheDueDay()
{
    const std::vector<Indicator> indicators = indicatorsOf(plan());
    for (const QDate &today : {QDate(2024, 7, 5), QDate(2024, 7, 10)}) {
        const UnreportedList list(ReportingRound(2024, 6), indicators, {}, today);
        QVERIFY(!list.isOverdue());
        QCOMPARE(list.daysLate(), 0);
        QCOMPARE(list.missingCount(), 5); // still listed: nobody has sent June's figures
        QCOMPARE(list.lateUnitCount(), 0);
        QCOMPARE(list.lateIndicatorCount(), 0);
        for (const auto &unit : list.units())
            QCOMPARE(unit.daysLate, 0);
    }
    const UnreportedList early(ReportingRound(2024, 6), indicators, {}, QDate(2024, 7, 5));
    QVERIFY2(early.roundLine().contains(QLatin1String("due in 5 day(s)")),
             qPrintable(early.roundLine()));
    // Quarterly, due on the 20th: on 15 July the second quarter is not late yet.
    const RoundSchedule quarterly{RoundCadence::Quarterly, 20};
    const UnreportedList quarter(ReportingRound(2024, 6, quarterly), indicators, {}, MidJuly);
    QVERIFY(!quarter.isOverdue());
    QCOMPARE(UnreportedList(ReportingRound(2024, 6, quarterly), indicators, {}, QDate(2024, 7, 21))
                 .daysLate(),
             1);
}

void TestUnreported::everyoneReported()
{
    const std::vector<Indicator> indicators = indicatorsOf(plan());
    std::map<qint64, Measurement> latest;
    for (const Indicator &ind : indicators)
        latest[ind.id] = figure(ind.id, QDate(2024, 6, 20), 1);
    const UnreportedList list(ReportingRound(2024, 6), indicators, latest, MidJuly);
    QVERIFY(list.units().empty());
    QCOMPARE(list.lateUnitCount(), 0);
    QCOMPARE(list.unitCount(), 4);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    const ReportRenderer::Result result =
        ReminderSheet(test::samplePlan().info).exportPdf(list, pdf);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("2024-06")), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(pdf));
    QString error;
    QVERIFY(!ReminderWorkbook::write(list, test::samplePlan().info,
                                     dir.filePath(QStringLiteral("none.xlsx")), &error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.xlsx"))));
}

void TestUnreported::readFromTheDataFileWithContacts()
{
    test::TempDataFile file;
    PlanStore store;
    QString error;
    QVERIFY2(store.open(file.path(), &error), qPrintable(error));
    QVERIFY2(store.importPlan(plan(), false, &error), qPrintable(error));
    QVERIFY2(addFigures(store, &error), qPrintable(error));
    ResponsibleUnit unit;
    unit.name = QStringLiteral("市统计局");
    unit.shortName = QStringLiteral("统计局");
    unit.contact = QStringLiteral("张三 028-6123 4567");
    QVERIFY2(store.addUnit(unit, &error), qPrintable(error));

    test::FixedToday today(MidJuly);
    const ReportingRound current = RoundSettings::currentRound(store, Clock::today());
    QCOMPARE(current.key(), QStringLiteral("2024-06"));
    const auto list = UnreportedList::read(store, current, Clock::today(), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->units().size(), std::size_t(3));
    QCOMPARE(list->units()[0].name, QStringLiteral("市统计局"));
    QCOMPARE(list->units()[0].contact, QStringLiteral("张三 028-6123 4567"));
    // The latest at the round's end: A1.1.1's May figure, not July's.
    QCOMPARE(list->units()[0].missing[0].last->value, 260.0);
    QCOMPARE(list->units()[1].missing[0].indicator.code, QStringLiteral("M2"));
    QCOMPARE(list->daysLate(), 5);

    // A closed store: the read fails and says so.
    store.close();
    QString closed;
    QVERIFY(!UnreportedList::read(store, current, MidJuly, &closed));
    QVERIFY(!closed.isEmpty());
}

void TestUnreported::scheduleKeptInTheFileUndoable()
{
    test::TempDataFile file;
    PlanStore store;
    QString error;
    QVERIFY2(store.open(file.path(), &error), qPrintable(error));
    QVERIFY2(store.importPlan(plan(), false, &error), qPrintable(error));
    QCOMPARE(RoundSettings::schedule(store), RoundSchedule{});

    const RoundSchedule quarterly{RoundCadence::Quarterly, 20};
    QUndoStack stack;
    auto failure = std::make_shared<QString>();
    stack.push(new SetRoundScheduleCommand(&store, RoundSchedule{}, quarterly, failure));
    QVERIFY2(failure->isEmpty(), qPrintable(*failure));
    QCOMPARE(store.setting(RoundSchedule::cadenceKey()), QStringLiteral("quarterly"));
    QCOMPARE(store.setting(RoundSchedule::dueDayKey()), QStringLiteral("20"));
    QCOMPARE(RoundSettings::schedule(store), quarterly);
    QCOMPARE(RoundSettings::currentRound(store, QDate(2024, 8, 20)).key(),
             QStringLiteral("2024-06"));
    QCOMPARE(RoundSettings::currentRound(store, QDate(2024, 8, 20)).due(), QDate(2024, 7, 20));
    // --round reads with the file's schedule and the plan's year.
    QVERIFY(RoundSettings::parseRound(store, QStringLiteral("2024-09"), &error).isValid());
    QVERIFY(!RoundSettings::parseRound(store, QStringLiteral("2024-08"), &error).isValid());
    QVERIFY(!RoundSettings::parseRound(store, QStringLiteral("2023-09"), &error).isValid());
    QVERIFY2(error.contains(QLatin1String("2024")), qPrintable(error));
    // Audited, as a setting.
    bool audited = false;
    for (const AuditEntry &entry : store.auditLog(QStringLiteral("setting"))) {
        if (entry.field == RoundSchedule::cadenceKey() ||
            entry.newValue == QLatin1String("quarterly"))
            audited = true;
    }
    QVERIFY(audited);

    stack.undo();
    QCOMPARE(RoundSettings::schedule(store), RoundSchedule{});
    stack.redo();
    QCOMPARE(RoundSettings::schedule(store), quarterly);
    // A schedule kept in the file outlives the connection.
    store.close();
    PlanStore again;
    QVERIFY2(again.open(file.path(), &error), qPrintable(error));
    QCOMPARE(RoundSettings::schedule(again), quarterly);
}

void TestUnreported::commandPrintsPerUnitAndATotal()
{
    test::FixedToday today(MidJuly); // through PD_TODAY for the binary
    const Result result = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 8, qPrintable(result.out));
    QVERIFY2(lines[0].contains(QLatin1String("2024-06")) &&
                 lines[0].contains(QLatin1String("2024-07-10")) &&
                 lines[0].contains(QLatin1String("5 day(s) late")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("市统计局 — 1 of 2 indicator(s)")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QRegularExpression(QStringLiteral("^  A1\\.1\\.1\\s+新引进首店\\s+"
                                                                 "5 day\\(s\\) late$"))),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("市人社局")), qPrintable(lines[3]));
    QVERIFY2(lines[4].contains(QRegularExpression(QStringLiteral("^  M2\\s+城镇调查失业率"))),
             qPrintable(lines[4]));
    QVERIFY2(lines[5].startsWith(QStringLiteral("未分配")), qPrintable(lines[5]));
    QVERIFY(lines[6].contains(QLatin1String("A1.1.2")));
    QCOMPARE(lines[7], QStringLiteral("Total: 3 indicator(s) of 3 unit(s) late by 5 day(s)."));
    QVERIFY(!result.out.contains(QStringLiteral("市公园城市局"))); // it reported
    QVERIFY(!result.out.contains(QLatin1String("  M1 ")));

    // The May round (due 10 June): A1.1.1 reported then; M1, M2, A1.1.2 and L1.1 did not.
    const Result may = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--round"), QStringLiteral("2024-05")});
    QVERIFY2(may.code == 0, qPrintable(may.err));
    QVERIFY2(may.out.contains(QLatin1String("35 day(s) late")), qPrintable(may.out));
    QVERIFY(!may.out.contains(
        QRegularExpression(QStringLiteral("^  A1\\.1\\.1 "), QRegularExpression::MultilineOption)));
    QVERIFY(may.out.contains(QStringLiteral("市公园城市局")));

    // Before the due day: listed, not late.
    test::FixedToday early(QDate(2024, 7, 8));
    const Result notYet = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db});
    QVERIFY2(notYet.code == 0, qPrintable(notYet.err));
    QVERIFY2(notYet.out.contains(QLatin1String("due in 2 day(s)")), qPrintable(notYet.out));
    QVERIFY(notYet.out.contains(QLatin1String("not due yet")));
    QVERIFY2(notYet.out.contains(QLatin1String("none late before 2024-07-10")),
             qPrintable(notYet.out));
}

void TestUnreported::commandRefusesBadRounds()
{
    test::FixedToday today(MidJuly);
    for (const char *bad : {"2024-13", "June", "2023-06", "2024-06-30"}) {
        const QString out = path(QStringLiteral("bad.pdf"));
        const Result result = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--round"), QString::fromLatin1(bad),
                                   QStringLiteral("--pdf"), out});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(QLatin1String("round")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(out));
    }
    const Result folder = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--pdf"), m_dir.path()});
    QCOMPARE(folder.code, 1);
    const Result help = run({QStringLiteral("unreported"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--round")));
    QVERIFY(help.out.contains(QLatin1String("--xlsx")));
    const Result list = run({QStringLiteral("--help")});
    QVERIFY(list.out.contains(QLatin1String("unreported")));
}

void TestUnreported::pdfHasAPagePerUnit()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed: the PDF cannot be read back");
    test::FixedToday today(MidJuly);
    const QString pdf = path(QStringLiteral("催报单.pdf"));
    const Result result = run(
        {QStringLiteral("unreported"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("(3 page(s))")), qPrintable(result.out));
    QCOMPARE(pdfPages(pdf), 3);
    const struct
    {
        const char *unit;
        QStringList rows;                         // the table's rows, squeezed
        std::initializer_list<const char *> not_; // what other units' pages hold
    } pages[] = {
        {"市统计局", {QStringLiteral("1A1.1.1新引进首店≥500家260家2024-05-31")}, {"M2", "A1.1.2"}},
        {"市人社局", {QStringLiteral("1M2城镇调查失业率≤5.5%5.1%2024-03-31")}, {"A1.1.1"}},
        {"未分配", {QStringLiteral("1A1.1.2线上业务办理率≥95%—未报送")}, {"M2", "A1.1.1"}},
    };
    for (int page = 1; page <= 3; ++page) {
        const auto &expected = pages[page - 1];
        const QString text = pdfText(pdf, page);
        const QString flat = squeezed(text);
        QVERIFY2(flat.contains(QStringLiteral("催报单")), qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("牵头单位：") + QString::fromUtf8(expected.unit)),
                 qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("填报轮次：2024-06（数据截至2024年6月30日）")),
                 qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("报送截止日期：2024年7月10日")), qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("已逾期：5天")), qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("序号编码指标目标上次数值上次日期")),
                 qPrintable(text));
        for (const QString &row : expected.rows)
            QVERIFY2(flat.contains(row), qPrintable(text));
        for (const char *other : expected.not_)
            QVERIFY2(!text.contains(QString::fromLatin1(other)), qPrintable(text));
        // Asked to report by three days from today; the office and the date at the foot.
        QVERIFY2(flat.contains(QStringLiteral("请于2024年7月18日前")), qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("示例市人民政府督查室2024年7月15日")),
                 qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("第%1页，共3页").arg(page)), qPrintable(text));
    }
}

void TestUnreported::longTableContinuesWithItsHeader()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed: the PDF cannot be read back");
    const ParsedPlan big = plan(60); // 市商务局 leads 60 indicators, none reported
    const UnreportedList list(ReportingRound(2024, 6), indicatorsOf(big), {}, MidJuly);
    QCOMPARE(list.units().size(), std::size_t(5));
    QCOMPARE(list.units()[3].name, QStringLiteral("市商务局"));
    const QString pdf = path(QStringLiteral("long.pdf"));
    ReminderSheet::Options options;
    options.office = QStringLiteral("市委市政府督查室");
    options.reportBy = QDate(2024, 7, 20);
    const ReportRenderer::Result result = ReminderSheet(big.info, options).exportPdf(list, pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(pdfPages(pdf), result.pageCount);
    QVERIFY2(result.pageCount >= 6, qPrintable(QString::number(result.pageCount)));
    // Every row of 市商务局 once, over pages that each repeat the table's header.
    const QString all = squeezed(pdfText(pdf));
    int unitPages = 0;
    for (int page = 1; page <= result.pageCount; ++page) {
        const QString flat = squeezed(pdfText(pdf, page));
        // The closing never stands alone: the table's last row comes with it (at 60 rows the
        // closing would not fit under the last one).
        if (flat.contains(QStringLiteral("请于")))
            QVERIFY2(flat.contains(QStringLiteral("序号编码指标目标上次数值上次日期")),
                     qPrintable(flat));
        if (!flat.contains(QStringLiteral("新建社区商业综合体")))
            continue;
        ++unitPages;
        QVERIFY2(flat.contains(QStringLiteral("序号编码指标目标上次数值上次日期")),
                 qPrintable(flat));
        QVERIFY(flat.contains(QStringLiteral("催报单·市商务局"))); // the running title
    }
    QVERIFY2(unitPages >= 2, qPrintable(QString::number(unitPages)));
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(all.contains(QStringLiteral("新建社区商业综合体第%1批").arg(i)),
                 qPrintable(QString::number(i)));
    QCOMPARE(all.count(QStringLiteral("请于2024年7月20日前")), 5); // once per unit
    QCOMPARE(all.count(QStringLiteral("市委市政府督查室2024年7月15日")), 5);
    // The first page of each unit starts with its title: the next unit begins a new page.
    QVERIFY(squeezed(pdfText(pdf, result.pageCount)).contains(QStringLiteral("牵头单位：未分配")));
}

void TestUnreported::workbookHasASummaryAndASheetPerUnit()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed: the XLSX cannot be read back");
    test::FixedToday today(MidJuly);
    const QString xlsx = path(QStringLiteral("催报单.xlsx"));
    const QString pdf = path(QStringLiteral("both.pdf"));
    const Result result = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--xlsx"), xlsx, QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(QFileInfo(pdf).isFile());
    const QString workbook = zipEntry(xlsx, QStringLiteral("xl/workbook.xml"));
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(workbook); it.hasNext();)
        names << it.next().captured(1);
    QCOMPARE(names, (QStringList{QStringLiteral("汇总"), QStringLiteral("市统计局"),
                                 QStringLiteral("市人社局"), QStringLiteral("未分配")}));
    const QString strings = zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    for (const QString &text :
         {QStringLiteral("催报汇总　　填报轮次：2024-06　　报送截止日期：2024-07-10"),
          QStringLiteral("催报单　　牵头单位：市人社局"), QStringLiteral("已逾期 5 天"),
          QStringLiteral("序号"), QStringLiteral("上次数值"), QStringLiteral("上次日期"),
          QStringLiteral("城镇调查失业率"), QStringLiteral("2024-03-31"), QStringLiteral("未报送"),
          QStringLiteral("示例市人民政府督查室")})
        QVERIFY2(strings.contains(text), qPrintable(text));
    // The summary: a row per unit with its counts (M2's unit: 1 missing of 1, 5 days).
    const QString summary = zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(summary.contains(QRegularExpression(QStringLiteral("<c r=\"D5\"[^>]*><v>1</v>"))),
             qPrintable(summary.left(3000)));
    QVERIFY(summary.contains(QRegularExpression(QStringLiteral("<c r=\"E4\"[^>]*><v>2</v>"))));
    QVERIFY(summary.contains(QRegularExpression(QStringLiteral("<c r=\"F6\"[^>]*><v>5</v>"))));
    // The unit's sheet: the last figure as a number.
    const QString unit = zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet3.xml"));
    QVERIFY2(unit.contains(QLatin1String("<v>5.1</v>")), qPrintable(unit.left(3000)));
    QVERIFY(zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"))
                .contains(QLatin1String("<pageSetup paperSize=\"9\"")));

    // The office: --office for once, else the one the file keeps.
    const QString other = path(QStringLiteral("other.xlsx"));
    Result named =
        run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db, QStringLiteral("--xlsx"),
             other, QStringLiteral("--office"), QStringLiteral("市委督查室")});
    QVERIFY2(named.code == 0, qPrintable(named.err));
    QVERIFY(zipEntry(other, QStringLiteral("xl/sharedStrings.xml"))
                .contains(QStringLiteral("报送市委督查室。")));
    {
        PlanStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY2(store.setSetting(ReminderSheet::officeKey(), QStringLiteral("市政府办公室督查科"),
                                  &error),
                 qPrintable(error));
        QCOMPARE(ReminderSheet::officeOf(store), QStringLiteral("市政府办公室督查科"));
        QVERIFY(store.setSetting(ReminderSheet::officeKey(), QString(), &error));
        QCOMPARE(ReminderSheet::officeOf(store), QStringLiteral("示例市人民政府督查室"));
        QVERIFY(store.setSetting(ReminderSheet::officeKey(), QStringLiteral("市政府办公室督查科"),
                                 &error));
    }
    named = run({QStringLiteral("unreported"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--xlsx"), other});
    QVERIFY2(named.code == 0, qPrintable(named.err));
    QVERIFY(zipEntry(other, QStringLiteral("xl/sharedStrings.xml"))
                .contains(QStringLiteral("市政府办公室督查科")));
    {
        PlanStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY(store.setSetting(ReminderSheet::officeKey(), QString(), &error));
    }
}

QTEST_MAIN(TestUnreported)
#include "tst_unreported.moc"
