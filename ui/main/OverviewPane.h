#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;

namespace pd {

class OverviewChartView;
class ReportingRound;
class PlanTreeModel;

/// The overview of the plan, a part, an area or a section: status counts, mean completion and
/// a chart of completion by area (for the plan) or by indicator (for an area).
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPane(PlanTreeModel *model, QWidget *parent = nullptr);

    /// Shows a group of the tree (invalid index: the whole plan).
    void showGroup(const QModelIndex &index);
    void refresh();
    OverviewChartView *chart() const { return m_chart; }
    /// The line on the current reporting round, counted by the core (UnreportedList): units
    /// late after the due day, or still to report before it; lateUnits < 0 hides the line.
    void setReporting(const ReportingRound &round, int lateUnits, int unitCount,
                      int pendingUnits = 0);

signals:
    /// The round's line was clicked: show who has not reported.
    void unreportedRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    PlanTreeModel *m_model;
    QPersistentModelIndex m_index;
    bool m_refreshPending = false;
    QLabel *m_title = nullptr;
    QLabel *m_asOf = nullptr;
    QList<QLabel *> m_counts;
    QLabel *m_completion = nullptr;
    QLabel *m_reporting = nullptr; ///< the current round: how many units are late
    OverviewChartView *m_chart = nullptr;
};

} // namespace pd
