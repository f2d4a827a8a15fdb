#include "charts/OverviewChartView.h"
#include "plan/ProgressRules.h"
#include "plan/StatusStyle.h"
#include "charts/TargetChartView.h"
#include "TestSupport.h"
#include "charts/TrendChartView.h"

#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QTest>

using namespace pd;

// Set PD_CHART_DUMP_DIR to a directory to save every rendered chart there as PNG, to look at.

class TestChartViews : public QObject
{
    Q_OBJECT
private slots:
    void targetHoldsTargetAndActual();
    void targetWithoutActualShowsNoBar();
    void targetOfGrowthHasBoundLine();
    void targetOfLevelExpectsFromBaseline();
    void levelWithoutBaselineIsABoundNotALineFromZero();
    void languageChangeRedraws();
    void targetClear();
    void trendPointsByDateAndPlanLine();
    void trendOfCapIsFlatBound();
    void trendClear();
    void overviewPutsEachValueInItsStatusSet();
    void overviewManyBarsAndClear();

private:
    static Indicator indicator(const QString &code);
    static void render(QWidget *view, const QString &name);
};

Indicator TestChartViews::indicator(const QString &code)
{
    for (const auto &item : test::samplePlan().indicators) {
        if (item.indicator.code == code)
            return item.indicator;
    }
    qFatal("no indicator %s in the sample plan", qPrintable(code));
    return {};
}

