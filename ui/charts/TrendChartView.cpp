#include "charts/TrendChartView.h"

#include "plan/ProgressRules.h"

#include "charts/ChartStyle.h"
#include "plan/PlanText.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pd {

TrendChartView::TrendChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChartView"));
    ChartStyle::setUp(this);
    m_note = new QGraphicsSimpleTextItem(chart());
    m_note->setFont(ChartStyle::labelFont());
    m_note->setBrush(ChartStyle::noteColor());
    m_note->setZValue(10);
    m_note->hide();
    connect(chart(), &QChart::plotAreaChanged, this, &TrendChartView::placeNote);

    // The axis of record is the date axis. It stays hidden: its equally spaced ticks cannot
    // fall on month starts (months differ in length), so a month axis over the same range
    // rules the month boundaries and names each month in its middle.
    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setTickCount(13);
    chart()->addAxis(m_dateAxis, Qt::AlignBottom);
    m_dateAxis->setVisible(false);

    m_monthAxis = new QCategoryAxis;
    m_monthAxis->setLabelsFont(ChartStyle::smallFont());
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart()->addAxis(m_monthAxis, Qt::AlignBottom);

    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleFont(ChartStyle::smallFont());
    m_valueAxis->setLabelsFont(ChartStyle::smallFont());
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    clear();
}

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
    m_actualSeries = nullptr;
    m_pointSeries = nullptr;
    m_planSeries = nullptr;
    m_asOfSeries = nullptr;
    m_indicator.reset();
    m_measurements.clear();
    m_note->hide();
    c->setTitle(QString());
    c->legend()->hide();
    ChartStyle::relayout(c);
}

void TrendChartView::setIndicator(const Indicator &indicator,
                                  const std::vector<Measurement> &measurements, int planYear,
                                  const QDate &asOf)
{
    clear();
    QChart *c = chart();
    c->setTitle(
        tr("%1: progress through %2").arg(ChartStyle::shortened(indicator.name, 24)).arg(planYear));
    m_unit = indicator.unit;
    m_indicator = indicator;
    m_planYear = planYear;
    m_asOf = asOf;
    m_note->setText(tr("No measurements yet"));

    const QDate first(planYear, 1, 1);
    const QDate last(planYear, 12, 31);

    m_dateAxis->setRange(first.startOfDay(), last.startOfDay());
    // Month names in the current language (which may have changed since the last indicator).
    // Month numbers fit a narrow pane in any language ("M月" in Chinese).
    m_dateAxis->setFormat(tr("M", "month labels of the trend chart (QDateTime format)"));
    const QStringList oldMonths = m_monthAxis->categoriesLabels();
    for (const QString &label : oldMonths)
        m_monthAxis->remove(label);
    m_monthAxis->setStartValue(timeValue(first));
    for (int month = 1; month <= 12; ++month) {
        const QDate start(planYear, month, 1);
        const QDate end = month == 12 ? last : start.addMonths(1);
        m_monthAxis->append(QLocale().toString(start, m_dateAxis->format()), timeValue(end));
    }
    m_monthAxis->setRange(timeValue(first), timeValue(last));
    m_monthAxis->show();

    QValueAxis *valueAxis = m_valueAxis;
    valueAxis->setTitleText(indicator.unit);
    valueAxis->show();

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
    m_pointSeries->setMarkerSize(8);
    m_pointSeries->setColor(ChartStyle::actualLineColor());
    m_pointSeries->setBorderColor(Qt::white);
    for (const Measurement &m : m_measurements) {
        m_actualSeries->append(timeValue(m.date), m.value);
        m_pointSeries->append(timeValue(m.date), m.value);
        values.push_back(m.value);
    }
    if (m_measurements.size() <= 12) {
        m_pointSeries->setPointLabelsVisible(true);
        m_pointSeries->setPointLabelsFormat(QStringLiteral("@yPoint"));
        m_pointSeries->setPointLabelsFont(ChartStyle::smallFont());
        m_pointSeries->setPointLabelsColor(ChartStyle::actualLineColor());
        // Labels may stand out of the plot at its edges, unless points lie beyond the year.
        const bool allInYear =
            std::all_of(m_measurements.begin(), m_measurements.end(),
                        [&](const Measurement &m) { return m.date >= first && m.date <= last; });
        m_pointSeries->setPointLabelsClipping(!allInYear);
    }
    attach(m_actualSeries);
    attach(m_pointSeries);
    connect(m_pointSeries, &QScatterSeries::hovered, this, &TrendChartView::showPointToolTip);

    double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    if (high <= low)
        high = low + 1;
    const double pad = (high - low) * 0.1;
    valueAxis->setRange(low - (low < 0 || indicator.kind == IndicatorKind::Level ? pad : 0),
                        high + pad);
    m_note->setVisible(m_measurements.empty());
    valueAxis->applyNiceNumbers();

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
    const auto pointMarkers = c->legend()->markers(m_pointSeries);
    for (QLegendMarker *marker : pointMarkers)
        marker->setVisible(false);
    c->legend()->setVisible(true);
    ChartStyle::relayout(c);
    placeNote();
}

void TrendChartView::placeNote()
{
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
