#pragma once

// A chart legend that wraps onto as many rows as its entries need.

#include <QBrush>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace pd {

/// The legend under a chart's plot. QtCharts' own legend keeps to one row and cuts every entry
/// to "…" when they do not fit; this one breaks into rows, never cuts an entry, and makes the
/// chart's bottom margin as tall as its rows. It takes its font from the chart's (hidden)
/// QLegend, so that whoever enlarges the legend font enlarges this one.
class ChartLegend
{
public:
    struct Entry
    {
        QString text;
        QBrush brush;      ///< the swatch's fill (a box) ...
        QPen pen;          ///< ... its outline, or the line drawn for a line entry
        bool line = false; ///< a short line instead of a box
    };

    explicit ChartLegend(QChart *chart);
    ~ChartLegend();
    ChartLegend(const ChartLegend &) = delete;
    ChartLegend &operator=(const ChartLegend &) = delete;

    void setEntries(const std::vector<Entry> &entries);
    void clear();
    /// Lays the rows out across the chart's width and sets the chart's bottom margin to hold
    /// them. Call when the chart's size, the legend font or the entries changed.
    void place();

    QStringList texts() const;
    /// Where each entry's text is drawn, in chart coordinates.
    std::vector<QRectF> textRects() const;
    int rowCount() const { return m_rows; }

private:
    QChart *m_chart;
    std::vector<Entry> m_entries;
    std::vector<QGraphicsItem *> m_swatches;
    std::vector<QGraphicsSimpleTextItem *> m_texts;
    int m_rows = 0;
};

} // namespace pd