void TestChartViews::render(QWidget *view, const QString &name)
{
    view->resize(600, 300);
    view->show();
    const QImage image = view->grab().toImage();
    QCOMPARE(image.size(), view->size() * view->devicePixelRatioF());
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("PD_CHART_DUMP_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestChartViews::targetHoldsTargetAndActual()
{
    const Indicator greenway = indicator(QStringLiteral("L1.1")); // 新建天府绿道 1000 公里
    const QDate asOf(2024, 6, 30);
    const auto ev = ProgressRules::evaluate(greenway, 2024, asOf, 420.0, asOf);
    TargetChartView view;
    view.setIndicator(greenway, 420.0, ev);

    QVERIFY(view.targetSet());
    QVERIFY(view.actualSet());
    QCOMPARE(view.targetSet()->count(), 1);
    QCOMPARE(view.targetSet()->at(0), 1000.0);
    QCOMPARE(view.actualSet()->at(0), 420.0);
    QCOMPARE(view.actualSet()->color(), StatusStyle::color(ev.status));
    QVERIFY(view.targetSet()->color() != view.actualSet()->color());
    QVERIFY(view.expectedSet());
    QCOMPARE(view.expectedSet()->at(0), 1000.0 * ev.expected);
    QCOMPARE(view.targetSet()->label(), QStringLiteral("Target"));
    QVERIFY(!view.boundSeries());
    QVERIFY(!view.showsNoDataNote());
    QVERIFY(view.chart()->title().contains(greenway.name));
    render(&view, QStringLiteral("target-count"));
}

void TestChartViews::targetWithoutActualShowsNoBar()
{
    const Indicator shops = indicator(QStringLiteral("A1.1.1"));
    const auto ev = ProgressRules::evaluate(shops, 2024, QDate(2024, 3, 31), std::nullopt);
    QCOMPARE(ev.status, Status::NoData);
    TargetChartView view;
    view.setIndicator(shops, std::nullopt, ev);
    QCOMPARE(view.targetSet()->at(0), 500.0);
    QVERIFY(!view.actualSet());
    QVERIFY(view.showsNoDataNote());
    // No set in the chart carries a visible non-target bar of the actual.
    render(&view, QStringLiteral("target-nodata"));
}

void TestChartViews::targetOfGrowthHasBoundLine()
{
    const Indicator gdp = indicator(QStringLiteral("M1")); // 增长 6% 左右
    const QDate asOf(2024, 6, 30);
    const auto ev = ProgressRules::evaluate(gdp, 2024, asOf, 5.8, asOf);
    TargetChartView view;
    view.setIndicator(gdp, 5.8, ev);
    QVERIFY(view.boundSeries());
    QVERIFY(!view.expectedSet());
    const QList<QPointF> points = view.boundSeries()->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.first().y(), 6.0);
    QCOMPARE(points.last().y(), 6.0);
    QVERIFY(points.first().x() < points.last().x());
    QCOMPARE(view.actualSet()->at(0), 5.8);
    QCOMPARE(view.actualSet()->color(), StatusStyle::color(ev.status));
    render(&view, QStringLiteral("target-growth"));

    const Indicator unemployment = indicator(QStringLiteral("M2")); // ≤ 5.5 %
    // 1.1 percentage points over the cap: past the slightly-behind margin.
    const auto over = ProgressRules::evaluate(unemployment, 2024, asOf, 6.6, asOf);
    QCOMPARE(over.status, Status::Behind);
    view.setIndicator(unemployment, 6.6, over);
    QCOMPARE(view.boundSeries()->points().first().y(), 5.5);
    QCOMPARE(view.actualSet()->color(), StatusStyle::color(Status::Behind));
    render(&view, QStringLiteral("target-cap"));

    // A decline written as a negative rate.
    Indicator energy = gdp;
    energy.name = QStringLiteral("单位地区生产总值能耗");
    energy.target = -3;
    energy.comparator = Comparator::AtLeast;
    const auto decline = ProgressRules::evaluate(energy, 2024, asOf, -2.5, asOf);
    view.setIndicator(energy, -2.5, decline);
    QCOMPARE(view.targetSet()->at(0), -3.0);
    QCOMPARE(view.boundSeries()->points().first().y(), -3.0);
    render(&view, QStringLiteral("target-decline"));
}

void TestChartViews::targetOfLevelExpectsFromBaseline()
{
    const Indicator online = indicator(QStringLiteral("A1.1.2")); // 90 → 95 %
    const QDate asOf(2024, 6, 30);
    const auto ev = ProgressRules::evaluate(online, 2024, asOf, 92.0, asOf);
    TargetChartView view;
    view.setIndicator(online, 92.0, ev);
    QCOMPARE(view.targetSet()->at(0), 95.0);
    QCOMPARE(view.expectedSet()->at(0), 90 + 5 * ev.expected);
    QCOMPARE(view.actualSet()->at(0), 92.0);
    render(&view, QStringLiteral("target-level"));
}

void TestChartViews::levelWithoutBaselineIsABoundNotALineFromZero()
{
    // 常住人口城镇化率 ≥80.5 % and no 2023 figure: judged against the bound at every date.
    Indicator urban = indicator(QStringLiteral("A1.1.2"));
    urban.baseline.reset();
    urban.target = 80.5;
    const QDate asOf(2024, 6, 30);
    const auto ev = ProgressRules::evaluate(urban, 2024, asOf, 45.0, asOf);
    QCOMPARE(ev.status, Status::Behind);
    TargetChartView target;
    target.setIndicator(urban, 45.0, ev);
    QVERIFY(!target.expectedSet()); // no 序时进度 bar
    QVERIFY(target.boundSeries());
    QCOMPARE(target.boundSeries()->points().first().y(), 80.5);
    render(&target, QStringLiteral("target-level-bound"));

    Measurement m;
    m.date = asOf;
    m.value = 45;
    TrendChartView trend;
    trend.setIndicator(urban, {m}, 2024, asOf);
    const QList<QPointF> plan = trend.planSeries()->points();
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.first().y(), 80.5); // flat at the bound, not from 0 in January
    QCOMPARE(plan.last().y(), 80.5);
    render(&trend, QStringLiteral("trend-level-bound"));

    // With a plan curve a count's plan line bends through its points.
    Indicator greenway = indicator(QStringLiteral("L1.1"));
    greenway.planCurve = {{QDate(2024, 3, 31), 100}, {QDate(2024, 6, 30), 300}};
    trend.setIndicator(greenway, {}, 2024, asOf);
    const QList<QPointF> curve = trend.planSeries()->points();
    QCOMPARE(curve.size(), 4);
    QCOMPARE(curve.at(0).y(), 0.0);
    QCOMPARE(curve.at(1).y(), 100.0);
    QCOMPARE(curve.at(2).y(), 300.0);
    QCOMPARE(curve.at(3).y(), 1000.0);
    QCOMPARE(curve.at(2).x(), TrendChartView::timeValue(QDate(2024, 6, 30)));
}

