#include "charts/ChartHeading.h"
#include "charts/ChartLegend.h"
#include "charts/ChartStyle.h"
#include "charts/OverviewChartView.h"
#include "charts/TargetChartView.h"
#include "charts/TrendChartView.h"
#include "plan/PlanText.h"
#include "plan/ProgressRules.h"
#include "plan/StatusStyle.h"
#include "TestSupport.h"

#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QValueAxis>

using namespace pd;

// Set PD_CHART_DUMP_DIR to a directory to save every rendered chart there as PNG, to look at.

namespace {

// The sizes the indicator pane gives its charts in a 1366×768 window (target : trend = 2 : 3
// beside each other under the report's sentence), and the smallest the pane allows.
const QSize TargetAt1366(210, 260);
const QSize TrendAt1366(318, 260);
const QSize TrendNarrowest(240, 260);
// At 1920×1080 the pane is wider.
const QSize TargetAt1920(380, 300);
const QSize TrendAt1920(570, 300);

/// A week of daily figures, 1–7 July: what made the labels one blob.
std::vector<Measurement> dailyWeek(double from, double step)
{
    std::vector<Measurement> week(7);
    for (int i = 0; i < 7; ++i) {
        week[std::size_t(i)].date = QDate(2024, 7, 1 + i);
        week[std::size_t(i)].value = from + i * step;
    }
    return week;
}

/// A figure at every month's end, January to December.
std::vector<Measurement> monthly(double step, double from = 0)
{
    std::vector<Measurement> months(12);
    for (int m = 1; m <= 12; ++m) {
        months[std::size_t(m - 1)].date = QDate(2024, m, 1).addMonths(1).addDays(-1);
        months[std::size_t(m - 1)].value = from + step * m;
    }
    return months;
}

/// Every text the chart draws visibly that QtCharts cut to "…" (axis labels, title).
QStringList elidedTexts(QChartView *view)
{
    QStringList cut;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item)) {
            if (rich->defaultTextColor().alpha() == 0)
                continue; // room kept, nothing drawn
            text = rich->toPlainText();
        } else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            text = simple->text();
        }
        if (text.contains(QChar(0x2026)) || text.contains(QStringLiteral("...")))
            cut << text;
    }
    return cut;
}

/// The value axis's labels as QtCharts writes them from its format.
QStringList axisLabels(const QValueAxis *axis)
{
    QStringList labels;
    const double step = axis->tickInterval();
    for (double v = axis->min(); v <= axis->max() + step * 1e-6; v += step)
        labels << QString::asprintf(axis->labelFormat().toLatin1().constData(), v);
    return labels;
}

QRectF sceneRect(const QGraphicsSimpleTextItem *item)
{
    return item->mapRectToScene(item->boundingRect());
}

} // namespace

class TestChartViews : public QObject
{
    Q_OBJECT
private slots:
    void targetHoldsTargetAndActual();
    void targetWithoutActualShowsNoBar();
    void targetOfGrowthHasBoundLine();
    void targetOfLevelExpectsFromBaseline();
    void stretchTargetIsDrawnBesideTheTarget();
    void levelWithoutBaselineIsABoundNotALineFromZero();
    void languageChangeRedraws();
    void targetClear();
    void trendPointsByDateAndPlanLine();
    void trendOfCapIsFlatBound();
    void trendClear();
    void overviewPutsEachValueInItsStatusSet();
    void overviewManyBarsAndClear();
    void niceScaleIsRoundAndNotBelowZero();
    void trendMonthLabelsAreWholeAt1366_data();
    void trendMonthLabelsAreWholeAt1366();
    void trendPointLabelsNeverOverlap();
    void axesInPlainNotationFromZero();
    void unitIsWrittenLevelAboveTheAxis();
    void legendsAreWholeAndInside();
    void titlesAreWholeAt1366_data();
    void overviewNamesAreWholeAndApart_data();
    void overviewNamesAreWholeAndApart();
    void titlesAreWholeAt1366();

private:
    static void showAt(QChartView *view, const QSize &size);
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

void TestChartViews::showAt(QChartView *view, const QSize &size)
{
    view->resize(size);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    // Two passes: the legend's rows set the bottom margin, which moves the plot.
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::processEvents();
        ChartStyle::relayout(view->chart());
    }
}

