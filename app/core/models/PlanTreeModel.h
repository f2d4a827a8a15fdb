#pragma once

#include "models/PlanRoles.h"
#include "store/PlanStore.h"
#include "plan/PlanTypes.h"
#include "plan/ProgressRules.h"
#include "plan/StatusCounts.h"
#include "plan/TaskTypes.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

#include <unordered_map>
#include <vector>

namespace pd {

class TaskStore;

/// x with odd × x = 1 in quintptr arithmetic (right in 3 bits; each Newton step doubles them).
constexpr quintptr multiplicativeInverse(quintptr odd)
{
    quintptr x = odd;
    for (int i = 0; i < 6; ++i)
        x *= 2 - odd * x;
    return x;
}

/// The plan as a tree for views: parts → areas → sections → tasks → indicators, in the report's
/// order, with each indicator's actual, progress and status at the as-of date, each task's
/// status, deadline (逾期 at the as-of date) and latest 进展情况, and roll-ups (status counts,
/// mean progress, tasks) on every group. Indicators no task holds sit under their section after
/// its tasks. With setShowTasks(false) the tree is indicators only, as before tasks. Updates
/// only the rows an edit touches.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TargetColumn,
        ActualColumn,
        ProgressColumn,
        StatusColumn,
        ColumnCount
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    /// Shows a store's plan, read once at asOf (or at the current as-of date when invalid).
    void setStore(PlanStore *store, const QDate &asOf = {});
    PlanStore *store() const { return m_store; }
    /// Reads the whole plan again (after opening a file or a change by another process).
    void reload();

    /// Tasks with their indicators beneath (the default), or indicators only. A reset.
    void setShowTasks(bool show);
    bool showsTasks() const { return m_showTasks; }

    QDate asOf() const { return m_asOf; }
    /// 序时进度 of the plan year at the as-of date (1.0 = 100 %), as ExpectedRole serves it.
    double expected() const;
    void setAsOf(const QDate &asOf);
    int planYear() const { return m_info.year; }
    const PlanInfo &planInfo() const { return m_info; }

    QModelIndex indexForIndicator(qint64 indicatorId, int column = 0) const;
    QModelIndex indexForNode(qint64 nodeId, int column = 0) const;
    const Indicator *indicatorAt(const QModelIndex &index) const;
    const PlanNode *nodeAt(const QModelIndex &index) const;
    QModelIndex indexForTask(qint64 taskId, int column = 0) const;
    const TaskRecord *taskAt(const QModelIndex &index) const;
    /// A task's latest 进展情况 on or before the as-of date.
    std::optional<TaskProgress> latestProgress(qint64 taskId) const;
    /// The lead units the plan's indicators and tasks name, sorted, each once.
    QStringList leadUnits() const;
    ProgressRules::Evaluation evaluation(qint64 indicatorId) const;
    /// The nodes from the top part down to nodeId (the model's own copy: no read).
    std::vector<const PlanNode *> nodePath(qint64 nodeId) const;
    /// The roll-up of a group (the whole plan for an invalid index).
    StatusCounts rollup(const QModelIndex &index = {}) const;
    /// Indicator ids under a node, depth first (all indicators for an invalid index).
    std::vector<qint64> indicatorsUnder(const QModelIndex &index) const;

