#include "charts/TargetChartView.h"

#include "charts/ChartHeading.h"
#include "charts/ChartLegend.h"
#include "charts/ChartStyle.h"
#include "plan/PlanText.h"
#include "plan/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pd {

namespace {

constexpr qreal BarWidth = 0.75;

/// A horizontal line across the whole category axis (its domain is −0.5 … 0.5 for the one
/// category the chart has).
QLineSeries *horizontalLine(double y, const QString &name, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(-0.5, y);
    line->append(0.5, y);
    line->setPen(pen);
    return line;
}

} // namespace

TargetChartView::TargetChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("targetChartView"));
    ChartStyle::setUp(this);
    m_note = new QGraphicsSimpleTextItem(chart());
    m_note->setFont(ChartStyle::labelFont());
    m_note->setBrush(ChartStyle::noteColor());
    m_note->setZValue(10);
    m_note->hide();
    m_unitLabel = new QGraphicsSimpleTextItem(chart());
    m_unitLabel->setFont(ChartStyle::smallFont());
    m_unitLabel->setBrush(ChartStyle::textColor());
    // QtCharts' own legend cuts its entries to "…" in a narrow pane.
    m_legend = std::make_unique<ChartLegend>(chart());
    chart()->legend()->hide();
    // QtCharts' own title cuts the indicator's name to "…".
    m_heading = std::make_unique<ChartHeading>(chart());
    connect(chart(), &QChart::plotAreaChanged, this, &TargetChartView::placeItems);
    connect(chart()->legend(), &QLegend::fontChanged, this, &TargetChartView::placeItems);

    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->append(QStringLiteral(" "));
    m_categoryAxis->setLabelsVisible(false);
    m_categoryAxis->setGridLineVisible(false);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);

    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelsFont(ChartStyle::smallFont());
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_unitRoom = ChartStyle::addUnitRoom(chart());
    for (QAbstractAxis *axis : chart()->axes())
        connect(axis, &QAbstractAxis::labelsFontChanged, this, &TargetChartView::placeItems);
    clear();
}

TargetChartView::~TargetChartView() = default;

bool TargetChartView::showsNoDataNote() const
{
    return m_note->isVisible();
}

void TargetChartView::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_categoryAxis->hide();
    m_valueAxis->hide();
    m_unitRoom->hide();
    m_unitLabel->hide();
    m_legend->clear();
    m_targetSet = nullptr;
    m_actualSet = nullptr;
    m_expectedSet = nullptr;
    m_boundSeries = nullptr;
    m_stretchSeries = nullptr;
    m_shown.reset();
    m_heading->clear();
    m_note->hide();
    ChartStyle::relayout(c);
    placeItems();
}