void TestChartViews::languageChangeRedraws()
{
    const Indicator greenway = indicator(QStringLiteral("L1.1"));
    const QDate asOf(2024, 6, 30);
    TargetChartView target;
    target.setIndicator(greenway, 420.0, ProgressRules::evaluate(greenway, 2024, asOf, 420.0));
    TrendChartView trend;
    Measurement m;
    m.date = asOf;
    m.value = 420;
    trend.setIndicator(greenway, {m}, 2024, asOf);
    OverviewChartView overview;
    overview.setBars(QStringLiteral("一项"), {{greenway.name, 0.42, Status::Behind, {}}}, 0.5);

    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&target, &change);
    QCoreApplication::sendEvent(&trend, &change);
    QCoreApplication::sendEvent(&overview, &change);
    QCOMPARE(target.actualSet()->at(0), 420.0);
    QCOMPARE(trend.actualSeries()->count(), 1);
    QCOMPARE(overview.barCount(), 1);
    QCOMPARE(overview.chart()->title(), QStringLiteral("一项"));
}

void TestChartViews::targetClear()
{
    const Indicator greenway = indicator(QStringLiteral("L1.1"));
    TargetChartView view;
    view.setIndicator(greenway, 420.0,
                      ProgressRules::evaluate(greenway, 2024, QDate(2024, 6, 30), 420.0));
    view.clear();
    QVERIFY(!view.targetSet());
    QVERIFY(!view.actualSet());
    QVERIFY(view.chart()->series().isEmpty());
    QVERIFY(!view.showsNoDataNote());
    render(&view, QStringLiteral("target-clear"));
    // Usable again after clearing.
    view.setIndicator(greenway, std::nullopt,
                      ProgressRules::evaluate(greenway, 2024, QDate(2024, 6, 30), std::nullopt));
    QCOMPARE(view.targetSet()->at(0), 1000.0);
}

void TestChartViews::trendPointsByDateAndPlanLine()
{
    const Indicator online = indicator(QStringLiteral("A1.1.2")); // level, 90 → 95 %
    std::vector<Measurement> measurements(3);
    measurements[0].date = QDate(2024, 6, 30);
    measurements[0].value = 92.5;
    measurements[1].date = QDate(2024, 3, 31);
    measurements[1].value = 91;
    measurements[2].date = QDate(2024, 4, 30);
    measurements[2].value = 91.6;
    TrendChartView view;
    view.setIndicator(online, measurements, 2024, QDate(2024, 7, 1));

    QVERIFY(view.actualSeries());
    const QList<QPointF> points = view.actualSeries()->points();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0], QPointF(TrendChartView::timeValue(QDate(2024, 3, 31)), 91));
    QCOMPARE(points[1], QPointF(TrendChartView::timeValue(QDate(2024, 4, 30)), 91.6));
    QCOMPARE(points[2], QPointF(TrendChartView::timeValue(QDate(2024, 6, 30)), 92.5));

    const QList<QPointF> plan = view.planSeries()->points();
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.first(), QPointF(TrendChartView::timeValue(QDate(2024, 1, 1)), 90));
    QCOMPARE(plan.last(), QPointF(TrendChartView::timeValue(QDate(2024, 12, 31)), 95));

    QVERIFY(view.dateAxis());
    QCOMPARE(view.dateAxis()->min().date(), QDate(2024, 1, 1));
    QCOMPARE(view.dateAxis()->max().date(), QDate(2024, 12, 31));
    QVERIFY(view.asOfSeries());
    QCOMPARE(view.asOfSeries()->at(0).x(), TrendChartView::timeValue(QDate(2024, 7, 1)));
    render(&view, QStringLiteral("trend-level"));

    // A count starts from zero.
    const Indicator greenway = indicator(QStringLiteral("L1.1"));
    std::vector<Measurement> km(2);
    km[0].date = QDate(2024, 3, 31);
    km[0].value = 180;
    km[1].date = QDate(2024, 6, 30);
    km[1].value = 420;
    view.setIndicator(greenway, km, 2024, QDate(2024, 6, 30));
    QCOMPARE(view.planSeries()->at(0).y(), 0.0);
    QCOMPARE(view.planSeries()->at(1).y(), 1000.0);
    QCOMPARE(view.actualSeries()->count(), 2);
    render(&view, QStringLiteral("trend-count"));
}

