#pragma once

#include "plan/PlanTypes.h"
#include "plan/ProgressRules.h"

#include <QChartView>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pd {

class ChartHeading;
class ChartLegend;

/// Target versus actual of one indicator: a grey target bar, the actual in its status colour,
/// for count and level the 序时进度 ("expected by now") value as a hatched bar, for growth and
/// cap the bound as a dashed line across the plot. Draws what the core evaluated; computes no
/// status or progress of its own.
class TargetChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TargetChartView(QWidget *parent = nullptr);
    ~TargetChartView() override;

    /// Shows an indicator. actual is the latest measurement at the as-of date (none: a "no
    /// data" note instead of an actual bar); evaluation is the core's verdict at that date.
    void setIndicator(const Indicator &indicator, std::optional<double> actual,
                      const ProgressRules::Evaluation &evaluation);
    /// Shows nothing (no indicator selected).
    void clear();

    QBarSet *targetSet() const { return m_targetSet; }
    QBarSet *actualSet() const { return m_actualSet; }         ///< null when there is no actual
    QBarSet *expectedSet() const { return m_expectedSet; }     ///< count and level only
    QLineSeries *boundSeries() const { return m_boundSeries; } ///< growth and cap only
    /// The 力争 figure's line, where the report states one.
    QLineSeries *stretchSeries() const { return m_stretchSeries; }
    bool showsNoDataNote() const;
    QValueAxis *valueAxis() const { return m_valueAxis; }
    /// The unit, written level above the value axis.
    QGraphicsSimpleTextItem *unitLabel() const { return m_unitLabel; }
    const ChartLegend &legend() const { return *m_legend; }
    /// The title: the indicator's name in full and its target, wrapped to the chart's width.
    const ChartHeading &heading() const { return *m_heading; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Places what the view draws itself by the plot's current geometry and fonts.
    void placeItems();
    void placeNote();

    /// What is shown, to draw it again in another language.
    struct Shown
    {
        Indicator indicator;
        std::optional<double> actual;
        ProgressRules::Evaluation evaluation;
    };
    std::optional<Shown> m_shown;

    QBarSet *m_targetSet = nullptr;
    QBarSet *m_actualSet = nullptr;
    QBarSet *m_expectedSet = nullptr;
    QLineSeries *m_boundSeries = nullptr;
    QLineSeries *m_stretchSeries = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    QGraphicsSimpleTextItem *m_unitLabel = nullptr;
    std::unique_ptr<ChartLegend> m_legend;
    std::unique_ptr<ChartHeading> m_heading;
    bool m_placing = false;
    // Kept for the view's lifetime: only the series change from one indicator to the next.
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QAbstractAxis *m_unitRoom = nullptr;
};

} // namespace pd
