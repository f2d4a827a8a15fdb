// Reporting rounds (issue 17): a round per month (or quarter) of the plan year, its figures as
// of the period's end, due on a set day of the month after.

#include "plan/ReportingRound.h"

#include <QTest>

using namespace pd;

class TestRounds : public QObject
{
    Q_OBJECT
private slots:
    void monthlyRoundOfADate_data();
    void monthlyRoundOfADate();
    void decemberIsDueInJanuaryOfTheNextYear();
    void dueDayPastAShortMonthsEnd_data();
    void dueDayPastAShortMonthsEnd();
    void quarterlyRounds();
    void currentRoundIsTheLatestWhoseAsOfPassed_data();
    void currentRoundIsTheLatestWhoseAsOfPassed();
    void roundsOfThePlanYear();
    void parseAndFormat_data();
    void parseAndFormat();
    void figureBelongsWhenDatedInThePeriod();
    void daysLate();
    void previousAndNextCrossTheYear();
    void scheduleFromSettings_data();
    void scheduleFromSettings();
};

namespace {

const RoundSchedule Monthly{};
RoundSchedule quarterly(int dueDay = RoundSchedule::DefaultDueDay)
{
    return RoundSchedule{RoundCadence::Quarterly, dueDay};
}

} // namespace

void TestRounds::monthlyRoundOfADate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("due");
    QTest::newRow("first day") << QDate(2024, 6, 1) << "2024-06" << QDate(2024, 6, 1)
                               << QDate(2024, 6, 30) << QDate(2024, 7, 10);
    QTest::newRow("last day") << QDate(2024, 6, 30) << "2024-06" << QDate(2024, 6, 1)
                              << QDate(2024, 6, 30) << QDate(2024, 7, 10);
    QTest::newRow("leap February") << QDate(2024, 2, 15) << "2024-02" << QDate(2024, 2, 1)
                                   << QDate(2024, 2, 29) << QDate(2024, 3, 10);
    QTest::newRow("February") << QDate(2023, 2, 28) << "2023-02" << QDate(2023, 2, 1)
                              << QDate(2023, 2, 28) << QDate(2023, 3, 10);
}

void TestRounds::monthlyRoundOfADate()
{
    QFETCH(QDate, date);
    QFETCH(QString, key);
    QFETCH(QDate, start);
    QFETCH(QDate, asOf);
    QFETCH(QDate, due);
    const ReportingRound round = ReportingRound::containing(date);
    QVERIFY(round.isValid());
    QCOMPARE(round.key(), key);
    QCOMPARE(round.start(), start);
    QCOMPARE(round.asOf(), asOf);
    QCOMPARE(round.due(), due);
    QVERIFY(!ReportingRound::containing(QDate()).isValid());
}

void TestRounds::decemberIsDueInJanuaryOfTheNextYear()
{
    const ReportingRound december(2024, 12);
    QCOMPARE(december.key(), QStringLiteral("2024-12"));
    QCOMPARE(december.asOf(), QDate(2024, 12, 31));
    QCOMPARE(december.due(), QDate(2025, 1, 10));
    const ReportingRound lastQuarter(2024, 12, quarterly(20));
    QCOMPARE(lastQuarter.start(), QDate(2024, 10, 1));
    QCOMPARE(lastQuarter.due(), QDate(2025, 1, 20));
}

void TestRounds::dueDayPastAShortMonthsEnd_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("dueDay");
    QTest::addColumn<QDate>("due");
    QTest::newRow("31 in a leap February") << 1 << 31 << QDate(2024, 2, 29);
    QTest::newRow("30 in a leap February") << 1 << 30 << QDate(2024, 2, 29);
    QTest::newRow("29 in a leap February") << 1 << 29 << QDate(2024, 2, 29);
    QTest::newRow("31 in April") << 3 << 31 << QDate(2024, 4, 30);
    QTest::newRow("31 in May") << 4 << 31 << QDate(2024, 5, 31);
    QTest::newRow("1") << 6 << 1 << QDate(2024, 7, 1);
}

void TestRounds::dueDayPastAShortMonthsEnd()
{
    QFETCH(int, month);
    QFETCH(int, dueDay);
    QFETCH(QDate, due);
    QCOMPARE(ReportingRound(2024, month, RoundSchedule{RoundCadence::Monthly, dueDay}).due(), due);
    // And in a year whose February has 28 days.
    QCOMPARE(ReportingRound(2023, 1, RoundSchedule{RoundCadence::Monthly, 31}).due(),
             QDate(2023, 2, 28));
}

