#include "charts/OverviewChartView.h"

#include "charts/ChartHeading.h"
#include "charts/ChartLegend.h"
#include "charts/ChartStyle.h"
#include "plan/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace pd {

namespace {

constexpr int ChromePixels = 100;   ///< title, legend, axis and margins
constexpr int LabelGap = 6;         ///< between an item's name and the plot
constexpr int NameMargin = 6;       ///< left of the names, as ChartStyle's chart margins
constexpr int RowGap = 2;           ///< least room between the names of two rows
constexpr qreal UnsizedWidth = 120; ///< narrower, the chart has no size of its own yet

int statusIndex(Status status)
{
    const auto *begin = std::begin(StatusStyle::all);
    return int(std::find(begin, std::end(StatusStyle::all), status) - begin);
}

void deleteAll(std::vector<QGraphicsSimpleTextItem *> &items)
{
    for (QGraphicsSimpleTextItem *item : items)
        delete item;
    items.clear();
}

} // namespace

OverviewChartView::OverviewChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("overviewChartView"));
    ChartStyle::setUp(this);
    // QtCharts' own legend cuts its entries to "…" in a narrow pane.
    m_legend = std::make_unique<ChartLegend>(chart());
    chart()->legend()->hide();
    // QtCharts' own title cuts a long title to "…".
    m_heading = std::make_unique<ChartHeading>(chart());
    connect(chart(), &QChart::plotAreaChanged, this, &OverviewChartView::placeItems);
    connect(chart()->legend(), &QLegend::fontChanged, this, &OverviewChartView::placeItems);

    m_categoryAxis = new QBarCategoryAxis;
    // The view draws the names itself, in the room it makes with the chart's left margin.
    m_categoryAxis->setLabelsVisible(false);
    m_categoryAxis->setGridLineVisible(false);
    chart()->addAxis(m_categoryAxis, Qt::AlignLeft);

    m_percentAxis = new QValueAxis;
    m_percentAxis->setLabelFormat(QStringLiteral("%.0f%"));
    m_percentAxis->setLabelsFont(ChartStyle::smallFont());
    chart()->addAxis(m_percentAxis, Qt::AlignBottom);
    clear();
}

OverviewChartView::~OverviewChartView() = default;

double OverviewChartView::valueAt(int i) const
{
    return m_bars.at(std::size_t(i)).progress * 100;
}

Status OverviewChartView::statusAt(int i) const
{
    return m_bars.at(std::size_t(i)).status;
}

QString OverviewChartView::labelAt(int i) const
{
    return m_nameLabels.at(std::size_t(i))->text();
}

void OverviewChartView::setGrowsForNames(bool grows)
{
    m_growsForNames = grows;
    if (!grows) {
        setMinimumHeight(m_baseMinimumHeight);
        updateGeometry();
    }
    placeItems();
}

QRectF OverviewChartView::labelRect(int i) const
{
    const QGraphicsSimpleTextItem *name = m_nameLabels.at(std::size_t(i));
    return name->mapRectToParent(name->boundingRect());
}

QString OverviewChartView::valueLabelAt(int i) const
{
    return m_valueLabels.at(std::size_t(i))->text();
}

QBarSet *OverviewChartView::setFor(Status status) const
{
    const int i = statusIndex(status);
    return i < int(m_sets.size()) ? m_sets[std::size_t(i)] : nullptr;
}

int OverviewChartView::rowPixels()
{
    return QFontMetrics(ChartStyle::smallFont()).height() + 6;
}

int OverviewChartView::minimumHeightFor(int n)
{
    return ChromePixels + rowPixels() * n;
}

QSize OverviewChartView::sizeHint() const
{
    return QSize(600, std::max(300, ChromePixels + rowPixels() * barCount() * 3 / 2));
}

void OverviewChartView::clear()
{
    QChart *c = chart();
    deleteAll(m_nameLabels);
    deleteAll(m_valueLabels);
    c->removeAllSeries();
    m_categoryAxis->clear();
    m_categoryAxis->hide();
    m_percentAxis->hide();
    m_bars.clear();
    m_sets.clear();
    m_series = nullptr;
    m_expectedSeries = nullptr;
    m_heading->clear();
    m_legend->clear();
    m_baseMinimumHeight = 0;
    setMinimumHeight(0);
    updateGeometry();
    ChartStyle::relayout(c);
}

