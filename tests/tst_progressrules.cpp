#include "ProgressRules.h"

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
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("baseline"); // NaN: none
    QTest::addColumn<double>("actual");
    QTest::addColumn<QDate>("date"); // as-of and measurement date
    QTest::addColumn<Status>("status");
    QTest::addColumn<double>("progress");

    const double none = qQNaN();
    const QDate mid(2024, 7, 1); // 序时进度 0.5, slightly-behind floor 0.4
    const QDate end(2024, 12, 31);
    const IndicatorKind count = IndicatorKind::Count;
    const IndicatorKind level = IndicatorKind::Level;
    const IndicatorKind growth = IndicatorKind::Growth;
    const IndicatorKind cap = IndicatorKind::Cap;

    // count: actual ÷ target against 序时进度, for ≥, = and ≈ alike.
    for (Comparator c : {Comparator::AtLeast, Comparator::Exactly, Comparator::About}) {
        const QByteArray k = "count " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "done at the target")
            << count << c << 100.0 << none << 100.0 << mid << Status::Done << 1.0;
        QTest::newRow(k + "done above the target")
            << count << c << 100.0 << none << 120.0 << mid << Status::Done << 1.2;
        QTest::newRow(k + "on track at 序时进度")
            << count << c << 100.0 << none << 50.0 << mid << Status::OnTrack << 0.5;
        QTest::newRow(k + "slightly behind just under")
            << count << c << 100.0 << none << 49.9 << mid << Status::SlightlyBehind << 0.499;
        QTest::newRow(k + "slightly behind at the margin")
            << count << c << 100.0 << none << 40.0 << mid << Status::SlightlyBehind << 0.4;
        QTest::newRow(k + "behind past the margin")
            << count << c << 100.0 << none << 39.9 << mid << Status::Behind << 0.399;
    }
    // a count with an upper bound is judged as a cap
    QTest::newRow("count <= within")
        << count << Comparator::AtMost << 10.0 << none << 8.0 << mid << Status::OnTrack << 1.0;
    QTest::newRow("count <= over by 10%") << count << Comparator::AtMost << 10.0 << none << 11.0
                                          << mid << Status::SlightlyBehind << 10.0 / 11.0;
    QTest::newRow("count <= over by more") << count << Comparator::AtMost << 10.0 << none << 12.0
                                           << mid << Status::Behind << 10.0 / 12.0;

    // level: distance covered from the baseline.
    for (Comparator c : {Comparator::AtLeast, Comparator::Exactly, Comparator::About}) {
        const QByteArray k = "level " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "done") << level << c << 95.0 << 90.0 << 95.0 << mid << Status::Done
                                  << 1.0;
        QTest::newRow(k + "on track halfway")
            << level << c << 95.0 << 90.0 << 92.5 << mid << Status::OnTrack << 0.5;
        QTest::newRow(k + "slightly behind at the margin")
            << level << c << 95.0 << 90.0 << 92.0 << mid << Status::SlightlyBehind << 0.4;
        QTest::newRow(k + "behind")
            << level << c << 95.0 << 90.0 << 91.0 << mid << Status::Behind << 0.2;
        QTest::newRow(k + "no baseline counts from 0")
            << level << c << 100.0 << none << 50.0 << mid << Status::OnTrack << 0.5;
    }
    QTest::newRow("level falling to a target")
        << level << Comparator::AtMost << 80.0 << 100.0 << 90.0 << mid << Status::OnTrack << 0.5;
    QTest::newRow("level falling, behind")
        << level << Comparator::AtMost << 80.0 << 100.0 << 97.0 << mid << Status::Behind << 0.15;

    // growth: the rate against the bound.
    for (Comparator c : {Comparator::AtLeast, Comparator::Exactly}) {
        const QByteArray k = "growth " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "on track at the bound")
            << growth << c << 6.0 << none << 6.0 << mid << Status::OnTrack << 1.0;
        QTest::newRow(k + "done at year end")
            << growth << c << 6.0 << none << 6.2 << end << Status::Done << 6.2 / 6.0;
        QTest::newRow(k + "slightly behind at 10% short")
            << growth << c << 6.0 << none << 5.4 << mid << Status::SlightlyBehind << 0.9;
        QTest::newRow(k + "behind beyond")
            << growth << c << 6.0 << none << 5.3 << mid << Status::Behind << 5.3 / 6.0;
    }
    QTest::newRow("growth ~ within tolerance")
        << growth << Comparator::About << 6.0 << none << 5.7 << mid << Status::OnTrack << 0.95;
    QTest::newRow("growth ~ above")
        << growth << Comparator::About << 6.0 << none << 7.0 << mid << Status::OnTrack << 7.0 / 6.0;
    QTest::newRow("growth ~ slightly behind at the margin")
        << growth << Comparator::About << 6.0 << none << 5.1 << mid << Status::SlightlyBehind
        << 0.85;
    QTest::newRow("growth ~ behind")
        << growth << Comparator::About << 6.0 << none << 5.0 << mid << Status::Behind << 5.0 / 6.0;
    QTest::newRow("growth ~ done at year end")
        << growth << Comparator::About << 6.0 << none << 5.8 << end << Status::Done << 5.8 / 6.0;
    QTest::newRow("growth <= is a cap")
        << growth << Comparator::AtMost << 3.0 << none << 2.0 << mid << Status::OnTrack << 1.0;

    // cap: not exceeding the bound.
    for (Comparator c : {Comparator::AtMost, Comparator::Exactly, Comparator::AtLeast}) {
        const QByteArray k = "cap " + comparatorKey(c).toLatin1() + " ";
        QTest::newRow(k + "on track at the cap")
            << cap << c << 5.5 << none << 5.5 << mid << Status::OnTrack << 1.0;
        QTest::newRow(k + "done at year end")
            << cap << c << 5.5 << none << 5.0 << end << Status::Done << 1.0;
        QTest::newRow(k + "slightly behind at 10% over")
            << cap << c << 5.5 << none << 6.05 << mid << Status::SlightlyBehind << 5.5 / 6.05;
        QTest::newRow(k + "behind beyond")
            << cap << c << 5.5 << none << 6.1 << mid << Status::Behind << 5.5 / 6.1;
    }
    QTest::newRow("cap ~ within tolerance")
        << cap << Comparator::About << 3.0 << none << 3.15 << mid << Status::OnTrack << 3.0 / 3.15;
    QTest::newRow("cap ~ slightly behind") << cap << Comparator::About << 3.0 << none << 3.3 << mid
                                           << Status::SlightlyBehind << 3.0 / 3.3;
    QTest::newRow("cap ~ behind") << cap << Comparator::About << 3.0 << none << 3.5 << mid
                                  << Status::Behind << 3.0 / 3.5;
}

void TestProgressRules::evaluate()
{
    QFETCH(IndicatorKind, kind);
    QFETCH(Comparator, comparator);
    QFETCH(double, target);
    QFETCH(double, baseline);
    QFETCH(double, actual);
    QFETCH(QDate, date);
    QFETCH(Status, status);
    QFETCH(double, progress);

    Indicator ind;
    ind.kind = kind;
    ind.comparator = comparator;
    ind.target = target;
    if (!qIsNaN(baseline))
        ind.baseline = baseline;
    const auto ev = ProgressRules::evaluate(ind, 2024, date, actual, date);
    QCOMPARE(statusKey(ev.status), statusKey(status));
    QVERIFY(ev.progress.has_value());
    QVERIFY2(
        qAbs(*ev.progress - progress) < 1e-9,
        qPrintable(QStringLiteral("progress %1, expected %2").arg(*ev.progress).arg(progress)));
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

QTEST_APPLESS_MAIN(TestProgressRules)
#include "tst_progressrules.moc"