void TestRounds::quarterlyRounds()
{
    // Any month of a quarter names the quarter's round, after its last month.
    const ReportingRound second(2024, 5, quarterly());
    QCOMPARE(second.key(), QStringLiteral("2024-06"));
    QCOMPARE(second.start(), QDate(2024, 4, 1));
    QCOMPARE(second.asOf(), QDate(2024, 6, 30));
    QCOMPARE(second.due(), QDate(2024, 7, 10));
    QCOMPARE(ReportingRound::containing(QDate(2024, 1, 1), quarterly()).key(),
             QStringLiteral("2024-03"));
    QCOMPARE(ReportingRound::containing(QDate(2024, 9, 30), quarterly()).key(),
             QStringLiteral("2024-09"));
    QVERIFY(second.contains(QDate(2024, 4, 1)));
    QVERIFY(!second.contains(QDate(2024, 3, 31)));
    QVERIFY(!second.contains(QDate(2024, 7, 1)));
    // Due day 31 after a quarter: April has 30.
    QCOMPARE(ReportingRound(2024, 3, quarterly(31)).due(), QDate(2024, 4, 30));
}

void TestRounds::currentRoundIsTheLatestWhoseAsOfPassed_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("isQuarterly");
    QTest::addColumn<QString>("current");
    QTest::newRow("mid-July") << QDate(2024, 7, 15) << false << "2024-06";
    QTest::newRow("1 July") << QDate(2024, 7, 1) << false << "2024-06";
    QTest::newRow("30 June: June not over") << QDate(2024, 6, 30) << false << "2024-05";
    QTest::newRow("before any round") << QDate(2024, 1, 20) << false << "2024-01";
    QTest::newRow("a year before") << QDate(2023, 11, 2) << false << "2024-01";
    QTest::newRow("next January") << QDate(2025, 1, 5) << false << "2024-12";
    QTest::newRow("years after") << QDate(2027, 8, 1) << false << "2024-12";
    QTest::newRow("quarterly, August") << QDate(2024, 8, 20) << true << "2024-06";
    QTest::newRow("quarterly, 1 October") << QDate(2024, 10, 1) << true << "2024-09";
    QTest::newRow("quarterly, February") << QDate(2024, 2, 1) << true << "2024-03";
}

void TestRounds::currentRoundIsTheLatestWhoseAsOfPassed()
{
    QFETCH(QDate, today);
    QFETCH(bool, isQuarterly);
    QFETCH(QString, current);
    const RoundSchedule schedule = isQuarterly ? quarterly() : Monthly;
    QCOMPARE(ReportingRound::currentAt(today, 2024, schedule).key(), current);
}

void TestRounds::roundsOfThePlanYear()
{
    const auto monthly = ReportingRound::roundsOf(2024);
    QCOMPARE(monthly.size(), std::size_t(12));
    QCOMPARE(monthly.front().key(), QStringLiteral("2024-01"));
    QCOMPARE(monthly.back().key(), QStringLiteral("2024-12"));
    for (std::size_t i = 1; i < monthly.size(); ++i)
        QCOMPARE(monthly[i - 1].next(), monthly[i]);
    const auto quarters = ReportingRound::roundsOf(2024, quarterly());
    QCOMPARE(quarters.size(), std::size_t(4));
    QStringList keys;
    for (const ReportingRound &round : quarters)
        keys << round.key();
    QCOMPARE(keys, (QStringList{QStringLiteral("2024-03"), QStringLiteral("2024-06"),
                                QStringLiteral("2024-09"), QStringLiteral("2024-12")}));
    QVERIFY(ReportingRound::roundsOf(0).empty());
}

void TestRounds::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isQuarterly");
    QTest::addColumn<QString>("key"); // empty: refused
    QTest::newRow("plain") << "2024-06" << false << "2024-06";
    QTest::newRow("one digit") << "2024-6" << false << "2024-06";
    QTest::newRow("spaces") << " 2024-11 " << false << "2024-11";
    QTest::newRow("December") << "2024-12" << false << "2024-12";
    QTest::newRow("month 13") << "2024-13" << false << "";
    QTest::newRow("month 0") << "2024-00" << false << "";
    QTest::newRow("a date") << "2024-06-30" << false << "";
    QTest::newRow("slash") << "2024/06" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("words") << "June" << false << "";
    QTest::newRow("quarter's end") << "2024-09" << true << "2024-09";
    QTest::newRow("inside a quarter") << "2024-08" << true << "";
}