void TestChartViews::trendOfCapIsFlatBound()
{
    const Indicator unemployment = indicator(QStringLiteral("M2"));
    std::vector<Measurement> measurements(1);
    measurements[0].date = QDate(2024, 5, 31);
    measurements[0].value = 5.3;
    TrendChartView view;
    view.setIndicator(unemployment, measurements, 2024, QDate(2024, 12, 31));
    const QList<QPointF> plan = view.planSeries()->points();
    QCOMPARE(plan.first().y(), 5.5);
    QCOMPARE(plan.last().y(), 5.5);
    QCOMPARE(plan.last().x(), TrendChartView::timeValue(QDate(2024, 12, 31)));
    QVERIFY(!view.showsNoDataNote());
    render(&view, QStringLiteral("trend-cap"));

    // No measurements, as-of outside the year: still a chart, no as-of mark.
    view.setIndicator(unemployment, {}, 2024, QDate(2025, 2, 1));
    QCOMPARE(view.actualSeries()->count(), 0);
    QVERIFY(!view.asOfSeries());
    QVERIFY(view.showsNoDataNote());
    render(&view, QStringLiteral("trend-empty"));
}

void TestChartViews::trendClear()
{
    TrendChartView view;
    view.setIndicator(indicator(QStringLiteral("M1")), {}, 2024, QDate(2024, 6, 30));
    view.clear();
    QVERIFY(!view.actualSeries());
    QVERIFY(!view.planSeries());
    QVERIFY(view.chart()->series().isEmpty());
    render(&view, QStringLiteral("trend-clear"));
}