void TargetChartView::setIndicator(const Indicator &indicator, std::optional<double> actual,
                                   const ProgressRules::Evaluation &evaluation)
{
    clear();
    QChart *c = chart();
    m_shown = Shown{indicator, actual, evaluation};
    const QString name = indicator.name.simplified();
    m_heading->setText(tr("%1: target %2").arg(name, PlanText::target(indicator)), name);

    // Share targets get an "expected by now" bar; bound targets only their bound line.
    const bool toReach = evaluation.hasExpected();

    auto *bars = new QBarSeries;
    bars->setBarWidth(BarWidth);
    bars->setLabelsVisible(true);
    // Values above the bars, except where the bound line runs along the bar tops: there they go
    // inside, clear of the line.
    const bool bound = !toReach;
    bars->setLabelsPosition(bound ? QAbstractBarSeries::LabelsInsideEnd
                                  : QAbstractBarSeries::LabelsOutsideEnd);
    // The number alone: the unit is written above the axis, and three labels with their unit
    // run into each other over narrow bars.
    bars->setLabelsFormat(indicator.unit.startsWith(QLatin1Char('%')) ? QStringLiteral("@value%")
                                                                      : QStringLiteral("@value"));

    m_targetSet = new QBarSet(tr("Target"));
    m_targetSet->append(indicator.target);
    m_targetSet->setColor(ChartStyle::targetColor());
    m_targetSet->setBorderColor(ChartStyle::targetColor().darker(130));
    m_targetSet->setLabelColor(ChartStyle::textColor());
    bars->append(m_targetSet);

    std::vector<double> values{0, indicator.target};
    if (toReach) {
        // The core's expected value by now (序时进度 or the plan curve, from the baseline).
        const double expected = evaluation.expectedValue;
        m_expectedSet =
            new QBarSet(tr("Expected by now (%1%)").arg(qRound(evaluation.expected * 100)));
        m_expectedSet->append(expected);
        QBrush hatch(ChartStyle::expectedColor(), Qt::BDiagPattern);
        m_expectedSet->setBrush(hatch);
        m_expectedSet->setBorderColor(ChartStyle::expectedColor());
        m_expectedSet->setLabelColor(ChartStyle::expectedColor());
        bars->append(m_expectedSet);
        values.push_back(expected);
    }

    if (actual) {
        const QColor color = StatusStyle::color(evaluation.status);
        m_actualSet = new QBarSet(tr("Actual %1 %2")
                                      .arg(StatusStyle::symbol(evaluation.status),
                                           StatusStyle::label(evaluation.status)));
        m_actualSet->append(*actual);
        m_actualSet->setColor(color);
        m_actualSet->setBorderColor(color.darker(130));
        m_actualSet->setLabelColor(bound ? QColor(Qt::white) : color.darker(150));
        bars->append(m_actualSet);
        values.push_back(*actual);
    } else {
        // Keep the actual's place, empty, and say why there is no bar (a zero bar would read as
        // "nothing done").
        auto *placeholder = new QBarSet(QString());
        placeholder->append(0);
        placeholder->setColor(Qt::transparent);
        placeholder->setBorderColor(Qt::transparent);
        placeholder->setLabelColor(Qt::transparent);
        bars->append(placeholder);
    }
    c->addSeries(bars);
    std::vector<ChartLegend::Entry> entries;
    for (QBarSet *set : {m_targetSet, m_expectedSet, m_actualSet}) {
        if (set)
            entries.push_back({set->label(), set->brush(), QPen(set->borderColor()), false});
    }

    QBarCategoryAxis *categoryAxis = m_categoryAxis;
    QValueAxis *valueAxis = m_valueAxis;
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    categoryAxis->show();
    valueAxis->show();
    m_unitLabel->setText(indicator.unit);
    m_unitLabel->setVisible(!indicator.unit.isEmpty());
    m_unitRoom->setVisible(!indicator.unit.isEmpty());

    std::vector<QLineSeries *> lines;
    if (bound) {
        QPen pen(ChartStyle::planColor(), 2, Qt::DashLine);
        m_boundSeries =
            horizontalLine(indicator.target, tr("Bound %1").arg(PlanText::target(indicator)), pen);
        lines.push_back(m_boundSeries);
    }
    if (indicator.kind == IndicatorKind::Level && indicator.baseline) {
        QPen pen(ChartStyle::noteColor(), 1.5, Qt::DotLine);
        lines.push_back(horizontalLine(
            *indicator.baseline,
            tr("Baseline %1").arg(ChartStyle::valueText(*indicator.baseline, indicator.unit)),
            pen));
        values.push_back(*indicator.baseline);
    }
    if (indicator.stretchTarget) {
        // 力争: the higher figure the report strives for, drawn beside the one it commits to.
        QPen pen(ChartStyle::targetColor().darker(170), 1.5, Qt::DashDotLine);
        m_stretchSeries = horizontalLine(
            *indicator.stretchTarget,
            tr("Stretch %1").arg(ChartStyle::valueText(*indicator.stretchTarget, indicator.unit)),
            pen);
        lines.push_back(m_stretchSeries);
        values.push_back(*indicator.stretchTarget);
    }
    bars->setLabelsPrecision(ChartStyle::labelPrecision(
        std::max(std::abs(*std::min_element(values.begin(), values.end())),
                 std::abs(*std::max_element(values.begin(), values.end())))));
    const QFont labelFont = ChartStyle::smallFont();
    for (QBarSet *set : bars->barSets())
        set->setLabelFont(labelFont);

    for (QLineSeries *line : lines) {
        c->addSeries(line);
        line->attachAxis(categoryAxis);
        line->attachAxis(valueAxis);
        entries.push_back({line->name(), Qt::NoBrush, line->pen(), true});
    }

    // Room above the tallest bar for its label; a level is shown from a little below its
    // baseline so that the distance covered is visible.
    double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    if (indicator.kind == IndicatorKind::Level && indicator.baseline && *indicator.baseline > 0) {
        const double span = std::abs(indicator.target - *indicator.baseline);
        values.erase(values.begin()); // not down to zero
        low = std::max(0.0, *std::min_element(values.begin(), values.end()) -
                                std::max(span, high * 0.02));
    }
    if (high <= low)
        high = low + 1;
    const double pad = (high - low) * 0.15;
    // At or above zero unless a value is below it (a decline written as a negative rate).
    ChartStyle::applyScale(valueAxis, ChartStyle::niceScale(low < 0 ? low - pad : low, high + pad));

    m_legend->setEntries(entries);
    if (!actual) {
        m_note->setText(tr("No data"));
        m_note->show();
    }
    ChartStyle::relayout(c);
    placeItems();
}

void TargetChartView::placeItems()
{
    // Setting the legend's margin lays the chart out again, which calls back here.
    if (m_placing)
        return;
    m_placing = true;
    m_heading->place();
    m_legend->place();
    if (m_unitLabel->isVisible())
        ChartStyle::placeUnitTitle(m_unitLabel, chart());
    placeNote();
    m_placing = false;
}

void TargetChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_shown) {
        const Shown shown = *m_shown; // setIndicator() resets m_shown first
        setIndicator(shown.indicator, shown.actual, shown.evaluation);
    }
    QChartView::changeEvent(event);
}

void TargetChartView::placeNote()
{
    if (!m_note->isVisible())
        return;
    const QRectF plot = chart()->plotArea();
    const QRectF text = m_note->boundingRect();
    // Centred on the empty last slot of the bar group, a little above the axis.
    const auto bars = chart()->series();
    if (bars.isEmpty())
        return;
    const int slotCount = static_cast<QBarSeries *>(bars.first())->count();
    const qreal slotCenter = -BarWidth / 2 + BarWidth * (slotCount - 0.5) / slotCount;
    const qreal x = plot.left() + (slotCenter + 0.5) * plot.width();
    m_note->setPos(x - text.width() / 2, plot.bottom() - text.height() - plot.height() * 0.1);
}

} // namespace pd