void TestChartViews::render(QWidget *view, const QString &name)
{
    if (!view->isVisible()) // else at the size the test gave it
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
    QVERIFY(view.heading().text().contains(greenway.name));
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

void TestChartViews::stretchTargetIsDrawnBesideTheTarget()
{
    // "增长7%以上、力争达到8%": the bound at 7, the stretch line at 8, both on the scale.
    Indicator gdp = indicator(QStringLiteral("M1"));
    gdp.target = 7;
    gdp.stretchTarget = 8;
    const QDate asOf(2024, 6, 30);
    const auto ev = ProgressRules::evaluate(gdp, 2024, asOf, 7.4, asOf);
    TargetChartView view;
    view.resize(TargetAt1366);
    view.setIndicator(gdp, 7.4, ev);
    QVERIFY(view.stretchSeries());
    QCOMPARE(view.stretchSeries()->points().first().y(), 8.0);
    QVERIFY(view.stretchSeries()->name().contains(QStringLiteral("8%")));
    auto *axis = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis && axis->max() >= 8.0);
    render(&view, QStringLiteral("target-stretch"));
    gdp.stretchTarget.reset(); // most targets have none
    view.setIndicator(gdp, 7.4, ev);
    QVERIFY(!view.stretchSeries());
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
    QCOMPARE(overview.heading().text(), QStringLiteral("一项"));
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
    // The first item is drawn on top, whole, with its value at the end of its bar.
    QCOMPARE(view.labelAt(0), QStringLiteral("（一）坚定不移推动经济稳中有进"));
    QCOMPARE(view.labelAt(6), QStringLiteral("（七）坚定不移深化改革扩大开放"));
    QCOMPARE(view.valueLabelAt(0), QStringLiteral("105%"));
    QCOMPARE(view.valueLabelAt(4), QStringLiteral("No data"));
    QCOMPARE(view.expectedSeries()->at(0).x(), 50.0);
    QCOMPARE(view.heading().text(), QStringLiteral("2024年政府工作报告"));
    QVERIFY(view.chart()->title().isEmpty());
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

void TestChartViews::niceScaleIsRoundAndNotBelowZero()
{
    const ChartStyle::Scale big = ChartStyle::niceScale(0, 18480);
    QCOMPARE(big.min, 0.0);
    QCOMPARE(big.max, 20000.0);
    QCOMPARE(big.step, 5000.0);
    QCOMPARE(big.decimals, 0);
    // A level from 0 with room under it would go to −20; what cannot be negative stays at 0.
    const ChartStyle::Scale rate = ChartStyle::niceScale(0, 88.55);
    QCOMPARE(rate.min, 0.0);
    QCOMPARE(rate.max, 100.0);
    const ChartStyle::Scale level = ChartStyle::niceScale(89.5, 95.5);
    QVERIFY(level.min <= 89.5 && level.min >= 85);
    QVERIFY(level.max >= 95.5 && level.max <= 100);
    const ChartStyle::Scale decline = ChartStyle::niceScale(-3.45, 0.5);
    QVERIFY(decline.min <= -3.45);
    QCOMPARE(decline.decimals, 0);
    const ChartStyle::Scale small = ChartStyle::niceScale(0, 1.1);
    QCOMPARE(small.step, 0.25);
    QCOMPARE(small.decimals, 2);
}

void TestChartViews::trendMonthLabelsAreWholeAt1366_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("leastShown");
    QTest::newRow("zh 1366") << QStringLiteral("zh_CN") << TrendAt1366 << 4;
    QTest::newRow("en 1366") << QStringLiteral("en_US") << TrendAt1366 << 4;
    QTest::newRow("zh narrowest") << QStringLiteral("zh_CN") << TrendNarrowest << 2;
    QTest::newRow("en narrowest") << QStringLiteral("en_US") << TrendNarrowest << 2;
    QTest::newRow("zh 1600") << QStringLiteral("zh_CN") << QSize(420, 260) << 6;
    QTest::newRow("zh 1920") << QStringLiteral("zh_CN") << QSize(700, 300) << 12;
    QTest::newRow("en 1920") << QStringLiteral("en_US") << QSize(700, 300) << 12;
}

