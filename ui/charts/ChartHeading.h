#pragma once

// A chart title that wraps onto as many lines as the chart's width needs.

#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsTextItem;
QT_END_NAMESPACE

namespace pd {

/// The title over a chart's plot. QtCharts' own title keeps to one line and cuts it to "…" in
/// a narrow pane (and a line break in it makes the title run into the plot); this one wraps,
/// never cuts, and makes the chart's top margin as tall as its lines. It writes in the chart's
/// title font and colour, so that whoever enlarges the title font enlarges this one.
class ChartHeading
{
public:
    explicit ChartHeading(QChart *chart);
    ~ChartHeading();
    ChartHeading(const ChartHeading &) = delete;
    ChartHeading &operator=(const ChartHeading &) = delete;

    /// The title in full. Where it does not fit on one line it breaks after name (and the
    /// punctuation after it), so that the item's name and what is said of it ("target ≥500 家")
    /// each start a line; either wraps further when it is still too wide.
    void setText(const QString &title, const QString &name = QString());
    void clear();
    /// Wraps the text at the chart's width and sets the chart's top margin to hold it. Call when
    /// the chart's size or title font changed.
    void place();

    QString text() const { return m_title; } ///< in full, as set
    /// As drawn, a line break where the name ends; wrapped lines are not marked.
    QString shownText() const;
    QRectF rect() const;   ///< where the text is drawn, in chart coordinates; empty when none
    int lineCount() const; ///< lines as laid out, wrapped ones included
    QGraphicsTextItem *item() const { return m_item; }

private:
    QChart *m_chart;
    QGraphicsTextItem *m_item;
    QString m_title;
    QString m_name;
};

} // namespace pd
