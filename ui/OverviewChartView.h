#pragma once

#include "PlanTypes.h"

#include <QChartView>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QLineSeries;
QT_END_NAMESPACE

namespace pd {

/// Completion of several items (the areas of a plan, the indicators of an area) as horizontal
/// bars in per cent, each in its status's colour, with the 序时进度 share as a vertical line.
class OverviewChartView : public QChartView
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;       ///< shown shortened; in full in the tool tip
        double progress = 0; ///< 1.0 = 100 %, from the core
        Status status = Status::NoData;
        QString toolTip; ///< extra lines under the label in the tool tip
    };

    /// The axis ends here; a bar beyond it is cut at the end and its label gives the real value.
    static constexpr double AxisCap = 150;
    static constexpr int LabelChars = 14;

    explicit OverviewChartView(QWidget *parent = nullptr);

    void setBars(const QString &title, const std::vector<Bar> &bars, double expected);
    void clear();

    int barCount() const { return int(m_bars.size()); }
    double valueAt(int i) const; ///< completion in per cent (progress × 100), not capped
    Status statusAt(int i) const;
    QBarSet *setFor(Status status) const; ///< the bar set holding that status's bars
    QLineSeries *expectedSeries() const { return m_expectedSeries; }
    QString valueLabelAt(int i) const; ///< the text at the end of bar i: "62%", "No data"

    QSize sizeHint() const override;
    /// Height the view needs to label every one of n bars.
    static int minimumHeightFor(int n);

private:
    void showBarToolTip(bool state, int index);
    void placeLabels();
    static int rowPixels();

    std::vector<Bar> m_bars;
    std::vector<QBarSet *> m_sets; ///< one per StatusStyle::all entry
    QLineSeries *m_expectedSeries = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    std::vector<QGraphicsSimpleTextItem *> m_labels; ///< one per bar, drawn by the view
};

} // namespace pd