void TestChartViews::trendMonthLabelsAreWholeAt1366()
{
    QFETCH(QString, locale);
    QFETCH(QSize, size);
    QFETCH(int, leastShown);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const Indicator greenway = indicator(QStringLiteral("L1.1"));
    TrendChartView view;
    view.setIndicator(greenway, monthly(90), 2024, QDate(2024, 12, 31));
    showAt(&view, size);
    QLocale::setDefault(previous);

    const auto &labels = view.monthLabels();
    QCOMPARE(labels.size(), std::size_t(12));
    QVERIFY(labels.front()->isVisible()); // January is always named
    const QRectF plot = view.chart()->plotArea();
    QRectF last;
    int shown = 0;
    for (int m = 1; m <= 12; ++m) {
        const QGraphicsSimpleTextItem *label = labels[std::size_t(m - 1)];
        // The whole short name ("10月", "Oct"), never "1…".
        QCOMPARE(label->text(), QLocale(locale).monthName(m, QLocale::ShortFormat));
        if (!label->isVisible())
            continue;
        ++shown;
        const QRectF rect = sceneRect(label);
        QVERIFY(rect.width() >=
                QFontMetricsF(label->font()).horizontalAdvance(label->text()) - 0.5);
        QVERIFY2(rect.left() >= 0 && rect.right() <= size.width(), qPrintable(label->text()));
        QVERIFY(rect.top() >= plot.bottom());
        QVERIFY2(last.isNull() || rect.left() > last.right(),
                 qPrintable(QStringLiteral("%1 runs into the month before").arg(label->text())));
        // Named under its own month.
        const qreal start = plot.left() + plot.width() * (m - 1) / 12.0;
        QVERIFY(rect.center().x() > start && rect.center().x() < start + plot.width() / 12.0 + 1);
        last = rect;
    }
    QVERIFY2(shown >= leastShown, qPrintable(QString::number(shown)));
    QVERIFY2(elidedTexts(&view).isEmpty(), qPrintable(elidedTexts(&view).join(QLatin1Char('|'))));
    render(&view, QStringLiteral("trend-months-%1-%2").arg(locale).arg(size.width()));
}

void TestChartViews::trendPointLabelsNeverOverlap()
{
    const Indicator shops = indicator(QStringLiteral("A1.1.1")); // ≥500 家
    TrendChartView view;
    for (const auto &figures : {dailyWeek(252, 2), monthly(45), dailyWeek(1000, 1)}) {
        view.setIndicator(shops, figures, 2024, QDate(2024, 12, 31));
        showAt(&view, TrendAt1366);
        const auto &labels = view.pointLabels();
        QCOMPARE(labels.size(), figures.size());
        QVERIFY(labels.back()->isVisible()); // the latest figure is always written
        std::vector<QRectF> shown;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (!labels[i]->isVisible())
                continue;
            const QRectF rect = sceneRect(labels[i]);
            QVERIFY(rect.left() >= 0 && rect.right() <= TrendAt1366.width());
            QVERIFY(rect.top() >= 0);
            for (const QRectF &other : shown)
                QVERIFY2(!rect.intersects(other), qPrintable(labels[i]->text()));
            shown.push_back(rect);
        }
        // A week of daily figures is a few labels, not seven on top of each other.
        if (figures.front().date.month() == figures.back().date.month())
            QVERIFY(shown.size() < figures.size());
        else
            QVERIFY(shown.size() >= 3);
    }
    render(&view, QStringLiteral("trend-week"));
}

