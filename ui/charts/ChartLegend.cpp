#include "charts/ChartLegend.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace pd {

namespace {

// At the pane's legend font; a larger font (meeting mode) scales them with it.
constexpr qreal BoxWidth = 12;
constexpr qreal LineWidth = 18;
constexpr qreal SwatchGap = 4;       ///< between a swatch and its text
constexpr qreal EntryGap = 12;       ///< between entries on a row
constexpr qreal BaseLineHeight = 16; ///< the pane's legend font's line height
constexpr qreal RowGap = 2;          ///< between rows
constexpr qreal SideMargin = 6;      ///< as ChartStyle's chart margins
constexpr int BaseMargin = 4;        ///< the chart's bottom margin under the legend
constexpr int PlotGap = 6;           ///< between the axis labels and the legend

} // namespace

ChartLegend::ChartLegend(QChart *chart) : m_chart(chart) {}

ChartLegend::~ChartLegend()
{
    // The items belong to the chart, which may be gone first only if the view is: the views
    // own both and delete this one first.
    clear();
}

void ChartLegend::clear()
{
    for (QGraphicsItem *item : m_swatches)
        delete item;
    for (QGraphicsSimpleTextItem *item : m_texts)
        delete item;
    m_swatches.clear();
    m_texts.clear();
    m_entries.clear();
    m_rows = 0;
}

void ChartLegend::setEntries(const std::vector<Entry> &entries)
{
    clear();
    m_entries = entries;
    for (const Entry &entry : m_entries) {
        QGraphicsItem *swatch = nullptr;
        if (entry.line) {
            auto *line = new QGraphicsLineItem(0, 0, LineWidth, 0, m_chart);
            line->setPen(entry.pen);
            swatch = line;
        } else {
            auto *box = new QGraphicsRectItem(0, 0, BoxWidth, BoxWidth * 0.75, m_chart);
            box->setBrush(entry.brush);
            box->setPen(entry.pen);
            swatch = box;
        }
        swatch->setZValue(10);
        m_swatches.push_back(swatch);
        auto *text = new QGraphicsSimpleTextItem(entry.text, m_chart);
        text->setZValue(10);
        m_texts.push_back(text);
    }
    place();
}

void ChartLegend::place()
{
    const QFont font = m_chart->legend()->font();
    const QFontMetricsF metrics(font);
    const qreal available = std::max(1.0, m_chart->size().width() - 2 * SideMargin);
    // Swatches and gaps grow with the type: 12 px boxes beside 22 px text read as dots.
    const qreal scale = std::max(1.0, metrics.height() / BaseLineHeight);
    const qreal boxWidth = BoxWidth * scale;
    const qreal lineWidth = LineWidth * scale;
    const qreal swatchGap = SwatchGap * scale;
    const qreal entryGap = EntryGap * scale;

    // Entries in order, onto rows as wide as the chart.
    std::vector<std::vector<std::size_t>> rows;
    std::vector<qreal> rowWidths;
    std::vector<qreal> widths;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_texts[i]->setFont(font);
        const qreal swatch = m_entries[i].line ? lineWidth : boxWidth;
        const qreal width = swatch + swatchGap + metrics.horizontalAdvance(m_entries[i].text);
        widths.push_back(width);
        if (rows.empty() || rowWidths.back() + entryGap + width > available) {
            rows.push_back({i});
            rowWidths.push_back(width);
        } else {
            rows.back().push_back(i);
            rowWidths.back() += entryGap + width;
        }
    }
    m_rows = int(rows.size());

    const qreal rowHeight = std::max(metrics.height(), boxWidth);
    const qreal height = m_rows > 0 ? m_rows * rowHeight + (m_rows - 1) * RowGap : 0;
    QMargins margins = m_chart->margins();
    const int bottom = BaseMargin + (m_rows > 0 ? int(std::ceil(height)) + PlotGap : 0);
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }

    qreal y = m_chart->size().height() - BaseMargin - height;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        qreal x = SideMargin + std::max(0.0, (available - rowWidths[r]) / 2);
        for (std::size_t i : rows[r]) {
            const qreal middle = y + rowHeight / 2;
            if (m_entries[i].line) {
                static_cast<QGraphicsLineItem *>(m_swatches[i])->setLine(0, 0, lineWidth, 0);
                m_swatches[i]->setPos(x, middle);
            } else {
                static_cast<QGraphicsRectItem *>(m_swatches[i])
                    ->setRect(0, 0, boxWidth, boxWidth * 0.75);
                m_swatches[i]->setPos(x, middle - boxWidth * 0.75 / 2);
            }
            const qreal swatch = m_entries[i].line ? lineWidth : boxWidth;
            m_texts[i]->setPos(x + swatch + swatchGap, middle - metrics.height() / 2);
            x += widths[i] + entryGap;
        }
        y += rowHeight + RowGap;
    }
}

QStringList ChartLegend::texts() const
{
    QStringList result;
    for (const QGraphicsSimpleTextItem *text : m_texts)
        result << text->text();
    return result;
}

std::vector<QRectF> ChartLegend::textRects() const
{
    std::vector<QRectF> result;
    for (const QGraphicsSimpleTextItem *text : m_texts)
        result.push_back(text->mapRectToParent(text->boundingRect()));
    return result;
}

} // namespace pd
