#include "plan/EntryCheck.h"
#include "plan/ProgressRules.h"
#include "plan/ProgressText.h"
#include "plan/StatusCounts.h"

#include <QTest>

using namespace pd;

Q_DECLARE_METATYPE(pd::Comparator)
Q_DECLARE_METATYPE(pd::IndicatorKind)
Q_DECLARE_METATYPE(pd::Status)

class TestProgressRules : public QObject
{
    Q_OBJECT
private slots:
    void expectedShare_data();
    void expectedShare();
    void evaluate_data();
    void evaluate();
    void noDataWithoutMeasurement();
    void planCurveSetsExpectedByNow();
    void yearEndProjection();
    void rollupCountsReportedAndMeansShareTargetsOnly();
    void entryChecks();
    void gapsInTheTargetsOwnTerms();
};

void TestProgressRules::expectedShare_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<double>("expected");
    QTest::newRow("before the year") << QDate(2023, 12, 31) << 0.0;
    QTest::newRow("1 January") << QDate(2024, 1, 1) << 1.0 / 366;
    QTest::newRow("1 July of a leap year is half") << QDate(2024, 7, 1) << 0.5;
    QTest::newRow("31 December") << QDate(2024, 12, 31) << 1.0;
    QTest::newRow("after the year") << QDate(2025, 3, 1) << 1.0;
}

void TestProgressRules::expectedShare()
{
    QFETCH(QDate, asOf);
    QFETCH(double, expected);
    QCOMPARE(ProgressRules::expectedShare(2024, asOf), expected);
}

