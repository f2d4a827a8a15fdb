#include "OverviewChartView.h"

#include "ChartStyle.h"
#include "StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace pd {

namespace {

constexpr int ChromePixels = 110; ///< title, legend, axis and margins

int statusIndex(Status status)
{
    const auto *begin = std::begin(StatusStyle::all);
    return int(std::find(begin, std::end(StatusStyle::all), status) - begin);
}

} // namespace

OverviewChartView::OverviewChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("overviewChartView"));
    ChartStyle::setUp(this);
    connect(chart(), &QChart::plotAreaChanged, this, &OverviewChartView::placeLabels);
    clear();
}

double OverviewChartView::valueAt(int i) const
{
    return m_bars.at(std::size_t(i)).progress * 100;
}

Status OverviewChartView::statusAt(int i) const
{
    return m_bars.at(std::size_t(i)).status;
}

QString OverviewChartView::valueLabelAt(int i) const
{
    return m_labels.at(std::size_t(i))->text();
}

QBarSet *OverviewChartView::setFor(Status status) const
{
    const int i = statusIndex(status);
    return i < int(m_sets.size()) ? m_sets[std::size_t(i)] : nullptr;
}

int OverviewChartView::rowPixels()
{
    // A category label is a text item with a few pixels of margin; QtCharts shortens it to "…"
    // when its row is lower than that.
    return QFontMetrics(ChartStyle::smallFont()).height() + 10;
}

int OverviewChartView::minimumHeightFor(int n)
{
    return ChromePixels + rowPixels() * n;
}

QSize OverviewChartView::sizeHint() const
{
    return QSize(600, std::max(300, ChromePixels + rowPixels() * barCount() * 5 / 4));
}

void OverviewChartView::clear()
{
    QChart *c = chart();
    for (QGraphicsSimpleTextItem *label : m_labels)
        delete label;
    m_labels.clear();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_bars.clear();
    m_sets.clear();
    m_series = nullptr;
    m_expectedSeries = nullptr;
    c->setTitle(QString());
    c->legend()->hide();
    setMinimumHeight(0);
    updateGeometry();
    ChartStyle::relayout(c);
}

void OverviewChartView::setBars(const QString &title, const std::vector<Bar> &bars, double expected)
{
    clear();
    QChart *c = chart();
    c->setTitle(title);
    m_bars = bars;
    const int n = barCount();
    if (n == 0) {
        ChartStyle::relayout(c);
        return;
    }

    // One set per status, each category holding its value only in its status's set: the bars
    // take their status colour and the legend lists the statuses.
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.7);
    for (Status status : StatusStyle::all) {
        auto *set = new QBarSet(StatusStyle::symbol(status) + QLatin1Char(' ') +
                                StatusStyle::label(status));
        const QColor color = StatusStyle::color(status);
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        for (const Bar &bar : m_bars)
            set->append(bar.status == status ? bar.progress * 100 : 0.0);
        connect(set, &QBarSet::hovered, this, &OverviewChartView::showBarToolTip);
        m_sets.push_back(set);
        m_series->append(set);
    }
    c->addSeries(m_series);
    // Only the statuses that occur are listed.
    const auto markers = c->legend()->markers(m_series);
    for (std::size_t i = 0; i < m_sets.size() && i < std::size_t(markers.size()); ++i) {
        const Status status = StatusStyle::all[i];
        markers[qsizetype(i)]->setVisible(std::any_of(
            m_bars.begin(), m_bars.end(), [status](const Bar &b) { return b.status == status; }));
    }

    auto *categories = new QBarCategoryAxis;
    categories->setLabelsFont(ChartStyle::smallFont());
    categories->setGridLineVisible(false);
    QStringList labels;
    for (const Bar &bar : m_bars) {
        QString label = ChartStyle::shortened(bar.label, LabelChars);
        // Categories must be unique; two items may shorten to the same text.
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
    }
    categories->append(labels);
    categories->setReverse(true); // the first item on top, as in the tree
    c->addAxis(categories, Qt::AlignLeft);
    m_series->attachAxis(categories);

    auto *percent = new QValueAxis;
    const auto highest =
        std::max_element(m_bars.begin(), m_bars.end(),
                         [](const Bar &a, const Bar &b) { return a.progress < b.progress; });
    const bool over = highest->progress > 1.0;
    percent->setRange(0, over ? AxisCap : 100);
    percent->setTickCount(over ? 7 : 6);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    percent->setLabelsFont(ChartStyle::smallFont());
    c->addAxis(percent, Qt::AlignBottom);
    m_series->attachAxis(percent);

    m_expectedSeries = new QLineSeries;
    m_expectedSeries->setName(tr("Expected by now %1%").arg(qRound(expected * 100)));
    m_expectedSeries->append(expected * 100, -0.5);
    m_expectedSeries->append(expected * 100, n - 0.5);
    m_expectedSeries->setPen(QPen(ChartStyle::expectedColor(), 2, Qt::DashLine));
    c->addSeries(m_expectedSeries);
    m_expectedSeries->attachAxis(percent);
    m_expectedSeries->attachAxis(categories);

    // Value labels are drawn here rather than by the series: a bar cut at the axis end must
    // still give its real value, and an item without data says so instead of "0%".
    const QFont font = ChartStyle::smallFont();
    for (const Bar &bar : m_bars) {
        auto *label = new QGraphicsSimpleTextItem(c);
        label->setFont(font);
        label->setZValue(10);
        label->setText(bar.status == Status::NoData ? tr("No data")
                                                    : tr("%1%").arg(qRound(bar.progress * 100)));
        m_labels.push_back(label);
    }

    c->legend()->setVisible(true);
    setMinimumHeight(n > 8 ? minimumHeightFor(n) : 0);
    updateGeometry();
    ChartStyle::relayout(c);
    placeLabels();
}

void OverviewChartView::placeLabels()
{
    if (!m_series || m_labels.empty())
        return;
    const QRectF plot = chart()->plotArea();
    const qreal cap = AxisCap;
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels[i];
        const Bar &bar = m_bars[i];
        const QPointF end = chart()->mapToPosition(
            QPointF(std::clamp(bar.progress * 100, 0.0, cap), qreal(i)), m_series);
        const QRectF text = label->boundingRect();
        const qreal y = end.y() - text.height() / 2;
        const qreal barLength = end.x() - plot.left();
        if (barLength >= text.width() + 8) {
            // Inside the end of the bar, white on the status colour.
            label->setBrush(Qt::white);
            label->setPos(end.x() - text.width() - 4, y);
        } else {
            label->setBrush(ChartStyle::textColor());
            label->setPos(std::min(end.x() + 4, plot.right() - text.width()), y);
        }
        label->setVisible(plot.contains(QPointF(plot.center().x(), end.y())));
    }
}

void OverviewChartView::showBarToolTip(bool state, int index)
{
    if (!state || index < 0 || index >= barCount()) {
        QToolTip::hideText();
        return;
    }
    const Bar &bar = m_bars[std::size_t(index)];
    QString text = bar.label + QLatin1Char('\n') +
                   tr("%1% complete · %2 %3")
                       .arg(qRound(bar.progress * 100))
                       .arg(StatusStyle::symbol(bar.status), StatusStyle::label(bar.status));
    if (!bar.toolTip.isEmpty())
        text += QLatin1Char('\n') + bar.toolTip;
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace pd