void OverviewChartView::setBars(const QString &title, const std::vector<Bar> &bars, double expected)
{
    clear();
    QChart *c = chart();
    m_heading->setText(title);
    m_title = title;
    m_expected = expected;
    m_bars = bars;
    const int n = barCount();
    if (n == 0) {
        ChartStyle::relayout(c);
        return;
    }

    // One set per status, each category holding its value only in its status's set: the bars
    // take their status colour and the legend lists the statuses.
    m_series = new QHorizontalStackedBarSeries;
    // Bars no thicker than a few lines of text when there are only one or two.
    m_series->setBarWidth(std::min(0.7, 0.25 + 0.15 * n));
    for (Status status : StatusStyle::all) {
        auto *set = new QBarSet(StatusStyle::symbol(status) + QLatin1Char(' ') +
                                StatusStyle::label(status));
        const QColor color = StatusStyle::color(status);
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        for (int category = 0; category < n; ++category) {
            const Bar &bar = m_bars[std::size_t(categoryOf(category))];
            set->append(bar.status == status ? bar.progress * 100 : 0.0);
        }
        connect(set, &QBarSet::hovered, this, &OverviewChartView::showBarToolTip);
        m_sets.push_back(set);
        m_series->append(set);
    }
    c->addSeries(m_series);
    // Only the statuses that occur are listed.
    std::vector<ChartLegend::Entry> entries;
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        const Status status = StatusStyle::all[i];
        if (std::any_of(m_bars.begin(), m_bars.end(),
                        [status](const Bar &b) { return b.status == status; }))
            entries.push_back(
                {m_sets[i]->label(), m_sets[i]->brush(), QPen(m_sets[i]->borderColor()), false});
    }

    // The first item on top, as in the tree: categories run from the bottom up. Their names
    // are not drawn; they need only be unique.
    QStringList categories;
    for (int category = 0; category < n; ++category)
        categories << QString::number(category);
    m_categoryAxis->append(categories);
    m_categoryAxis->show();
    m_series->attachAxis(m_categoryAxis);

    const auto highest =
        std::max_element(m_bars.begin(), m_bars.end(),
                         [](const Bar &a, const Bar &b) { return a.progress < b.progress; });
    const bool over = highest->progress > 1.0;
    m_percentAxis->setRange(0, over ? AxisCap : 100);
    m_percentAxis->setTickCount(over ? 7 : 6);
    m_percentAxis->show();
    m_series->attachAxis(m_percentAxis);

    m_expectedSeries = new QLineSeries;
    m_expectedSeries->setName(tr("Expected by now %1%").arg(qRound(expected * 100)));
    m_expectedSeries->append(expected * 100, -0.5);
    m_expectedSeries->append(expected * 100, n - 0.5);
    m_expectedSeries->setPen(QPen(ChartStyle::expectedColor(), 2, Qt::DashLine));
    c->addSeries(m_expectedSeries);
    m_expectedSeries->attachAxis(m_percentAxis);
    m_expectedSeries->attachAxis(m_categoryAxis);
    entries.push_back({m_expectedSeries->name(), Qt::NoBrush, m_expectedSeries->pen(), true});

    const QFont font = c->legend()->font();
    for (const Bar &bar : m_bars) {
        auto *name = new QGraphicsSimpleTextItem(bar.label.simplified(), c);
        name->setFont(font);
        name->setBrush(ChartStyle::textColor());
        name->setToolTip(bar.label);
        m_nameLabels.push_back(name);

        // An item without data says so instead of "0%"; a bar cut at the axis end still gives
        // its real value.
        const QString noValue = bar.note.isEmpty() ? tr("No data") : bar.note;
        auto *value = new QGraphicsSimpleTextItem(
            bar.status == Status::NoData ? noValue : tr("%1%").arg(qRound(bar.progress * 100)), c);
        value->setFont(font);
        value->setZValue(10);
        m_valueLabels.push_back(value);
    }

    m_legend->setEntries(entries);
    m_baseMinimumHeight = n > 9 ? minimumHeightFor(n) : 0;
    setMinimumHeight(m_baseMinimumHeight);
    updateGeometry();
    placeItems();
    ChartStyle::relayout(c);
}

void OverviewChartView::placeItems()
{
    // Setting the margins lays the chart out again, which calls back here; making the view
    // taller for the names resizes the chart at once: then everything is placed again for the
    // new size.
    if (m_placing) {
        m_placeAgain = true;
        return;
    }
    m_placing = true;
    for (int pass = 0; pass < 3; ++pass) {
        m_placeAgain = false;
        m_heading->place();
        m_legend->place();
        fitNames();
        placeLabels();
        if (!m_placeAgain)
            break;
    }
    m_placing = false;
}

