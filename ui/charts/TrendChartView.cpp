#include "charts/TrendChartView.h"

#include "plan/ProgressRules.h"

#include "charts/ChartHeading.h"
#include "charts/ChartLegend.h"
#include "charts/ChartStyle.h"
#include "plan/PlanText.h"
#include "plan/ProgressText.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pd {

namespace {

constexpr int MonthGap = 6;      ///< least room between two month names
constexpr int PointLabelGap = 2; ///< least room between two point labels
constexpr qreal MarkerSize = 8;

/// Where a month starts and ends on the time axis (December ends on the 31st, as the axis).
std::pair<qreal, qreal> monthSpan(int year, int month)
{
    const QDate start(year, month, 1);
    const QDate end = month == 12 ? QDate(year, 12, 31) : start.addMonths(1);
    return {TrendChartView::timeValue(start), TrendChartView::timeValue(end)};
}

} // namespace

TrendChartView::TrendChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChartView"));
    ChartStyle::setUp(this);
    m_note = new QGraphicsSimpleTextItem(chart());
    m_note->setFont(ChartStyle::labelFont());
    m_note->setBrush(ChartStyle::noteColor());
    m_note->setZValue(10);
    m_note->hide();
    m_unitLabel = new QGraphicsSimpleTextItem(chart());
    m_unitLabel->setFont(ChartStyle::smallFont());
    m_unitLabel->setBrush(ChartStyle::textColor());
    for (int month = 1; month <= 12; ++month) {
        auto *label = new QGraphicsSimpleTextItem(chart());
        label->setFont(ChartStyle::smallFont());
        label->setBrush(ChartStyle::textColor());
        m_monthLabels.push_back(label);
    }
    // QtCharts' own legend cuts its entries to "…" in a narrow pane.
    m_legend = std::make_unique<ChartLegend>(chart());
    chart()->legend()->hide();
    // QtCharts' own title cuts the indicator's name to "…".
    m_heading = std::make_unique<ChartHeading>(chart());
    connect(chart(), &QChart::plotAreaChanged, this, &TrendChartView::placeItems);
    connect(chart()->legend(), &QLegend::fontChanged, this, &TrendChartView::placeItems);

    // The axis of record is the date axis. It stays hidden: its equally spaced ticks cannot
    // fall on month starts (months differ in length), so a month axis over the same range
    // rules the month boundaries and names each month in its middle.
    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setTickCount(13);
    chart()->addAxis(m_dateAxis, Qt::AlignBottom);
    m_dateAxis->setVisible(false);

    // The month axis rules the months and keeps the room of their names, but the view writes
    // the names: QtCharts cuts a category label to "…" as soon as it is wider than its month.
    m_monthAxis = new QCategoryAxis;
    m_monthAxis->setLabelsFont(ChartStyle::smallFont());
    m_monthAxis->setLabelsColor(Qt::transparent);
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart()->addAxis(m_monthAxis, Qt::AlignBottom);

    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelsFont(ChartStyle::smallFont());
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_unitRoom = ChartStyle::addUnitRoom(chart());
    for (QAbstractAxis *axis : chart()->axes())
        connect(axis, &QAbstractAxis::labelsFontChanged, this, &TrendChartView::placeItems);
    clear();
}

TrendChartView::~TrendChartView() = default;

qreal TrendChartView::timeValue(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

void TrendChartView::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_monthAxis->hide();
    m_valueAxis->hide();
    m_unitRoom->hide();
    m_unitLabel->hide();
    for (QGraphicsSimpleTextItem *label : m_monthLabels)
        label->hide();
    for (QGraphicsSimpleTextItem *label : m_pointLabels)
        delete label;
    m_pointLabels.clear();
    m_legend->clear();
    m_actualSeries = nullptr;
    m_pointSeries = nullptr;
    m_planSeries = nullptr;
    m_asOfSeries = nullptr;
    m_indicator.reset();
    m_measurements.clear();
    m_note->hide();
    m_heading->clear();
    ChartStyle::relayout(c);
    placeItems();
}