void TestProgressRules::evaluate_data()
{
    QTest::addColumn<IndicatorKind>("kind");
    QTest::addColumn<Comparator>("comparator");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("baseline"); // NaN: none
    QTest::addColumn<double>("actual");
    QTest::addColumn<QDate>("date"); // as-of and measurement date
    QTest::addColumn<Status>("status");
    QTest::addColumn<double>("progress"); // NaN: judged against the bound, no progress
    QTest::addColumn<double>("gap");      // NaN: judged by share, no gap

    const double none = qQNaN();
    const QDate mid(2024, 7, 1); // 序时进度 0.5, slightly-behind floor 0.4
    const QDate dec30(2024, 12, 30);
    const QDate end(2024, 12, 31);
    const IndicatorKind count = IndicatorKind::Count;
    const IndicatorKind level = IndicatorKind::Level;
    const IndicatorKind growth = IndicatorKind::Growth;
    const IndicatorKind cap = IndicatorKind::Cap;
    const QString pct = QStringLiteral("%");
    const QString km = QStringLiteral("公里");

    // count: actual ÷ target against 序时进度, for ≥, = and ≈ alike.
    for (Comparator c : {Comparator::AtLeast, Comparator::Exactly, Comparator::About}) {
        const QByteArray k = "count " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "done at the target")
            << count << c << km << 100.0 << none << 100.0 << mid << Status::Done << 1.0 << none;
        QTest::newRow(k + "done above the target")
            << count << c << km << 100.0 << none << 120.0 << mid << Status::Done << 1.2 << none;
        QTest::newRow(k + "on track at 序时进度")
            << count << c << km << 100.0 << none << 50.0 << mid << Status::OnTrack << 0.5 << none;
        QTest::newRow(k + "slightly behind just under")
            << count << c << km << 100.0 << none << 49.9 << mid << Status::SlightlyBehind << 0.499
            << none;
        QTest::newRow(k + "slightly behind at the margin")
            << count << c << km << 100.0 << none << 40.0 << mid << Status::SlightlyBehind << 0.4
            << none;
        QTest::newRow(k + "behind past the margin")
            << count << c << km << 100.0 << none << 39.9 << mid << Status::Behind << 0.399 << none;
        QTest::newRow(k + "after the year, short") << count << c << km << 100.0 << none << 95.0
                                                   << end << Status::SlightlyBehind << 0.95 << none;
    }
    // a count with an upper bound is judged against the bound, relative margin
    const QString cases = QStringLiteral("起");
    QTest::newRow("count <= within") << count << Comparator::AtMost << cases << 10.0 << none << 8.0
                                     << mid << Status::OnTrack << none << -2.0;
    QTest::newRow("count <= within at year end")
        << count << Comparator::AtMost << cases << 10.0 << none << 8.0 << end << Status::Done
        << none << -2.0;
    QTest::newRow("count <= over by 10%") << count << Comparator::AtMost << cases << 10.0 << none
                                          << 11.0 << mid << Status::SlightlyBehind << none << 1.0;
    QTest::newRow("count <= over by more") << count << Comparator::AtMost << cases << 10.0 << none
                                           << 12.0 << mid << Status::Behind << none << 2.0;

    // level with a baseline: distance covered from the baseline.
    for (Comparator c : {Comparator::AtLeast, Comparator::Exactly, Comparator::About}) {
        const QByteArray k = "level+baseline " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "done") << level << c << pct << 95.0 << 90.0 << 95.0 << mid
                                  << Status::Done << 1.0 << none;
        QTest::newRow(k + "on track halfway")
            << level << c << pct << 95.0 << 90.0 << 92.5 << mid << Status::OnTrack << 0.5 << none;
        QTest::newRow(k + "slightly behind at the margin")
            << level << c << pct << 95.0 << 90.0 << 92.0 << mid << Status::SlightlyBehind << 0.4
            << none;
        QTest::newRow(k + "behind")
            << level << c << pct << 95.0 << 90.0 << 91.0 << mid << Status::Behind << 0.2 << none;
        QTest::newRow(k + "below the baseline")
            << level << c << pct << 95.0 << 90.0 << 89.0 << mid << Status::Behind << -0.2 << none;
    }
    QTest::newRow("level+baseline falling to a target")
        << level << Comparator::AtMost << pct << 80.0 << 100.0 << 90.0 << mid << Status::OnTrack
        << 0.5 << none;
    QTest::newRow("level+baseline falling, behind")
        << level << Comparator::AtMost << pct << 80.0 << 100.0 << 97.0 << mid << Status::Behind
        << 0.15 << none;

    // level without a baseline: the bound at every date, never a line from zero (M8 80.5%).
    QTest::newRow("level no baseline, far below")
        << level << Comparator::AtLeast << pct << 80.5 << none << 45.0 << mid << Status::Behind
        << none << -35.5;
    QTest::newRow("level no baseline, 0.3 points short")
        << level << Comparator::AtLeast << pct << 80.5 << none << 80.2 << mid
        << Status::SlightlyBehind << none << -0.3;
    QTest::newRow("level no baseline, 1 point short is the margin")
        << level << Comparator::AtLeast << pct << 80.5 << none << 79.5 << mid
        << Status::SlightlyBehind << none << -1.0;
    QTest::newRow("level no baseline, past the margin")
        << level << Comparator::AtLeast << pct << 80.5 << none << 79.4 << mid << Status::Behind
        << none << -1.1;
    QTest::newRow("level no baseline, met mid-year")
        << level << Comparator::AtLeast << pct << 80.5 << none << 80.5 << mid << Status::OnTrack
        << none << 0.0;
    QTest::newRow("level no baseline, met on 30 Dec is not yet done")
        << level << Comparator::AtLeast << pct << 80.5 << none << 81.0 << dec30 << Status::OnTrack
        << none << 0.5;
    QTest::newRow("level no baseline, met at year end")
        << level << Comparator::AtLeast << pct << 80.5 << none << 81.0 << end << Status::Done
        << none << 0.5;
    QTest::newRow("level no baseline ~ within 0.5 points")
        << level << Comparator::About << pct << 94.0 << none << 93.5 << mid << Status::OnTrack
        << none << -0.5;
    QTest::newRow("level no baseline ~ slightly behind")
        << level << Comparator::About << pct << 94.0 << none << 92.5 << mid
        << Status::SlightlyBehind << none << -1.5;
    QTest::newRow("level no baseline ~ behind") << level << Comparator::About << pct << 94.0 << none
                                                << 92.4 << mid << Status::Behind << none << -1.6;
    QTest::newRow("level no baseline, other unit: relative margin")
        << level << Comparator::AtLeast << QStringLiteral("岁") << 80.0 << none << 72.0 << mid
        << Status::SlightlyBehind << none << -8.0;
    QTest::newRow("level no baseline, other unit: behind")
        << level << Comparator::AtLeast << QStringLiteral("岁") << 80.0 << none << 71.9 << mid
        << Status::Behind << none << -8.1;

    // growth: the rate against the bound, in percentage points.
    for (Comparator c : {Comparator::AtLeast, Comparator::Exactly}) {
        const QByteArray k = "growth " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "on track at the bound")
            << growth << c << pct << 6.0 << none << 6.0 << mid << Status::OnTrack << none << 0.0;
        QTest::newRow(k + "above mid-year is on track, not done")
            << growth << c << pct << 6.0 << none << 6.2 << mid << Status::OnTrack << none << 0.2;
        QTest::newRow(k + "done at year end")
            << growth << c << pct << 6.0 << none << 6.2 << end << Status::Done << none << 0.2;
        QTest::newRow(k + "slightly behind at 1 point short")
            << growth << c << pct << 6.0 << none << 5.0 << mid << Status::SlightlyBehind << none
            << -1.0;
        QTest::newRow(k + "behind beyond")
            << growth << c << pct << 6.0 << none << 4.9 << mid << Status::Behind << none << -1.1;
        QTest::newRow(k + "short at year end is not done")
            << growth << c << pct << 6.0 << none << 5.5 << end << Status::SlightlyBehind << none
            << -0.5;
    }
    // M6 社会消费品零售总额 ≈7%, 6.2% at 30 June: 0.8 points short, 0.3 past the tolerance.
    QTest::newRow("growth ~ M6 at 6.2")
        << growth << Comparator::About << pct << 7.0 << none << 6.2 << QDate(2024, 6, 30)
        << Status::SlightlyBehind << none << -0.8;
    QTest::newRow("growth ~ within tolerance") << growth << Comparator::About << pct << 7.0 << none
                                               << 6.5 << mid << Status::OnTrack << none << -0.5;
    QTest::newRow("growth ~ above") << growth << Comparator::About << pct << 7.0 << none << 8.0
                                    << mid << Status::OnTrack << none << 1.0;
    QTest::newRow("growth ~ slightly behind at the margin")
        << growth << Comparator::About << pct << 7.0 << none << 5.5 << mid << Status::SlightlyBehind
        << none << -1.5;
    QTest::newRow("growth ~ behind") << growth << Comparator::About << pct << 7.0 << none << 5.4
                                     << mid << Status::Behind << none << -1.6;
    QTest::newRow("growth ~ done at year end") << growth << Comparator::About << pct << 7.0 << none
                                               << 6.6 << end << Status::Done << none << -0.4;
    QTest::newRow("growth <= is a cap") << growth << Comparator::AtMost << pct << 3.0 << none << 2.0
                                        << mid << Status::OnTrack << none << -1.0;
    QTest::newRow("growth in 个百分点 is a rate")
        << growth << Comparator::AtLeast << QStringLiteral("个百分点") << 2.0 << none << 1.0 << mid
        << Status::SlightlyBehind << none << -1.0;

    // cap: not exceeding the bound.
    for (Comparator c : {Comparator::AtMost, Comparator::Exactly, Comparator::AtLeast}) {
        const QByteArray k = "cap " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "on track at the cap")
            << cap << c << pct << 5.5 << none << 5.5 << mid << Status::OnTrack << none << 0.0;
        QTest::newRow(k + "within before year end is on track")
            << cap << c << pct << 5.5 << none << 5.0 << dec30 << Status::OnTrack << none << -0.5;
        QTest::newRow(k + "done at year end")
            << cap << c << pct << 5.5 << none << 5.0 << end << Status::Done << none << -0.5;
        QTest::newRow(k + "slightly behind at 1 point over")
            << cap << c << pct << 5.5 << none << 6.5 << mid << Status::SlightlyBehind << none
            << 1.0;
        QTest::newRow(k + "behind beyond")
            << cap << c << pct << 5.5 << none << 6.6 << mid << Status::Behind << none << 1.1;
    }
    QTest::newRow("cap ~ within tolerance") << cap << Comparator::About << pct << 3.0 << none << 3.5
                                            << mid << Status::OnTrack << none << 0.5;
    QTest::newRow("cap ~ slightly behind") << cap << Comparator::About << pct << 3.0 << none << 4.5
                                           << mid << Status::SlightlyBehind << none << 1.5;
    QTest::newRow("cap ~ behind") << cap << Comparator::About << pct << 3.0 << none << 4.6 << mid
                                  << Status::Behind << none << 1.6;
    const QString tons = QStringLiteral("万吨");
    QTest::newRow("cap other unit: 10% over")
        << cap << Comparator::AtMost << tons << 100.0 << none << 110.0 << mid
        << Status::SlightlyBehind << none << 10.0;
    QTest::newRow("cap other unit: behind") << cap << Comparator::AtMost << tons << 100.0 << none
                                            << 110.5 << mid << Status::Behind << none << 10.5;
    QTest::newRow("cap other unit ~: 5% allowed")
        << cap << Comparator::About << tons << 100.0 << none << 105.0 << mid << Status::OnTrack
        << none << 5.0;
}

