#pragma once

#include "models/PlanTreeModel.h"
#include "plan/PlanTypes.h"
#include "plan/TaskTypes.h"

#include <QAbstractProxyModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace pd {

/// Narrows the plan tree by a search text (code, name, snippet; a task's text and units), a set
/// of statuses, a part, a lead unit, a set of task statuses and overdue tasks. Groups stay
/// visible while anything below them matches; a group or a task found by its title or text
/// shows everything in it. The indicators' statuses pick indicators (and the tasks that hold
/// them); the task filters (task statuses, overdue) pick tasks, shown with all their
/// indicators. While filtering, group names say how many of their indicators match ("（一）…
/// (3/12)"), or of their tasks under a task filter.
///
/// Written for PlanTreeModel alone (a QSortFilterProxyModel spent seconds per keystroke at
/// 50,000 indicators remapping rows and persistent indexes parent by parent): one pass over
/// the tree model's items decides what is shown, and a filter change is one layout change.
class PlanFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit PlanFilterModel(QObject *parent = nullptr);

    /// Takes a PlanTreeModel (anything else is refused and shows nothing).
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Keeps indicators in any of these statuses; an empty list keeps every status.
    void setStatusFilter(const std::vector<Status> &statuses);
    /// One status, or every status for nullopt.
    void setStatusFilter(std::optional<Status> status);
    std::vector<Status> statusFilter() const;
    void setPartFilter(std::optional<PlanPart> part);
    std::optional<PlanPart> partFilter() const { return m_part; }
    /// Keeps the indicators and tasks this unit leads; empty keeps every unit.
    void setUnitFilter(const QString &unit);
    QString unitFilter() const { return m_unit; }
    /// Keeps tasks in any of these statuses; an empty list keeps every task status.
    void setTaskStatusFilter(const std::vector<TaskStatus> &statuses);
    std::vector<TaskStatus> taskStatusFilter() const;
    /// Keeps only tasks past their deadline and not done (逾期).
    void setOverdueFilter(bool overdueOnly);
    bool overdueFilter() const { return m_overdueOnly; }
    bool isFiltering() const;
    /// A task status or the overdue filter is set: tasks are what is picked.
    bool isFilteringTasks() const { return m_taskStatusMask != 0 || m_overdueOnly; }
    /// Indicators shown under a group of this model (the whole tree for an invalid index).
    int matchingIndicators(const QModelIndex &index) const;
    /// Tasks shown under a group of this model (the whole tree for an invalid index).
    int matchingTasks(const QModelIndex &index) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// What is shown, as decided by one pass over the source's items.
    struct Shown
    {
        std::vector<int> row;                   ///< per item: its row here, -1 when hidden
        std::vector<std::vector<int>> children; ///< per item, then the top rows last
        std::vector<int> matching;              ///< per item: indicators shown under it
        std::vector<int> matchingTasks;         ///< per item: tasks shown under it
        std::vector<char> self;                 ///< per item: it matches by itself
    };

    Shown compute() const;
    bool matchesItself(int item) const;
    /// Filters again; a change of what is shown is one layout change.
    void refilter();
    void relayout(Shown shown);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    const std::vector<int> &shownChildren(int item) const;
    int itemOf(const QModelIndex &index) const;

    QPointer<PlanTreeModel> m_tree;
    QString m_search;
    QString m_folded;
    int m_statusMask = 0; ///< bit (1 << int(Status)) per status kept; 0 keeps all
    std::optional<PlanPart> m_part;
    QString m_unit;
    int m_taskStatusMask = 0; ///< bit (1 << int(TaskStatus)) per task status kept; 0 keeps all
    bool m_overdueOnly = false;
    Shown m_shown;
    /// Across a source layout change: the source items of this model's persistent indexes.
    QModelIndexList m_layoutPersistent;
    QList<QPersistentModelIndex> m_layoutSource;
};

} // namespace pd
