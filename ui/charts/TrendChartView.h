#pragma once

#include "plan/PlanTypes.h"

#include <QChartView>
#include <QDate>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pd {

class ChartHeading;
class ChartLegend;

/// One indicator's measurements over its plan year, against the plan: for count and level a
/// straight line from the start value on 1 January to the target on 31 December, for growth
/// and cap the bound as a flat line; a vertical mark at the as-of date.
class TrendChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChartView(QWidget *parent = nullptr);
    ~TrendChartView() override;

    void setIndicator(const Indicator &indicator, const std::vector<Measurement> &measurements,
                      int planYear, const QDate &asOf);
    void clear();

    QLineSeries *actualSeries() const { return m_actualSeries; } ///< the measurements, by date
    QLineSeries *planSeries() const { return m_planSeries; }
    QLineSeries *asOfSeries() const { return m_asOfSeries; } ///< null outside the plan year
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    bool showsNoDataNote() const; ///< "no measurements yet"

    /// The month names under the plot, January first; only those that fit side by side are
    /// visible (every month, every second, third… as the plot narrows), each written whole.
    const std::vector<QGraphicsSimpleTextItem *> &monthLabels() const { return m_monthLabels; }
    /// The values written over the points, one per measurement by date; visible only where
    /// they clear each other, the latest first.
    const std::vector<QGraphicsSimpleTextItem *> &pointLabels() const { return m_pointLabels; }
    /// The unit, written level above the value axis.
    QGraphicsSimpleTextItem *unitLabel() const { return m_unitLabel; }
    const ChartLegend &legend() const { return *m_legend; }
    /// The title: the indicator's name in full and the year, wrapped to the chart's width.
    const ChartHeading &heading() const { return *m_heading; }

    /// Where a date sits on the time axis (the x of the series' points).
    static qreal timeValue(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPointToolTip(const QPointF &point, bool state);
    /// Places what the view draws itself by the plot's current geometry and fonts.
    void placeItems();
    void placeNote();
    void placeMonthLabels();
    void placePointLabels();

    QLineSeries *m_actualSeries = nullptr;
    QScatterSeries *m_pointSeries = nullptr;
    QLineSeries *m_planSeries = nullptr;
    QLineSeries *m_asOfSeries = nullptr;
    // The axes are kept for the view's lifetime: only the series change.
    QDateTimeAxis *m_dateAxis = nullptr;
    QCategoryAxis *m_monthAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QAbstractAxis *m_unitRoom = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    QGraphicsSimpleTextItem *m_unitLabel = nullptr;
    std::vector<QGraphicsSimpleTextItem *> m_monthLabels;
    std::vector<QGraphicsSimpleTextItem *> m_pointLabels;
    std::unique_ptr<ChartLegend> m_legend;
    std::unique_ptr<ChartHeading> m_heading;
    bool m_placing = false;
    QString m_unit;
    // What is shown, for tool tips and to draw it again in another language.
    std::optional<Indicator> m_indicator;
    std::vector<Measurement> m_measurements; ///< by date, as plotted
    int m_planYear = 0;
    QDate m_asOf;
};

} // namespace pd