void TestProgressRules::evaluate()
{
    QFETCH(IndicatorKind, kind);
    QFETCH(Comparator, comparator);
    QFETCH(QString, unit);
    QFETCH(double, target);
    QFETCH(double, baseline);
    QFETCH(double, actual);
    QFETCH(QDate, date);
    QFETCH(Status, status);
    QFETCH(double, progress);
    QFETCH(double, gap);

    Indicator ind;
    ind.kind = kind;
    ind.comparator = comparator;
    ind.unit = unit;
    ind.target = target;
    if (!qIsNaN(baseline))
        ind.baseline = baseline;
    const auto ev = ProgressRules::evaluate(ind, 2024, date, actual, date);
    QCOMPARE(statusKey(ev.status), statusKey(status));
    if (qIsNaN(progress)) {
        // Judged against the bound: no completion share and no 序时进度 anywhere.
        QCOMPARE(ev.measure, ProgressRules::Measure::Bound);
        QVERIFY(!ev.hasExpected());
        QVERIFY(!ev.progress.has_value());
        QVERIFY(ev.gap.has_value());
        QVERIFY2(qAbs(*ev.gap - gap) < 1e-9,
                 qPrintable(QStringLiteral("gap %1, expected %2").arg(*ev.gap).arg(gap)));
    } else {
        QCOMPARE(ev.measure, ProgressRules::Measure::Share);
        QVERIFY(ev.hasExpected());
        QVERIFY(!ev.gap.has_value());
        QVERIFY(ev.progress.has_value());
        QVERIFY2(
            qAbs(*ev.progress - progress) < 1e-9,
            qPrintable(QStringLiteral("progress %1, expected %2").arg(*ev.progress).arg(progress)));
    }
}