void TrendChartView::setIndicator(const Indicator &indicator,
                                  const std::vector<Measurement> &measurements, int planYear,
                                  const QDate &asOf)
{
    clear();
    QChart *c = chart();
    const QString name = indicator.name.simplified();
    m_heading->setText(tr("%1: progress through %2").arg(name).arg(planYear), name);
    m_unit = indicator.unit;
    m_indicator = indicator;
    m_planYear = planYear;
    m_asOf = asOf;
    m_note->setText(tr("No measurements yet"));

    const QDate first(planYear, 1, 1);
    const QDate last(planYear, 12, 31);

    m_dateAxis->setRange(first.startOfDay(), last.startOfDay());
    // Short month names in the current language (which may have changed since the last
    // indicator): "10月", "Oct".
    const QStringList oldMonths = m_monthAxis->categoriesLabels();
    for (const QString &label : oldMonths)
        m_monthAxis->remove(label);
    m_monthAxis->setStartValue(timeValue(first));
    for (int month = 1; month <= 12; ++month) {
        const QString name = QLocale().monthName(month, QLocale::ShortFormat);
        m_monthLabels[std::size_t(month - 1)]->setText(name);
        m_monthAxis->append(name, monthSpan(planYear, month).second);
    }
    m_monthAxis->setRange(timeValue(first), timeValue(last));
    m_monthAxis->show();

    QValueAxis *valueAxis = m_valueAxis;
    valueAxis->show();
    m_unitLabel->setText(indicator.unit);
    m_unitLabel->setVisible(!indicator.unit.isEmpty());
    m_unitRoom->setVisible(!indicator.unit.isEmpty());

    const auto attach = [&](QAbstractSeries *series) {
        c->addSeries(series);
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_monthAxis);
        series->attachAxis(valueAxis);
    };

    std::vector<double> values;
    // The plan.
    m_planSeries = new QLineSeries;
    if (ProgressRules::measureOf(indicator) == ProgressRules::Measure::Share) {
        // From the baseline (or 0) to the target, through the plan curve where there is one:
        // the core's expected value at each turning point.
        const double start = ProgressRules::expectedValue(indicator, planYear, first.addDays(-1));
        m_planSeries->setName(indicator.planCurve.empty() ? tr("Plan") : tr("Plan curve"));
        m_planSeries->append(timeValue(first), start);
        for (const PlanPoint &point : indicator.planCurve) {
            if (point.date > first && point.date < last) {
                m_planSeries->append(timeValue(point.date), point.value);
                values.push_back(point.value);
            }
        }
        m_planSeries->append(timeValue(last), indicator.target);
        values.push_back(start);
    } else {
        m_planSeries->setName(tr("Bound %1").arg(PlanText::target(indicator)));
        m_planSeries->append(timeValue(first), indicator.target);
        m_planSeries->append(timeValue(last), indicator.target);
        values.push_back(0); // a rate reads against zero
    }
    values.push_back(indicator.target);
    m_planSeries->setPen(QPen(ChartStyle::planColor(), 2, Qt::DashLine));
    attach(m_planSeries);

    // The measurements, by date.
    m_measurements = measurements;
    std::stable_sort(m_measurements.begin(), m_measurements.end(),
                     [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    m_actualSeries = new QLineSeries;
    m_actualSeries->setName(tr("Actual"));
    m_actualSeries->setPen(QPen(ChartStyle::actualLineColor(), 2));
    m_pointSeries = new QScatterSeries;
    m_pointSeries->setName(tr("Actual"));
    m_pointSeries->setMarkerSize(MarkerSize);
    m_pointSeries->setColor(ChartStyle::actualLineColor());
    m_pointSeries->setBorderColor(Qt::white);
    for (const Measurement &m : m_measurements) {
        m_actualSeries->append(timeValue(m.date), m.value);
        m_pointSeries->append(timeValue(m.date), m.value);
        values.push_back(m.value);
        // Written by the view, which keeps only the labels that clear each other.
        auto *label = new QGraphicsSimpleTextItem(ProgressText::number(m.value), c);
        label->setFont(ChartStyle::smallFont());
        label->setBrush(ChartStyle::actualLineColor());
        label->setZValue(5);
        label->hide();
        m_pointLabels.push_back(label);
    }
    attach(m_actualSeries);
    attach(m_pointSeries);
    connect(m_pointSeries, &QScatterSeries::hovered, this, &TrendChartView::showPointToolTip);

    // Room above the highest value for its label; a level a little below its lowest so the
    // way covered shows. Never below zero unless a value is: niceScale keeps to zero then.
    const double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    if (high <= low)
        high = low + 1;
    const double pad = (high - low) * 0.1;
    const double bottom = low < 0 || indicator.kind == IndicatorKind::Level ? low - pad : low;
    ChartStyle::Scale scale =
        ChartStyle::niceScale(low < 0 ? bottom : std::max(0.0, bottom), high + pad);
    ChartStyle::applyScale(valueAxis, scale);
    m_note->setVisible(m_measurements.empty());

    // The as-of date, across the whole plot.
    if (asOf >= first && asOf <= last) {
        m_asOfSeries = new QLineSeries;
        m_asOfSeries->setName(tr("As of %1").arg(QLocale().toString(asOf, QLocale::ShortFormat)));
        m_asOfSeries->append(timeValue(asOf), valueAxis->min());
        m_asOfSeries->append(timeValue(asOf), valueAxis->max());
        m_asOfSeries->setPen(QPen(ChartStyle::expectedColor(), 1.5, Qt::DotLine));
        attach(m_asOfSeries);
    }

    // The points and their line are one thing to the reader.
    std::vector<ChartLegend::Entry> entries;
    entries.push_back({m_planSeries->name(), Qt::NoBrush, m_planSeries->pen(), true});
    entries.push_back({m_actualSeries->name(), Qt::NoBrush, m_actualSeries->pen(), true});
    if (m_asOfSeries)
        entries.push_back({m_asOfSeries->name(), Qt::NoBrush, m_asOfSeries->pen(), true});
    m_legend->setEntries(entries);
    ChartStyle::relayout(c);
    placeItems();
}

void TrendChartView::placeItems()
{
    // Setting the legend's margin lays the chart out again, which calls back here.
    if (m_placing)
        return;
    m_placing = true;
    m_heading->place();
    m_legend->place();
    if (m_unitLabel->isVisible())
        ChartStyle::placeUnitTitle(m_unitLabel, chart());
    placeMonthLabels();
    placePointLabels();
    placeNote();
    m_placing = false;
}

void TrendChartView::placeMonthLabels()
{
    if (!m_monthAxis->isVisible()) {
        for (QGraphicsSimpleTextItem *label : m_monthLabels)
            label->hide();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const qreal from = timeValue(QDate(m_planYear, 1, 1));
    const qreal to = timeValue(QDate(m_planYear, 12, 31));
    std::vector<qreal> centres;
    for (int month = 1; month <= 12; ++month) {
        const auto [start, end] = monthSpan(m_planYear, month);
        centres.push_back(plot.left() + ((start + end) / 2 - from) / (to - from) * plot.width());
    }
    // The smallest step at which the names, whole, clear each other: every month, then every
    // second, third… January always named.
    int step = 12;
    for (int candidate : {1, 2, 3, 4, 6}) {
        bool fits = true;
        for (std::size_t m = std::size_t(candidate); m < 12 && fits; m += std::size_t(candidate)) {
            const qreal room = centres[m] - centres[m - std::size_t(candidate)];
            const qreal needed =
                (m_monthLabels[m]->boundingRect().width() +
                 m_monthLabels[m - std::size_t(candidate)]->boundingRect().width()) /
                    2 +
                MonthGap;
            fits = room >= needed;
        }
        if (fits) {
            step = candidate;
            break;
        }
    }
    const qreal y = plot.bottom() + 3;
    for (std::size_t m = 0; m < 12; ++m) {
        QGraphicsSimpleTextItem *label = m_monthLabels[m];
        const qreal width = label->boundingRect().width();
        label->setPos(centres[m] - width / 2, y);
        label->setVisible(m % std::size_t(step) == 0);
    }
}

void TrendChartView::placePointLabels()
{
    if (!m_pointSeries || m_pointLabels.empty())
        return;
    const QRectF plot = chart()->plotArea();
    const qreal right = chart()->size().width();
    const qreal from = timeValue(QDate(m_planYear, 1, 1));
    const qreal to = timeValue(QDate(m_planYear, 12, 31));
    // The latest figure matters most: labels are kept from the last point back, each only
    // where it clears those kept already.
    std::vector<QRectF> kept;
    for (std::size_t i = m_pointLabels.size(); i-- > 0;) {
        QGraphicsSimpleTextItem *label = m_pointLabels[i];
        const Measurement &m = m_measurements[i];
        const qreal t = timeValue(m.date);
        if (t < from || t > to) {
            label->hide();
            continue;
        }
        const QPointF point = chart()->mapToPosition(QPointF(t, m.value), m_pointSeries);
        const QRectF text = label->boundingRect();
        const qreal x =
            std::clamp(point.x() - text.width() / 2, 0.0, std::max(0.0, right - text.width()));
        const QRectF rect(x, point.y() - MarkerSize / 2 - 1 - text.height(), text.width(),
                          text.height());
        const QRectF padded =
            rect.adjusted(-PointLabelGap, -PointLabelGap, PointLabelGap, PointLabelGap);
        const bool clear = rect.top() >= 0 && rect.bottom() <= plot.bottom() &&
                           std::none_of(kept.begin(), kept.end(),
                                        [&](const QRectF &r) { return r.intersects(padded); });
        label->setPos(rect.topLeft());
        label->setVisible(clear);
        if (clear)
            kept.push_back(rect);
    }
}

void TrendChartView::placeNote()
{
    if (!m_note->isVisible())
        return;
    const QRectF plot = chart()->plotArea();
    const QRectF text = m_note->boundingRect();
    m_note->setPos(plot.center().x() - text.width() / 2, plot.top() + plot.height() * 0.6);
}

bool TrendChartView::showsNoDataNote() const
{
    return m_note->isVisible();
}

void TrendChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_indicator) {
        // setIndicator() clears what is shown first.
        const Indicator indicator = *m_indicator;
        const std::vector<Measurement> measurements = m_measurements;
        setIndicator(indicator, measurements, m_planYear, m_asOf);
    }
    QChartView::changeEvent(event);
}

void TrendChartView::showPointToolTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    for (const Measurement &m : m_measurements) {
        if (timeValue(m.date) == point.x() && m.value == point.y()) {
            QString text = tr("%1: %2").arg(QLocale().toString(m.date, QLocale::ShortFormat),
                                            ChartStyle::valueText(m.value, m_unit));
            if (!m.note.isEmpty())
                text += QLatin1Char('\n') + m.note;
            QToolTip::showText(QCursor::pos(), text, this);
            return;
        }
    }
}

} // namespace pd
