#pragma once

#include "models/PlanRoles.h"
#include "store/PlanStore.h"
#include "plan/PlanTypes.h"
#include "plan/ProgressRules.h"
#include "plan/StatusCounts.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

#include <unordered_map>
#include <vector>

namespace pd {

/// x with odd × x = 1 in quintptr arithmetic (right in 3 bits; each Newton step doubles them).
constexpr quintptr multiplicativeInverse(quintptr odd)
{
    quintptr x = odd;
    for (int i = 0; i < 6; ++i)
        x *= 2 - odd * x;
    return x;
}

/// The plan as a tree for views: parts → areas → sections → indicators, in the report's order,
/// with each indicator's actual, progress and status at the as-of date, and roll-ups (status
/// counts, mean progress) on every group. Updates only the rows an edit touches.
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
    PlanPart itemPart(int item) const { return m_items[item].part; }
    Status itemStatus(int item) const { return m_items[item].evaluation.status; }
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
        // Indicator state at the as-of date.
        std::optional<Measurement> actual;
        ProgressRules::Evaluation evaluation;
        // Roll-up: the indicator itself, or everything under a group.
        StatusCounts rollup;
        /// What the search matches, case-folded once (code, name, snippet; a group's title).
        QString searchText;
    };

    /// Each indicator's latest figure at the as-of date, and its evaluation.
    void readActuals();
    void evaluateItem(Item &item);
    void indexSearchText(Item &item) const;
    void recomputeRollups();
    void rollUp(int item);
    void refreshIndicator(qint64 indicatorId, bool reloadIndicator);
    void onMeasurementsChanged(qint64 indicatorId);
    void onIndicatorChanged(qint64 indicatorId);
    QVariant indicatorData(const Item &item, int column, int role) const;
    QVariant nodeData(const Item &item, int column, int role) const;

    QPointer<PlanStore> m_store;
    PlanInfo m_info;
    QDate m_asOf;
    std::vector<PlanNode> m_nodes;
    std::vector<Indicator> m_indicators;
    std::vector<Item> m_items;
    std::vector<int> m_rootItems;
    std::unordered_map<qint64, int> m_itemOfIndicator;
    std::unordered_map<qint64, int> m_itemOfNode;
};

} // namespace pd