void TestProgressRules::planCurveSetsExpectedByNow()
{
    Indicator ind;
    ind.kind = IndicatorKind::Count;
    ind.comparator = Comparator::AtLeast;
    ind.target = 1000;
    ind.planCurve = {
        {QDate(2024, 3, 31), 100}, {QDate(2024, 6, 30), 300}, {QDate(2024, 9, 30), 600}};
    // On a curve point: the planned share, not the straight line (which would be 0.497).
    const QDate june(2024, 6, 30);
    QCOMPARE(ProgressRules::expectedShare(ind, 2024, june), 0.3);
    QCOMPARE(ProgressRules::expectedValue(ind, 2024, june), 300.0);
    auto ev = ProgressRules::evaluate(ind, 2024, june, 300.0, june);
    QCOMPARE(ev.status, Status::OnTrack);
    QCOMPARE(ev.expected, 0.3);
    // Without the curve the same figure is far behind.
    Indicator straight = ind;
    straight.planCurve.clear();
    QCOMPARE(ProgressRules::evaluate(straight, 2024, june, 300.0, june).status, Status::Behind);
    // Between points: linear in time.
    const QDate may15(2024, 5, 15);
    const double between = (100.0 + 200.0 * 45 / 91) / 1000.0;
    QVERIFY(qAbs(ProgressRules::expectedShare(ind, 2024, may15) - between) < 1e-12);
    // Before the first point: from 0 on 1 January; after the last: on to the target.
    QVERIFY(qAbs(ProgressRules::expectedShare(ind, 2024, QDate(2024, 1, 1)) - 100.0 / 91 / 1000) <
            1e-12);
    QCOMPARE(ProgressRules::expectedShare(ind, 2024, QDate(2024, 12, 31)), 1.0);
    QVERIFY(ProgressRules::expectedShare(ind, 2024, QDate(2024, 11, 15)) > 0.6);
    // A level with a baseline follows its curve from the baseline.
    Indicator rate;
    rate.kind = IndicatorKind::Level;
    rate.unit = QStringLiteral("%");
    rate.target = 95;
    rate.baseline = 90;
    rate.planCurve = {{june, 91}};
    QCOMPARE(ProgressRules::expectedValue(rate, 2024, june), 91.0);
    QVERIFY(qAbs(ProgressRules::expectedShare(rate, 2024, june) - 0.2) < 1e-12);
    ev = ProgressRules::evaluate(rate, 2024, june, 91.0, june);
    QCOMPARE(ev.status, Status::OnTrack);
    // Bound targets never have a curve's expectation.
    Indicator growth;
    growth.kind = IndicatorKind::Growth;
    growth.unit = QStringLiteral("%");
    growth.target = 6;
    QVERIFY(!ProgressRules::evaluate(growth, 2024, june, 6.0, june).hasExpected());
}