void TestChartViews::overviewPutsEachValueInItsStatusSet()
{
    // The nine work areas of the Chengdu 2024 report.
    const std::vector<OverviewChartView::Bar> bars = {
        {QStringLiteral("（一）坚定不移推动经济稳中有进"), 1.05, Status::Done, {}},
        {QStringLiteral("（二）坚定不移推动成渝地区双城经济圈建设"), 0.55, Status::OnTrack, {}},
        {QStringLiteral("（三）坚定不移在推进科技创新和科技成果转化上同时发力"),
         0.45,
         Status::SlightlyBehind,
         {}},
        {QStringLiteral("（四）坚定不移在建设现代化产业体系上精准发力"), 0.2, Status::Behind, {}},
        {QStringLiteral("（五）坚定不移在推进乡村振兴上全面发力"), 0, Status::NoData, {}},
        {QStringLiteral("（六）坚定不移在筑牢长江黄河上游生态屏障上持续发力"), 0.62,
         Status::OnTrack, QStringLiteral("12 项指标")},
        {QStringLiteral("（七）坚定不移深化改革扩大开放"), 0.48, Status::SlightlyBehind, {}},
        {QStringLiteral("（八）坚定不移在发展中保障和改善民生"), 0.71, Status::OnTrack, {}},
        {QStringLiteral("（九）坚定不移推进治理体系和治理能力现代化"), 0.3, Status::Behind, {}},
    };
    OverviewChartView view;
    view.setBars(QStringLiteral("2024年政府工作报告"), bars, 0.5);
    QCOMPARE(view.barCount(), 9);
    for (int i = 0; i < view.barCount(); ++i) {
        QCOMPARE(view.statusAt(i), bars[std::size_t(i)].status);
        QCOMPARE(view.valueAt(i), bars[std::size_t(i)].progress * 100);
        for (Status status : StatusStyle::all) {
            QBarSet *set = view.setFor(status);
            QVERIFY(set);
            QCOMPARE(set->count(), 9);
            QCOMPARE(set->at(view.categoryOf(i)),
                     status == bars[std::size_t(i)].status ? view.valueAt(i) : 0.0);
        }
    }
    QCOMPARE(view.setFor(Status::Behind)->color(), StatusStyle::color(Status::Behind));
    // The first item is drawn on top, shortened, with its value at the end of its bar.
    QCOMPARE(view.labelAt(0), QStringLiteral("（一）坚定不移推动经济稳中…"));
    QCOMPARE(view.labelAt(6), QStringLiteral("（七）坚定不移深化改革扩大…"));
    QCOMPARE(view.valueLabelAt(0), QStringLiteral("105%"));
    QCOMPARE(view.valueLabelAt(4), QStringLiteral("No data"));
    QCOMPARE(view.expectedSeries()->at(0).x(), 50.0);
    QCOMPARE(view.chart()->title(), QStringLiteral("2024年政府工作报告"));
    render(&view, QStringLiteral("overview-areas"));
}

void TestChartViews::overviewManyBarsAndClear()
{
    std::vector<OverviewChartView::Bar> bars;
    for (int i = 0; i < 40; ++i)
        bars.push_back({QStringLiteral("新建天府绿道%1").arg(i), i * 0.05,
                        StatusStyle::all[std::size_t(i) % 5], QStringLiteral("A%1").arg(i)});
    bars.push_back(
        {QStringLiteral("新建天府绿道0"), 2.4, Status::Done, {}}); // same label, far over
    const QString dir = qEnvironmentVariable("PD_CHART_DUMP_DIR");
    OverviewChartView view;
    view.setBars(QStringLiteral("很多指标"), bars, 0.75);
    QCOMPARE(view.barCount(), 41);
    QCOMPARE(view.valueAt(40), 240.0);
    QCOMPARE(view.valueLabelAt(40), QStringLiteral("240%")); // the bar is cut at the axis end
    QVERIFY(view.minimumHeight() >= OverviewChartView::minimumHeightFor(41));
    QVERIFY(view.sizeHint().height() > 600);
    render(&view, QStringLiteral("overview-many"));
    view.resize(600, view.minimumHeight());
    if (!dir.isEmpty())
        view.grab().save(QDir(dir).filePath(QStringLiteral("overview-many-min.png")));
    view.resize(600, view.sizeHint().height());
    if (!dir.isEmpty())
        view.grab().save(QDir(dir).filePath(QStringLiteral("overview-many-tall.png")));

    view.clear();
    QCOMPARE(view.barCount(), 0);
    QVERIFY(!view.setFor(Status::Done));
    QVERIFY(view.chart()->series().isEmpty());
    render(&view, QStringLiteral("overview-clear"));
    view.setBars(QStringLiteral("一项"),
                 {{QStringLiteral("新建天府绿道"), 0.42, Status::Behind, {}}}, 0.5);
    QCOMPARE(view.barCount(), 1);
    render(&view, QStringLiteral("overview-one"));
}

QTEST_MAIN(TestChartViews)
#include "tst_chartviews.moc"