void TestChartViews::axesInPlainNotationFromZero()
{
    // 新增网络覆盖电梯 ≥8000 台, at 16800 by December: the axis read 0 … 2E+04.
    Indicator lifts = indicator(QStringLiteral("A1.1.1"));
    lifts.target = 8000;
    lifts.unit = QStringLiteral("台");
    const QDate asOf(2024, 12, 31);
    TrendChartView trend;
    trend.setIndicator(lifts, monthly(1400), 2024, asOf);
    showAt(&trend, TrendAt1366);
    TargetChartView target;
    target.setIndicator(lifts, 16800.0, ProgressRules::evaluate(lifts, 2024, asOf, 16800.0, asOf));
    showAt(&target, TargetAt1366);
    for (QValueAxis *axis : {trend.valueAxis(), target.valueAxis()}) {
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->max() >= 16800);
        const QStringList labels = axisLabels(axis);
        QVERIFY(labels.size() >= 3 && labels.size() <= 7);
        for (const QString &label : labels)
            QVERIFY2(!label.contains(QLatin1Char('e'), Qt::CaseInsensitive), qPrintable(label));
        QVERIFY(labels.contains(QStringLiteral("10000")));
    }
    render(&trend, QStringLiteral("trend-large"));
    render(&target, QStringLiteral("target-large"));

    // A share that cannot be negative: 常住人口城镇化率 ≥80.5 % without a baseline, read from 0.
    Indicator urban = indicator(QStringLiteral("A1.1.2"));
    urban.baseline.reset();
    urban.target = 80.5;
    trend.setIndicator(urban, monthly(0.5, 78), 2024, asOf);
    QVERIFY(trend.valueAxis()->min() >= 0);
    target.setIndicator(urban, 84.0, ProgressRules::evaluate(urban, 2024, asOf, 84.0, asOf));
    QVERIFY(target.valueAxis()->min() >= 0);
    for (QValueAxis *axis : {trend.valueAxis(), target.valueAxis()}) {
        for (const QString &label : axisLabels(axis))
            QVERIFY2(!label.startsWith(QLatin1Char('-')), qPrintable(label));
    }
    // A count from zero.
    trend.setIndicator(indicator(QStringLiteral("L1.1")), dailyWeek(400, 3), 2024, asOf);
    QCOMPARE(trend.valueAxis()->min(), 0.0);

    // A decline written as a negative rate does go below zero.
    Indicator energy = indicator(QStringLiteral("M1"));
    energy.target = -3;
    Measurement m;
    m.date = QDate(2024, 6, 30);
    m.value = -2.5;
    trend.setIndicator(energy, {m}, 2024, asOf);
    QVERIFY(trend.valueAxis()->min() <= -3);
}

void TestChartViews::unitIsWrittenLevelAboveTheAxis()
{
    Indicator stations = indicator(QStringLiteral("L1.1"));
    stations.name = QStringLiteral("建设充电场站");
    stations.target = 240;
    stations.unit = QStringLiteral("座");
    const QDate asOf(2024, 12, 31);
    TrendChartView trend;
    trend.setIndicator(stations, monthly(21), 2024, asOf);
    showAt(&trend, TrendAt1366);
    TargetChartView target;
    target.setIndicator(stations, 252.0,
                        ProgressRules::evaluate(stations, 2024, asOf, 252.0, asOf));
    showAt(&target, TargetAt1366);

    const std::vector<std::pair<QChartView *, QGraphicsSimpleTextItem *>> views = {
        {&trend, trend.unitLabel()}, {&target, target.unitLabel()}};
    for (const auto &[view, unit] : views) {
        QVERIFY(unit->isVisible());
        QCOMPARE(unit->text(), QStringLiteral("座"));
        // Level: no rotation on the item or anything above it; QtCharts' axis title (which it
        // turns on its side and cuts to "⋮") stays empty.
        QCOMPARE(unit->sceneTransform().isRotating(), false);
        QCOMPARE(unit->rotation(), 0.0);
        const QRectF rect = sceneRect(unit);
        const QRectF plot = view->chart()->plotArea();
        QVERIFY(rect.left() >= 0 && rect.top() >= 0);
        QVERIFY2(rect.bottom() <= plot.top(), "the unit sits above the plot");
        QVERIFY2(rect.right() <= plot.left() + 1, "over the axis labels, left of the plot");
        for (QAbstractAxis *axis : view->chart()->axes())
            QVERIFY(axis->titleText().isEmpty());
        QVERIFY(elidedTexts(view).isEmpty());
    }
    render(&trend, QStringLiteral("trend-unit"));
    render(&target, QStringLiteral("target-unit"));

    // No unit, nothing written.
    Indicator index = indicator(QStringLiteral("M2"));
    index.unit.clear();
    trend.setIndicator(index, {}, 2024, asOf);
    QVERIFY(!trend.unitLabel()->isVisible());
}