void TestProgressRules::yearEndProjection()
{
    Indicator ind;
    ind.kind = IndicatorKind::Count;
    ind.comparator = Comparator::AtLeast;
    ind.target = 100;
    const QDate june(2024, 6, 30);
    Measurement first;
    first.id = 1;
    first.date = QDate(2024, 3, 31);
    first.value = 20;
    Measurement second;
    second.id = 2;
    second.date = june;
    second.value = 45;
    // One figure is no pace.
    QVERIFY(!ProgressRules::projection(ind, 2024, june, {first}));
    // Two: 45 by 30 June (182 of 366 days) keeps up to 45 ÷ (182/366) = 90.5 %.
    const auto pace = ProgressRules::projection(ind, 2024, june, {second, first});
    QVERIFY(pace);
    QVERIFY(qAbs(*pace - 0.45 / (182.0 / 366.0)) < 1e-12);
    const auto ev =
        ProgressRules::evaluate(ind, 2024, june, std::vector<Measurement>{first, second});
    QCOMPARE(ev.progress.value_or(0), 0.45);
    QCOMPARE(ev.projection, pace);
    // Figures after the as-of date do not count.
    QVERIFY(!ProgressRules::projection(ind, 2024, QDate(2024, 5, 1), {first, second}));
    // From the latest figure and the year's count alone (what the PDF book reads), the same.
    QCOMPARE(ProgressRules::projection(ind, 2024, second, 2), pace);
    QVERIFY(!ProgressRules::projection(ind, 2024, second, 1));
    Measurement lastYear = second;
    lastYear.date = QDate(2023, 12, 31);
    QVERIFY(!ProgressRules::projection(ind, 2024, lastYear, 2));
    // Through the plan curve: 30 planned by June, 45 done → 150 %.
    ind.planCurve = {{june, 30}};
    QVERIFY(qAbs(*ProgressRules::projection(ind, 2024, june, {first, second}) - 1.5) < 1e-12);
    // Bound targets have none.
    Indicator growth;
    growth.kind = IndicatorKind::Growth;
    growth.target = 6;
    QVERIFY(!ProgressRules::projection(growth, 2024, june, {first, second}));
}