void OverviewChartView::fitNames()
{
    if (m_nameLabels.empty())
        return;
    QChart *c = chart();
    // Names and values in the legend's font, as ChartLegend: whoever enlarges the legend (meeting
    // mode) enlarges them, the bars shown next included.
    const QFont font = c->legend()->font();
    for (std::size_t i = 0; i < m_nameLabels.size(); ++i) {
        if (m_nameLabels[i]->font() != font)
            m_nameLabels[i]->setFont(font);
        if (m_valueLabels[i]->font() != font)
            m_valueLabels[i]->setFont(font);
    }
    const qreal width = c->size().width();
    // Until the chart has its size (it is being set up) there is nothing to fit: names on one
    // line would make a left margin the chart then keeps as its least width.
    if (width < UnsizedWidth)
        return;
    const QRectF plot = c->plotArea();
    const qreal pitch = plot.height() > 0 ? plot.height() / barCount() : 0;
    // The names' column at its share of the width; where the view cannot grow and wrapped names
    // would be taller than a row, a wider column with fewer lines.
    qreal widest = 0;
    qreal tallest = 0;
    const std::vector<double> shares =
        m_growsForNames ? std::vector<double>{NameShare}
                        : std::vector<double>{NameShare, NameShare + 0.1, NameShare + 0.2};
    for (double share : shares) {
        const qreal limit = width * share;
        widest = 0;
        tallest = 0;
        for (std::size_t i = 0; i < m_nameLabels.size(); ++i) {
            QGraphicsSimpleTextItem *name = m_nameLabels[i];
            const QString text =
                ChartStyle::balancedLines(m_bars[i].label.simplified(), font, limit)
                    .join(QLatin1Char('\n'));
            if (name->text() != text)
                name->setText(text);
            const QRectF rect = name->boundingRect();
            widest = std::max(widest, rect.width());
            tallest = std::max(tallest, rect.height());
        }
        if (tallest + RowGap <= pitch)
            break;
    }
    QMargins margins = c->margins();
    const int left = NameMargin + int(std::ceil(widest)) + LabelGap;
    if (margins.left() != left) {
        margins.setLeft(left);
        c->setMargins(margins);
    }
    // Fewer ticks where the plot is narrow: QtCharts cuts labels that run into each other
    // to "1…".
    if (plot.width() > 0) {
        const bool over = m_percentAxis->max() > 100;
        const QFontMetricsF metrics(m_percentAxis->labelsFont());
        const qreal label =
            metrics.horizontalAdvance(over ? QStringLiteral("150%") : QStringLiteral("100%")) +
            2 * LabelGap;
        int ticks = over ? 7 : 6;
        for (int fewer : over ? std::vector<int>{7, 4} : std::vector<int>{6, 5, 3}) {
            ticks = fewer;
            if (plot.width() / (fewer - 1) >= label)
                break;
        }
        if (m_percentAxis->tickCount() != ticks)
            m_percentAxis->setTickCount(ticks);
    }
    // Rows at least as far apart as the tallest name is high: the view taller where that is
    // too close (the overview sits in a scroll area).
    if (!m_growsForNames || c->size().height() <= 0 || plot.height() <= 0)
        return;
    const qreal chrome = height() - plot.height();
    const int needed = int(std::ceil(chrome + barCount() * (tallest + RowGap)));
    const int minimum = std::max(m_baseMinimumHeight, needed);
    if (minimumHeight() != minimum) {
        setMinimumHeight(minimum);
        updateGeometry();
    }
}

void OverviewChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_bars.empty()) {
        // setBars() clears what is shown first.
        const std::vector<Bar> bars = m_bars;
        const QString title = m_title;
        setBars(title, bars, m_expected);
    }
    QChartView::changeEvent(event);
}

void OverviewChartView::placeLabels()
{
    if (!m_series || m_valueLabels.empty())
        return;
    const QRectF plot = chart()->plotArea();
    for (std::size_t i = 0; i < m_valueLabels.size(); ++i) {
        const Bar &bar = m_bars[i];
        const qreal category = categoryOf(int(i));
        const QPointF end = chart()->mapToPosition(
            QPointF(std::clamp(bar.progress * 100, 0.0, AxisCap), category), m_series);

        QGraphicsSimpleTextItem *name = m_nameLabels[i];
        const QRectF nameRect = name->boundingRect();
        name->setPos(std::max(0.0, plot.left() - LabelGap - nameRect.width()),
                     end.y() - nameRect.height() / 2);

        QGraphicsSimpleTextItem *value = m_valueLabels[i];
        const QRectF text = value->boundingRect();
        const qreal y = end.y() - text.height() / 2;
        if (end.x() - plot.left() >= text.width() + 8) {
            // Inside the end of the bar, white on the status colour.
            value->setBrush(Qt::white);
            value->setPos(end.x() - text.width() - 4, y);
        } else {
            value->setBrush(ChartStyle::textColor());
            value->setPos(std::min(end.x() + 4, plot.right() - text.width()), y);
        }
    }
}

void OverviewChartView::showBarToolTip(bool state, int category)
{
    if (!state || category < 0 || category >= barCount()) {
        QToolTip::hideText();
        return;
    }
    const Bar &bar = m_bars[std::size_t(categoryOf(category))];
    QString text = bar.label + QLatin1Char('\n') +
                   tr("%1% complete · %2 %3")
                       .arg(qRound(bar.progress * 100))
                       .arg(StatusStyle::symbol(bar.status), StatusStyle::label(bar.status));
    if (!bar.toolTip.isEmpty())
        text += QLatin1Char('\n') + bar.toolTip;
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace pd
