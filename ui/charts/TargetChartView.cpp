#include "charts/TargetChartView.h"

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
#include <QLegendMarker>
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
    connect(chart(), &QChart::plotAreaChanged, this, &TargetChartView::placeNote);

    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->append(QStringLiteral(" "));
    m_categoryAxis->setLabelsVisible(false);
    m_categoryAxis->setGridLineVisible(false);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);

    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleFont(ChartStyle::smallFont());
    m_valueAxis->setLabelsFont(ChartStyle::smallFont());
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    clear();
}

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
    m_targetSet = nullptr;
    m_actualSet = nullptr;
    m_expectedSet = nullptr;
    m_boundSeries = nullptr;
    m_shown.reset();
    c->setTitle(QString());
    c->legend()->hide();
    m_note->hide();
    ChartStyle::relayout(c);
}

void TargetChartView::setIndicator(const Indicator &indicator, std::optional<double> actual,
                                   const ProgressRules::Evaluation &evaluation)
{
    clear();
    QChart *c = chart();
    c->setTitle(tr("%1: target %2")
                    .arg(ChartStyle::shortened(indicator.name, 24), PlanText::target(indicator)));

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
    bars->setLabelsFormat(ChartStyle::valueLabelFormat(indicator.unit));

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
    if (!actual) {
        const auto markers = c->legend()->markers(bars);
        markers.last()->setVisible(false);
    }

    QBarCategoryAxis *categoryAxis = m_categoryAxis;
    QValueAxis *valueAxis = m_valueAxis;
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    valueAxis->setTitleText(indicator.unit);
    categoryAxis->show();
    valueAxis->show();

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
    bars->setLabelsPrecision(ChartStyle::labelPrecision(
        std::max(std::abs(*std::min_element(values.begin(), values.end())),
                 std::abs(*std::max_element(values.begin(), values.end())))));
    const QFont labelFont = ChartStyle::labelFont();
    for (QBarSet *set : bars->barSets())
        set->setLabelFont(labelFont);

    for (QLineSeries *line : lines) {
        c->addSeries(line);
        line->attachAxis(categoryAxis);
        line->attachAxis(valueAxis);
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
    valueAxis->setRange(low < 0 ? low - pad : low, high + pad);
    valueAxis->applyNiceNumbers();

    c->legend()->setVisible(true);
    if (!actual) {
        m_note->setText(tr("No data"));
        m_note->show();
    }
    ChartStyle::relayout(c);
    placeNote();
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
