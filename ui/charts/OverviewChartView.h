#pragma once

#include "plan/PlanTypes.h"

#include <QChartView>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pd {

class ChartHeading;
class ChartLegend;

/// Completion of several items (the areas of a plan, the indicators of an area) as horizontal
/// bars in per cent, each in its status's colour, with the 序时进度 share as a vertical line.
/// Progress, status and the expected share come from the core; the view only draws them.
class OverviewChartView : public QChartView
{
    Q_OBJECT
public:
    struct Bar
    {
        Bar() = default;
        Bar(QString label, double progress, Status status, QString toolTip, QString note = {})
            : label(std::move(label)), progress(progress), status(status),
              toolTip(std::move(toolTip)), note(std::move(note))
        {
        }
        QString label;       ///< shown in full, on two lines or more when it is long
        double progress = 0; ///< 1.0 = 100 %, from the core
        Status status = Status::NoData;
        QString toolTip; ///< extra lines under the label in the tool tip
        QString note;    ///< said instead of a value when there is no bar ("reported 3/12")
    };

    /// The axis ends here; a bar beyond it is cut at the end and its label gives the real value.
    static constexpr double AxisCap = 150;
    /// The item names take at most this share of the chart's width (a little more where rows
    /// are too close for the lines); a longer name wraps.
    static constexpr double NameShare = 0.4;

    explicit OverviewChartView(QWidget *parent = nullptr);
    ~OverviewChartView() override;

    /// Shows the bars, the first on top; expected is the core's 序时进度 (1.0 = 100 %).
    void setBars(const QString &title, const std::vector<Bar> &bars, double expected);
    void clear();

    int barCount() const { return int(m_bars.size()); }
    double valueAt(int i) const; ///< completion in per cent (progress × 100), not capped
    Status statusAt(int i) const;
    /// The item's name as shown beside bar i: whole, a line break ('\n') where it wraps.
    QString labelAt(int i) const;
    QString valueLabelAt(int i) const; ///< the text at the end of bar i: "62%", "No data"
    /// The bar set holding that status's bars. Categories run bottom to top, so bar i (drawn
    /// i-th from the top) is category categoryOf(i) = barCount() − 1 − i.
    QBarSet *setFor(Status status) const;
    int categoryOf(int i) const { return barCount() - 1 - i; }
    QLineSeries *expectedSeries() const { return m_expectedSeries; }
    const ChartLegend &legend() const { return *m_legend; }
    /// The title, wrapped to the chart's width.
    const ChartHeading &heading() const { return *m_heading; }
    /// Where the name of bar i is drawn, in chart coordinates.
    QRectF labelRect(int i) const;

    /// Whether the view makes itself taller where wrapped names need rows further apart (true,
    /// for a pane in a scroll area), or, in a window of fixed height, gives the names a wider
    /// column and fewer lines instead.
    void setGrowsForNames(bool grows);

    QSize sizeHint() const override;
    /// Height the view needs to label every one of n bars.
    static int minimumHeightFor(int n);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showBarToolTip(bool state, int category);
    /// Breaks the names into lines for the chart's width and their font, makes the room left
    /// of the plot for the widest and, where rows are too close for them, the view taller.
    void fitNames();
    void placeLabels();
    void placeItems();
    static int rowPixels();

    std::vector<Bar> m_bars;
    QString m_title;
    double m_expected = 0;
    std::vector<QBarSet *> m_sets; ///< one per StatusStyle::all entry
    QLineSeries *m_expectedSeries = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    // Item names and values are drawn by the view rather than by QtCharts, which cuts category
    // labels to "…" (or leaves them out) when they are long or rows get close, and labels bars
    // only with their (capped) value.
    std::vector<QGraphicsSimpleTextItem *> m_nameLabels;
    std::vector<QGraphicsSimpleTextItem *> m_valueLabels;
    std::unique_ptr<ChartLegend> m_legend;
    std::unique_ptr<ChartHeading> m_heading;
    bool m_placing = false;
    bool m_placeAgain = false;   ///< the chart was resized while its items were being placed
    int m_baseMinimumHeight = 0; ///< for the number of bars, before wrapped names need more
    bool m_growsForNames = true;
    // Kept for the view's lifetime: only the series change.
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_percentAxis = nullptr;
};

} // namespace pd