void TestChartViews::legendsAreWholeAndInside()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    const Indicator shops = indicator(QStringLiteral("A1.1.1"));
    const QDate asOf(2024, 7, 7);
    const auto ev = ProgressRules::evaluate(shops, 2024, asOf, 264.0, asOf);
    TargetChartView target;
    target.setIndicator(shops, 264.0, ev);
    showAt(&target, TargetAt1366);
    TrendChartView trend;
    trend.setIndicator(shops, dailyWeek(252, 2), 2024, asOf);
    showAt(&trend, TrendAt1366);
    OverviewChartView overview;
    overview.setBars(QStringLiteral("2024年政府工作报告"),
                     {{QStringLiteral("（一）经济"), 0.6, Status::OnTrack, {}},
                      {QStringLiteral("（二）双城"), 0.45, Status::SlightlyBehind, {}},
                      {QStringLiteral("（三）科创"), 0.2, Status::Behind, {}},
                      {QStringLiteral("（四）产业"), 1.1, Status::Done, {}},
                      {QStringLiteral("（五）乡村"), 0, Status::NoData, {}}},
                     0.52);
    showAt(&overview, QSize(420, 320));
    QLocale::setDefault(previous);

    // The target chart names its bars in full: "实际 ▲ 略有滞后", "序时进度（52%）".
    QStringList expected{target.targetSet()->label(), target.expectedSet()->label(),
                         target.actualSet()->label()};
    QCOMPARE(target.legend().texts(), expected);
    QCOMPARE(trend.legend().texts(),
             QStringList({trend.planSeries()->name(), trend.actualSeries()->name(),
                          trend.asOfSeries()->name()}));
    QCOMPARE(overview.legend().texts().size(), 6);

    const std::vector<std::pair<QChartView *, const ChartLegend *>> views = {
        {&target, &target.legend()}, {&trend, &trend.legend()}, {&overview, &overview.legend()}};
    for (const auto &[view, legend] : views) {
        const std::vector<QRectF> rects = legend->textRects();
        const QRectF plot = view->chart()->plotArea();
        for (std::size_t i = 0; i < rects.size(); ++i) {
            const QString text = legend->texts().at(qsizetype(i));
            QVERIFY2(QRectF(QPointF(0, 0), QSizeF(view->size())).contains(rects[i]),
                     qPrintable(text));
            QVERIFY2(rects[i].top() > plot.bottom(), qPrintable(text));
            for (std::size_t j = 0; j < i; ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(text));
        }
        QVERIFY(elidedTexts(view).isEmpty());
    }
    QVERIFY(target.legend().rowCount() > 1); // wrapped, not cut
    render(&target, QStringLiteral("target-legend"));
    render(&trend, QStringLiteral("trend-legend"));
    render(&overview, QStringLiteral("overview-legend"));
}

void TestChartViews::titlesAreWholeAt1366_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QSize>("targetSize");
    QTest::addColumn<QSize>("trendSize");
    QTest::newRow("zh 1366") << QStringLiteral("zh_CN") << TargetAt1366 << TrendAt1366;
    QTest::newRow("en 1366") << QStringLiteral("en_US") << TargetAt1366 << TrendAt1366;
    QTest::newRow("zh 1920") << QStringLiteral("zh_CN") << TargetAt1920 << TrendAt1920;
    QTest::newRow("en 1920") << QStringLiteral("en_US") << TargetAt1920 << TrendAt1920;
}