void TestRounds::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(bool, isQuarterly);
    QFETCH(QString, key);
    QString error;
    const ReportingRound round =
        ReportingRound::parse(text, isQuarterly ? quarterly() : Monthly, &error);
    QCOMPARE(round.key(), key);
    QCOMPARE(round.isValid(), !key.isEmpty());
    QCOMPARE(error.isEmpty(), !key.isEmpty());
    if (!key.isEmpty())
        QCOMPARE(ReportingRound::parse(round.key(), round.schedule()), round);
    else
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    if (isQuarterly && key.isEmpty())
        QVERIFY2(error.contains(QLatin1String("2024-06")), qPrintable(error));
}

void TestRounds::figureBelongsWhenDatedInThePeriod()
{
    const ReportingRound june(2024, 6);
    Measurement figure;
    figure.date = QDate(2024, 6, 30);
    QVERIFY(june.holds(figure));
    figure.date = QDate(2024, 6, 1);
    QVERIFY(june.holds(figure));
    figure.date = QDate(2024, 5, 31);
    QVERIFY(!june.holds(figure)); // the May round's
    figure.date = QDate(2024, 7, 1);
    QVERIFY(!june.holds(figure)); // July's, though sent before June's due day
    figure.date = QDate();
    QVERIFY(!june.holds(figure));
    QVERIFY(!ReportingRound().contains(QDate(2024, 6, 1)));
}

void TestRounds::daysLate()
{
    const ReportingRound june(2024, 6); // due 10 July
    QCOMPARE(june.daysLate(QDate(2024, 7, 1)), 0);
    QCOMPARE(june.daysLate(QDate(2024, 7, 10)), 0); // on the due day: not late yet
    QCOMPARE(june.daysLate(QDate(2024, 7, 11)), 1);
    QCOMPARE(june.daysLate(QDate(2024, 8, 10)), 31);
    QCOMPARE(ReportingRound(2024, 12).daysLate(QDate(2025, 1, 15)), 5);
    QCOMPARE(june.daysLate(QDate()), 0);
}

void TestRounds::previousAndNextCrossTheYear()
{
    QCOMPARE(ReportingRound(2024, 1).previous().key(), QStringLiteral("2023-12"));
    QCOMPARE(ReportingRound(2024, 12).next().key(), QStringLiteral("2025-01"));
    QCOMPARE(ReportingRound(2024, 3, quarterly()).previous().key(), QStringLiteral("2023-12"));
    QCOMPARE(ReportingRound(2024, 12, quarterly()).next().key(), QStringLiteral("2025-03"));
    QVERIFY(!ReportingRound().next().isValid());
}

void TestRounds::scheduleFromSettings_data()
{
    QTest::addColumn<QString>("cadence");
    QTest::addColumn<QString>("dueDay");
    QTest::addColumn<bool>("isQuarterly");
    QTest::addColumn<int>("day");
    QTest::newRow("none kept: defaults") << ""
                                         << "" << false << 10;
    QTest::newRow("monthly 15") << "monthly"
                                << "15" << false << 15;
    QTest::newRow("quarterly") << "quarterly"
                               << "5" << true << 5;
    QTest::newRow("case and spaces") << " Quarterly "
                                     << " 31 " << true << 31;
    QTest::newRow("unknown words") << "weekly"
                                   << "soon" << false << 10;
    QTest::newRow("day 0") << "monthly"
                           << "0" << false << 10;
    QTest::newRow("day 32") << "monthly"
                            << "32" << false << 10;
}

void TestRounds::scheduleFromSettings()
{
    QFETCH(QString, cadence);
    QFETCH(QString, dueDay);
    QFETCH(bool, isQuarterly);
    QFETCH(int, day);
    const RoundSchedule schedule = RoundSchedule::fromSettings(cadence, dueDay);
    QCOMPARE(schedule.cadence == RoundCadence::Quarterly, isQuarterly);
    QCOMPARE(schedule.dueDay, day);
    QCOMPARE(RoundSchedule::cadenceKey(), QStringLiteral("round.cadence"));
    QCOMPARE(RoundSchedule::dueDayKey(), QStringLiteral("round.due_day"));
    QCOMPARE(RoundSchedule::cadenceFromText(RoundSchedule::cadenceText(schedule.cadence)),
             schedule.cadence);
}

QTEST_GUILESS_MAIN(TestRounds)
#include "tst_rounds.moc"