void TestProgressRules::noDataWithoutMeasurement()
{
    for (IndicatorKind kind :
         {IndicatorKind::Count, IndicatorKind::Level, IndicatorKind::Growth, IndicatorKind::Cap}) {
        Indicator ind;
        ind.kind = kind;
        ind.target = 10;
        const auto ev = ProgressRules::evaluate(ind, 2024, QDate(2024, 5, 1), std::nullopt);
        QCOMPARE(ev.status, Status::NoData);
        QVERIFY(!ev.progress);
    }
}

void TestProgressRules::rollupCountsReportedAndMeansShareTargetsOnly()
{
    Indicator count;
    count.kind = IndicatorKind::Count;
    count.target = 100;
    Indicator growth;
    growth.kind = IndicatorKind::Growth;
    growth.unit = QStringLiteral("%");
    growth.target = 6;
    const QDate mid(2024, 7, 1);
    StatusCounts area;
    area.add(ProgressRules::evaluate(count, 2024, mid, 40.0, mid));
    area.add(ProgressRules::evaluate(growth, 2024, mid, 6.5, mid));
    area.add(ProgressRules::evaluate(count, 2024, mid, std::nullopt));
    StatusCounts plan;
    plan.add(area);
    plan.add(ProgressRules::evaluate(count, 2024, mid, std::nullopt));
    QCOMPARE(area.indicators, 3);
    QCOMPARE(area.reported(), 2);
    QCOMPARE(area.completion().value_or(-1), 0.4); // the growth rate is not a share
    QCOMPARE(plan.indicators, 4);
    QCOMPARE(plan.reported(), 2);
    QCOMPARE(plan.count(Status::NoData), 2);
    QCOMPARE(plan.count(Status::OnTrack), 1);
    QCOMPARE(plan.count(Status::SlightlyBehind), 1);
    QCOMPARE(plan.reportingRate().value_or(-1), 0.5);
    QVERIFY(!StatusCounts().completion());
    QVERIFY(!StatusCounts().reportingRate());
}

void TestProgressRules::entryChecks()
{
    Indicator industry; // 电子信息产业规模 1.3 万亿元
    industry.kind = IndicatorKind::Level;
    industry.target = 1.3;
    industry.unit = QStringLiteral("万亿元");
    const QDate june(2024, 6, 30);
    auto rules = [](const std::vector<EntryCheck::Problem> &problems) {
        std::vector<EntryCheck::Rule> result;
        for (const auto &p : problems)
            result.push_back(p.rule);
        return result;
    };
    using Rule = EntryCheck::Rule;
    auto tooLarge = EntryCheck::check(industry, 11000, june, {});
    QCOMPARE(rules(tooLarge), std::vector<Rule>{Rule::TooLarge});
    QVERIFY(tooLarge.front().message.contains(QStringLiteral("1.3 万亿元")));
    QVERIFY(tooLarge.front().message.contains(QStringLiteral("11000")));
    QVERIFY(EntryCheck::check(industry, 13, june, {}).empty()); // exactly ten times is allowed
    QCOMPARE(rules(EntryCheck::check(industry, 13.01, june, {})),
             std::vector<Rule>{Rule::TooLarge});
    QCOMPARE(rules(EntryCheck::check(industry, -1, june, {})), std::vector<Rule>{Rule::Negative});

    Indicator rate; // 社会消费品零售总额增长 7%
    rate.kind = IndicatorKind::Growth;
    rate.unit = QStringLiteral("%");
    rate.target = 7;
    QVERIFY(EntryCheck::check(rate, -3.5, june, {}).empty()); // a fall is a real rate
    QVERIFY(EntryCheck::check(rate, 100, june, {}).empty());
    QCOMPARE(rules(EntryCheck::check(rate, 100.5, june, {})),
             std::vector<Rule>{Rule::RateOutOfRange});
    QCOMPARE(rules(EntryCheck::check(rate, -101, june, {})),
             std::vector<Rule>{Rule::RateOutOfRange});

    Indicator greenway; // 新建天府绿道 1000 公里: cumulative
    greenway.kind = IndicatorKind::Count;
    greenway.target = 1000;
    greenway.unit = QStringLiteral("公里");
    Measurement march;
    march.id = 7;
    march.date = QDate(2024, 3, 31);
    march.value = 300;
    Measurement september;
    september.id = 8;
    september.date = QDate(2024, 9, 30);
    september.value = 700;
    const std::vector<Measurement> history{september, march};
    QCOMPARE(rules(EntryCheck::check(greenway, 250, june, history)),
             std::vector<Rule>{Rule::Decreasing});
    QVERIFY(EntryCheck::check(greenway, 300, june, history).empty());
    const auto sameDay = EntryCheck::check(greenway, 320, march.date, history);
    QCOMPARE(rules(sameDay), std::vector<Rule>{Rule::SameDate});
    QCOMPARE(sameDay.front().existingId, qint64(7));
    // Editing the figure itself is no clash with itself.
    QVERIFY(EntryCheck::check(greenway, 320, march.date, history, 7).empty());
    // Two rules at once: ten times the target and lower than before.
    Indicator small = greenway;
    small.target = 10;
    QCOMPARE(rules(EntryCheck::check(small, 200, june, history)),
             (std::vector<Rule>{Rule::TooLarge, Rule::Decreasing}));
}