void TestChartViews::titlesAreWholeAt1366()
{
    QFETCH(QString, locale);
    QFETCH(QSize, targetSize);
    QFETCH(QSize, trendSize);
    // The app's own translation, as the window loads it.
    QTranslator translator;
    if (locale.startsWith(QStringLiteral("zh"))) {
        QVERIFY(translator.load(QStringLiteral(":/l10n/progress-dashboard_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    });

    // A short name, a middling one, a long one (24 characters) and the report's longest (32).
    Indicator platforms = indicator(QStringLiteral("A1.1.1"));
    platforms.name = QStringLiteral("支持国家级科技创新平台与重点片区共建成果转化基地");
    platforms.target = 10;
    platforms.unit = QStringLiteral("个");
    platforms.code = QStringLiteral("A3.2.1");
    Indicator noise = platforms;
    noise.code = QStringLiteral("L9.7");
    noise.name = QStringLiteral("在“11+2”区域人口密集或活动频繁区域安装噪声自动监测显示设备");
    noise.unit = QStringLiteral("套");
    // Broke as "…对接活" / "动：" before its lines were balanced.
    Indicator activities = platforms;
    activities.code = QStringLiteral("A3.2.2");
    activities.name = QStringLiteral("开展“校企双进·找矿挖宝”对接活动");
    activities.target = 200;
    activities.unit = QStringLiteral("场");
    const QDate asOf(2024, 6, 30);
    for (const Indicator &shown :
         {indicator(QStringLiteral("L1.1")), activities, platforms, noise}) {
        const double value = shown.target * 0.4;
        TargetChartView target;
        target.setIndicator(shown, value, ProgressRules::evaluate(shown, 2024, asOf, value, asOf));
        showAt(&target, targetSize);
        Measurement m;
        m.date = asOf;
        m.value = value;
        TrendChartView trend;
        trend.setIndicator(shown, {m}, 2024, asOf);
        showAt(&trend, trendSize);

        const std::vector<std::tuple<QChartView *, const ChartHeading *, QString>> views = {
            {&target, &target.heading(),
             TargetChartView::tr("%1: target %2").arg(shown.name, PlanText::target(shown))},
            {&trend, &trend.heading(),
             TrendChartView::tr("%1: progress through %2").arg(shown.name).arg(2024)}};
        for (const auto &[view, heading, title] : views) {
            const QString what = shown.code + QLatin1Char(' ') + view->objectName();
            // The whole title: the name in full, never "…", QtCharts' own title unused.
            QCOMPARE(heading->text(), title);
            QVERIFY2(!heading->shownText().contains(QChar(0x2026)), qPrintable(what));
            // As drawn: the same words, broken where the name ends.
            const auto words = [](QString text) {
                return text.remove(QRegularExpression(QStringLiteral("\\s")));
            };
            QCOMPARE(words(heading->shownText()), words(title));
            QVERIFY(view->chart()->title().isEmpty());
            // In even lines, as broken (none wrapped again), never a character alone on one.
            const QStringList lines = heading->shownText().split(QLatin1Char('\n'));
            QCOMPARE(heading->lineCount(), int(lines.size()));
            for (const QString &line : lines) {
                QString letters = line;
                letters.remove(QRegularExpression(QStringLiteral("[\\s\\p{P}]")));
                QVERIFY2(letters.size() > 1, qPrintable(heading->shownText()));
            }
            QVERIFY2(elidedTexts(view).isEmpty(),
                     qPrintable(elidedTexts(view).join(QLatin1Char('|'))));
            // Every line inside the chart, over the plot and the unit, clear of both.
            const QRectF bounds(QPointF(0, 0), QSizeF(view->size()));
            const QRectF rect = heading->rect();
            QVERIFY2(bounds.contains(rect), qPrintable(what));
            QVERIFY2(heading->item()->document()->idealWidth() <= rect.width() + 0.5,
                     qPrintable(what));
            const QRectF plot = view->chart()->plotArea();
            QVERIFY2(rect.bottom() <= plot.top(), qPrintable(what));
            QGraphicsSimpleTextItem *unit =
                view == &target ? target.unitLabel() : trend.unitLabel();
            QVERIFY2(rect.bottom() <= sceneRect(unit).top(), qPrintable(what));
            // The chart still fits its view with a plot to read: the title took room from
            // the plot, not from beyond the view's bottom.
            QVERIFY2(view->chart()->size().height() <= view->viewport()->height() + 0.5,
                     qPrintable(what));
            QVERIFY2(plot.height() >= 60, qPrintable(QString::number(plot.height())));
            QVERIFY2(plot.bottom() < view->height(), qPrintable(what));
        }
        render(&target, QStringLiteral("target-title-%1-%2-%3")
                            .arg(locale, shown.code)
                            .arg(targetSize.width()));
        render(
            &trend,
            QStringLiteral("trend-title-%1-%2-%3").arg(locale, shown.code).arg(trendSize.width()));
    }
}

void TestChartViews::overviewNamesAreWholeAndApart_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("count");
    // The overview pane at 1366×768 and 1920×1080: the nine areas, and a section's indicators.
    QTest::newRow("1366 areas") << QSize(530, 320) << 9;
    QTest::newRow("1920 areas") << QSize(1000, 420) << 9;
    QTest::newRow("1366 indicators") << QSize(530, 320) << 16;
    QTest::newRow("narrowest") << QSize(320, 300) << 9;
}

void TestChartViews::overviewNamesAreWholeAndApart()
{
    QFETCH(QSize, size);
    QFETCH(int, count);
    const QStringList names{
        QStringLiteral("（一）坚定不移推动经济稳中有进,加快实现质的有效提升和量的合理增长"),
        QStringLiteral("A3.2.1 支持国家级科技创新平台与重点片区共建成果转化基地"),
        QStringLiteral("L9.7 在“11+2”区域人口密集或活动频繁区域安装噪声自动监测显示设备"),
        QStringLiteral("A1.2.1 新引进首店"),
        QStringLiteral(
            "（三）坚定不移在推进科技创新和科技成果转化上同时发力,加快培育发展新质生产力"),
    };
    std::vector<OverviewChartView::Bar> bars;
    for (int i = 0; i < count; ++i)
        bars.push_back(
            {names.at(i % names.size()), 0.1 * (i % 11), StatusStyle::all[std::size_t(i) % 5], {}});
    OverviewChartView view;
    view.setBars(QStringLiteral("各板块及工作领域完成率"), bars, 0.5);
    showAt(&view, size);

    const QRectF plot = view.chart()->plotArea();
    const QRectF bounds(QPointF(0, 0), QSizeF(view.size()));
    for (int i = 0; i < view.barCount(); ++i) {
        const QString shown = view.labelAt(i);
        const auto words = [](QString text) {
            return text.remove(QRegularExpression(QStringLiteral("\\s")));
        };
        QCOMPARE(words(shown), words(bars[std::size_t(i)].label));
        QVERIFY(!shown.contains(QChar(0x2026)));
        const QRectF rect = view.labelRect(i);
        QVERIFY2(bounds.contains(rect), qPrintable(shown));
        QVERIFY2(rect.right() <= plot.left(), qPrintable(shown));
        if (i > 0)
            QVERIFY2(!rect.intersects(view.labelRect(i - 1)), qPrintable(shown));
    }
    // The bars keep most of the width.
    QVERIFY(plot.width() >= size.width() * 0.35);
    QVERIFY2(elidedTexts(&view).isEmpty(), qPrintable(elidedTexts(&view).join(QLatin1Char('|'))));
    render(&view, QStringLiteral("overview-names-%1-%2").arg(size.width()).arg(count));
}

QTEST_MAIN(TestChartViews)
#include "tst_chartviews.moc"