    // Item-level access for PlanFilterModel: an item is a row of this model, named by the
    // internal id of its indexes; no QModelIndex or QVariant on the filter's hot path.
    int itemCount() const { return int(m_items.size()); }
    /// An item's internal id in this model's indexes and the filter's, and back. Spread over
    /// the whole word: Qt hashes an index as row × 16 + column + internal id, and item numbers
    /// next to row numbers pack thousands of persistent indexes (the view's open rows) into
    /// one run of a hash table, which Qt then probes end to end on every change.
    static quintptr internalIdOf(int item) { return quintptr(item + 1) * IdSpread; }
    static int itemOfInternalId(quintptr id) { return int(qintptr(id * IdSpreadInverse)) - 1; }
    int itemOf(const QModelIndex &index) const;
    QModelIndex indexOfItem(int item, int column) const;
    int itemParent(int item) const { return m_items[item].parent; }
    /// The rows under an item (-1: the top rows), empty where rowCount() says 0.
    const std::vector<int> &itemChildren(int item) const;
    bool itemIsIndicator(int item) const { return m_items[item].type == PlanItemType::Indicator; }
    bool itemIsTask(int item) const { return m_items[item].type == PlanItemType::Task; }
    PlanPart itemPart(int item) const { return m_items[item].part; }
    Status itemStatus(int item) const { return m_items[item].evaluation.status; }
    TaskStatus itemTaskStatus(int item) const { return m_tasks[m_items[item].index].status; }
    /// A task past its deadline at the as-of date and not done.
    bool itemOverdue(int item) const
    {
        return itemIsTask(item) && m_tasks[m_items[item].index].isOverdue(m_asOf);
    }
    /// An indicator's or a task's 牵头单位 (empty for groups).
    const QString &itemLeadUnit(int item) const;
    const QString &itemSearchText(int item) const { return m_items[item].searchText; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr quintptr IdSpread = quintptr(0x9E3779B97F4A7C15ULL); // odd: invertible
    static constexpr quintptr IdSpreadInverse = multiplicativeInverse(IdSpread);
    static_assert(IdSpread * IdSpreadInverse == 1);

    struct Item
    {
        PlanItemType type = PlanItemType::Node;
        int index = -1;  ///< into m_nodes or m_indicators
        int parent = -1; ///< item index, -1 under the root
        int row = 0;
        std::vector<int> children;
        PlanPart part = PlanPart::Area;
        int tasks = 0;   ///< tasks under a group, 1 for a task
        int overdue = 0; ///< of them, overdue at the as-of date
        // Indicator state at the as-of date.
        std::optional<Measurement> actual;
        ProgressRules::Evaluation evaluation;
        // Roll-up: the indicator itself, or everything under a group.
        StatusCounts rollup;
        /// What the search matches, case-folded once (code, name, snippet; a group's title).
        QString searchText;
    };

    /// The items from the plan read (m_nodes, m_tasks, m_indicators), shown as setShowTasks
    /// says, with their figures and roll-ups; inside a reset.
    void build();
    /// Each indicator's latest figure at the as-of date, and its evaluation; each task's
    /// latest 进展情况.
    void readActuals();
    bool hasRows(const Item &item) const;
    void evaluateItem(Item &item);
    void indexSearchText(Item &item) const;
    void recomputeRollups();
    void rollUp(int item);
    void refreshIndicator(qint64 indicatorId, bool reloadIndicator);
    void onMeasurementsChanged(qint64 indicatorId);
    void onIndicatorChanged(qint64 indicatorId);
    void onTaskChanged(qint64 taskId);
    void onTaskProgressChanged(qint64 taskId);
    /// The task's overdue flag into its ancestors' counts, as rollUp does for statuses.
    void recountOverdue();
    QVariant taskData(const Item &item, int column, int role) const;
    QVariant indicatorData(const Item &item, int column, int role) const;
    QVariant nodeData(const Item &item, int column, int role) const;

    QPointer<PlanStore> m_store;
    QPointer<TaskStore> m_taskStore;
    bool m_showTasks = true;
    PlanInfo m_info;
    QDate m_asOf;
    std::vector<PlanNode> m_nodes;
    std::vector<Indicator> m_indicators;
    std::vector<TaskRecord> m_tasks;
    /// Per task (same index as m_tasks): its latest 进展情况 at the as-of date.
    std::vector<std::optional<TaskProgress>> m_taskProgress;
    std::vector<Item> m_items;
    std::vector<int> m_rootItems;
    std::unordered_map<qint64, int> m_itemOfIndicator;
    std::unordered_map<qint64, int> m_itemOfNode;
    std::unordered_map<qint64, int> m_itemOfTask;
    std::unordered_map<qint64, int> m_taskIndex; ///< task id → index into m_tasks
};

} // namespace pd