void TestProgressRules::gapsInTheTargetsOwnTerms()
{
    const QDate june(2024, 6, 30);
    Indicator retail;
    retail.kind = IndicatorKind::Growth;
    retail.comparator = Comparator::About;
    retail.unit = QStringLiteral("%");
    retail.target = 7;
    auto ev = ProgressRules::evaluate(retail, 2024, june, 6.2, june);
    QCOMPARE(ProgressText::gap(retail, ev, 6.2),
             QStringLiteral("6.2%, 0.8 percentage points below the target"));
    QCOMPARE(ProgressText::shortGap(retail, ev), QStringLiteral("0.8 pp below"));
    QCOMPARE(ProgressText::completion(retail, ev), QStringLiteral("0.8 pp below"));

    Indicator unemployment;
    unemployment.kind = IndicatorKind::Cap;
    unemployment.comparator = Comparator::AtMost;
    unemployment.unit = QStringLiteral("%");
    unemployment.target = 5.5;
    ev = ProgressRules::evaluate(unemployment, 2024, june, 5.3, june);
    QCOMPARE(ProgressText::gap(unemployment, ev, 5.3), QStringLiteral("5.3%, within the 5.5% cap"));
    ev = ProgressRules::evaluate(unemployment, 2024, june, 5.8, june);
    QCOMPARE(ProgressText::gap(unemployment, ev, 5.8),
             QStringLiteral("5.8%, 0.3 percentage points over the cap"));

    Indicator energy; // a cap in its own unit
    energy.kind = IndicatorKind::Cap;
    energy.unit = QStringLiteral("万吨");
    energy.target = 100;
    ev = ProgressRules::evaluate(energy, 2024, june, 104, june);
    QCOMPARE(ProgressText::gap(energy, ev, 104), QStringLiteral("104 万吨, 4 万吨 over the cap"));

    Indicator count;
    count.kind = IndicatorKind::Count;
    count.target = 100;
    ev = ProgressRules::evaluate(count, 2024, june, 45.0, june);
    QCOMPARE(ProgressText::completion(count, ev), QStringLiteral("45%"));
    QVERIFY(ProgressText::gap(count, ev, 45).isEmpty());
    ev.projection = 0.92;
    QCOMPARE(ProgressText::projection(ev), QStringLiteral("At this pace about 92% by year end"));
}

QTEST_APPLESS_MAIN(TestProgressRules)
#include "tst_progressrules.moc"
