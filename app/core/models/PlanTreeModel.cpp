#include "models/PlanTreeModel.h"

#include "plan/Clock.h"
#include "plan/PlanText.h"
#include "plan/ProgressText.h"

#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "plan/StatusStyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace pd {
PlanTreeModel::PlanTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_asOf = Clock::today();
}

void PlanTreeModel::setStore(PlanStore *store, const QDate &asOf)
{
    // The date first, so the plan is read once, at the date it will be shown.
    if (asOf.isValid())
        m_asOf = asOf;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    if (m_taskStore)
        disconnect(m_taskStore, nullptr, this, nullptr);
    m_store = store;
    m_taskStore = TaskStore::of(store);
    if (m_store) {
        connect(m_store, &PlanStore::measurementsChanged, this,
                &PlanTreeModel::onMeasurementsChanged);
        connect(m_store, &PlanStore::indicatorChanged, this, &PlanTreeModel::onIndicatorChanged);
        connect(m_store, &PlanStore::planReplaced, this, &PlanTreeModel::reload);
    }
    if (m_taskStore) {
        connect(m_taskStore, &TaskStore::taskChanged, this, &PlanTreeModel::onTaskChanged);
        connect(m_taskStore, &TaskStore::progressChanged, this,
                &PlanTreeModel::onTaskProgressChanged);
    }
    reload();
}

void PlanTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_indicators.clear();
    m_tasks.clear();
    m_info = PlanInfo();
    if (m_store && m_store->isOpen()) {
        m_info = m_store->planInfo();
        m_info.sourceText.clear(); // the tree never needs it; keep the model light
        m_nodes = m_store->nodes();
        m_indicators = m_store->indicators();
        if (m_taskStore)
            m_tasks = m_taskStore->tasks();
    }
    m_taskIndex.clear();
    for (int i = 0; i < int(m_tasks.size()); ++i)
        m_taskIndex[m_tasks[i].id] = i;
    build();
    endResetModel();
}

void PlanTreeModel::setShowTasks(bool show)
{
    if (show == m_showTasks)
        return;
    beginResetModel();
    m_showTasks = show;
    build(); // from what was read: only the figures are read again
    endResetModel();
}

void PlanTreeModel::build()
{
    m_items.clear();
    m_rootItems.clear();
    m_itemOfIndicator.clear();
    m_itemOfNode.clear();
    m_itemOfTask.clear();
    const std::size_t shownTasks = m_showTasks ? m_tasks.size() : 0;
    m_items.reserve(m_nodes.size() + shownTasks + m_indicators.size());
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        Item item;
        item.type = PlanItemType::Node;
        item.index = i;
        m_itemOfNode[m_nodes[i].id] = int(m_items.size());
        m_items.push_back(std::move(item));
    }
    // Nodes come in report order with parents first, so parents are known when linking.
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        Item &item = m_items[i];
        const PlanNode &node = m_nodes[i];
        const auto parent = m_itemOfNode.find(node.parentId);
        item.parent = node.parentId != 0 && parent != m_itemOfNode.end() ? parent->second : -1;
        item.part = item.parent >= 0 ? m_items[item.parent].part : planPartOf(node.kind);
    }
    // Tasks after the nodes and before the indicators, so each item's parent comes first.
    std::unordered_map<qint64, int> taskItemOfIndicator;
    for (int i = 0; i < int(shownTasks); ++i) {
        const TaskRecord &task = m_tasks[i];
        const auto parent = m_itemOfNode.find(task.nodeId);
        if (parent == m_itemOfNode.end())
            continue;
        Item item;
        item.type = PlanItemType::Task;
        item.index = i;
        item.parent = parent->second;
        item.part = m_items[item.parent].part;
        const int at = int(m_items.size());
        m_itemOfTask[task.id] = at;
        for (qint64 indicatorId : task.indicatorIds)
            taskItemOfIndicator.emplace(indicatorId, at);
        m_items.push_back(std::move(item));
    }
    for (int i = 0; i < int(m_indicators.size()); ++i) {
        Item item;
        item.type = PlanItemType::Indicator;
        item.index = i;
        const auto task = taskItemOfIndicator.find(m_indicators[i].id);
        const auto parent = m_itemOfNode.find(m_indicators[i].nodeId);
        item.parent = task != taskItemOfIndicator.end() ? task->second
                      : parent != m_itemOfNode.end()    ? parent->second
                                                        : -1;
        item.part = item.parent >= 0 ? m_items[item.parent].part : PlanPart::Area;
        m_itemOfIndicator[m_indicators[i].id] = int(m_items.size());
        m_items.push_back(std::move(item));
    }
    // Children: a node's tasks, then its own indicators that no task holds (its lead
    // paragraph), then its sub-nodes, as in the report; a task's indicators in report order.
    for (int i = int(m_nodes.size()); i < int(m_items.size()); ++i) {
        std::vector<int> &siblings =
            m_items[i].parent >= 0 ? m_items[m_items[i].parent].children : m_rootItems;
        siblings.push_back(i);
    }
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        std::vector<int> &siblings =
            m_items[i].parent >= 0 ? m_items[m_items[i].parent].children : m_rootItems;
        siblings.push_back(i);
    }
    for (Item &item : m_items)
        indexSearchText(item);
    for (std::size_t r = 0; r < m_rootItems.size(); ++r)
        m_items[m_rootItems[r]].row = int(r);
    for (Item &item : m_items) {
        for (std::size_t r = 0; r < item.children.size(); ++r)
            m_items[item.children[r]].row = int(r);
    }

    if (m_store && m_store->isOpen())
        readActuals();
    recomputeRollups();
}

void PlanTreeModel::setAsOf(const QDate &asOf)
{
    if (!asOf.isValid() || asOf == m_asOf)
        return;
    m_asOf = asOf;
    if (!m_store || !m_store->isOpen())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    readActuals();
    recomputeRollups();
    // Every row's figures may move; structure does not. One layout change (no row moves, so no
    // persistent index changes) instead of a dataChanged per parent: thousands of signals at a
    // province's scale, each re-examined by the filter and the views.
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void PlanTreeModel::readActuals()
{
    for (Item &item : m_items)
        item.actual.reset();
    for (Measurement &figure : m_store->latestFigures(m_asOf)) {
        const auto found = m_itemOfIndicator.find(figure.indicatorId);
        if (found != m_itemOfIndicator.end())
            m_items[found->second].actual = std::move(figure);
    }
    for (Item &item : m_items) {
        if (item.type == PlanItemType::Indicator)
            evaluateItem(item);
    }
    m_taskProgress.assign(m_tasks.size(), std::nullopt);
    if (m_taskStore && !m_tasks.empty()) {
        for (auto &[taskId, entry] : m_taskStore->latestProgress(m_asOf)) {
            const auto found = m_taskIndex.find(taskId);
            if (found != m_taskIndex.end())
                m_taskProgress[found->second] = std::move(entry);
        }
    }
}

bool PlanTreeModel::hasRows(const Item &item) const
{
    // A group without targets or tasks says so instead of opening empty.
    if (item.type == PlanItemType::Task)
        return !item.children.empty();
    return item.rollup.indicators > 0 || item.tasks > 0;
}

void PlanTreeModel::indexSearchText(Item &item) const
{
    if (item.type == PlanItemType::Indicator) {
        const Indicator &ind = m_indicators[item.index];
        item.searchText =
            (ind.code + QLatin1Char('\n') + ind.name + QLatin1Char('\n') + ind.snippet)
                .toCaseFolded();
    } else if (item.type == PlanItemType::Task) {
        const TaskRecord &task = m_tasks[item.index];
        item.searchText = (task.code + QLatin1Char('\n') + task.text + QLatin1Char('\n') +
                           task.leadUnit + QLatin1Char('\n') + task.coUnits)
                              .toCaseFolded();
    } else {
        item.searchText = m_nodes[item.index].title.toCaseFolded();
    }
}

void PlanTreeModel::evaluateItem(Item &item)
{
    const Indicator &ind = m_indicators[item.index];
    item.evaluation = ProgressRules::evaluate(
        ind, m_info.year, m_asOf,
        item.actual ? std::optional<double>(item.actual->value) : std::nullopt,
        item.actual ? item.actual->date : QDate());
}

void PlanTreeModel::recomputeRollups()
{
    for (Item &item : m_items) {
        item.rollup = StatusCounts();
        item.tasks = 0;
        item.overdue = 0;
    }
    // Indicators come after all tasks, tasks after all nodes, and a node's parent before it,
    // so walking backwards adds every item to its parent after the item itself is complete.
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        Item &item = m_items[i];
        if (item.type == PlanItemType::Indicator)
            item.rollup.add(item.evaluation);
        if (item.type == PlanItemType::Task) {
            item.tasks += 1;
            item.overdue += m_tasks[item.index].isOverdue(m_asOf) ? 1 : 0;
        }
        if (item.parent >= 0) {
            Item &parent = m_items[item.parent];
            parent.rollup.add(item.rollup);
            parent.tasks += item.tasks;
            parent.overdue += item.overdue;
        }
    }
}

void PlanTreeModel::rollUp(int item)
{
    // Recompute the chain of ancestors from their children only: O(depth × fan-out).
    for (int p = m_items[item].parent; p >= 0; p = m_items[p].parent) {
        Item &parent = m_items[p];
        parent.rollup = StatusCounts();
        const bool task = parent.type == PlanItemType::Task;
        parent.tasks = task ? 1 : 0;
        parent.overdue = task && m_tasks[parent.index].isOverdue(m_asOf) ? 1 : 0;
        for (int c : parent.children) {
            parent.rollup.add(m_items[c].rollup);
            parent.tasks += m_items[c].tasks;
            parent.overdue += m_items[c].overdue;
        }
        emit dataChanged(indexOfItem(p, 0), indexOfItem(p, ColumnCount - 1));
    }
}

void PlanTreeModel::refreshIndicator(qint64 indicatorId, bool reloadIndicator)
{
    const auto found = m_itemOfIndicator.find(indicatorId);
    if (found == m_itemOfIndicator.end() || !m_store)
        return;
    Item &item = m_items[found->second];
    if (reloadIndicator) {
        if (const auto fresh = m_store->indicator(indicatorId))
            m_indicators[item.index] = *fresh;
        indexSearchText(item);
    }
    item.actual = m_store->latestMeasurement(indicatorId, m_asOf);
    evaluateItem(item);
    item.rollup = StatusCounts();
    item.rollup.add(item.evaluation);
    emit dataChanged(indexOfItem(found->second, 0), indexOfItem(found->second, ColumnCount - 1));
    rollUp(found->second);
}

void PlanTreeModel::onMeasurementsChanged(qint64 indicatorId)
{
    refreshIndicator(indicatorId, false);
}

void PlanTreeModel::onIndicatorChanged(qint64 indicatorId)
{
    refreshIndicator(indicatorId, true);
}

void PlanTreeModel::onTaskChanged(qint64 taskId)
{
    const auto index = m_taskIndex.find(taskId);
    if (index == m_taskIndex.end() || !m_taskStore)
        return;
    if (const auto fresh = m_taskStore->task(taskId))
        m_tasks[index->second] = *fresh;
    const auto found = m_itemOfTask.find(taskId);
    if (found == m_itemOfTask.end())
        return; // indicators only: nothing shown changes
    Item &item = m_items[found->second];
    indexSearchText(item);
    item.overdue = m_tasks[item.index].isOverdue(m_asOf) ? 1 : 0;
    emit dataChanged(indexOfItem(found->second, 0), indexOfItem(found->second, ColumnCount - 1));
    rollUp(found->second);
}

void PlanTreeModel::onTaskProgressChanged(qint64 taskId)
{
    const auto index = m_taskIndex.find(taskId);
    if (index == m_taskIndex.end() || !m_taskStore)
        return;
    std::optional<TaskProgress> latest;
    for (const TaskProgress &entry : m_taskStore->progress(taskId)) {
        if (entry.date <= m_asOf)
            latest = entry;
    }
    m_taskProgress[index->second] = latest;
    const auto found = m_itemOfTask.find(taskId);
    if (found != m_itemOfTask.end())
        emit dataChanged(indexOfItem(found->second, 0),
                         indexOfItem(found->second, ColumnCount - 1));
}

int PlanTreeModel::itemOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return itemOfInternalId(index.internalId());
}

QModelIndex PlanTreeModel::indexOfItem(int item, int column) const
{
    if (item < 0 || item >= int(m_items.size()))
        return {};
    return createIndex(m_items[item].row, column, internalIdOf(item));
}

const std::vector<int> &PlanTreeModel::itemChildren(int item) const
{
    static const std::vector<int> none;
    if (item < 0)
        return m_rootItems;
    return hasRows(m_items[item]) ? m_items[item].children : none;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const int p = itemOf(parent);
    if (p >= 0 && !hasRows(m_items[p]))
        return {}; // nothing to track below: not expandable
    const std::vector<int> &children = p >= 0 ? m_items[p].children : m_rootItems;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, internalIdOf(children[row]));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const int item = itemOf(child);
    if (item < 0)
        return {};
    return indexOfItem(m_items[item].parent, 0);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = itemOf(parent);
    if (p >= 0 && !hasRows(m_items[p]))
        return 0; // a part without targets or tasks says so instead of opening empty
    return int(p >= 0 ? m_items[p].children.size() : m_rootItems.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex PlanTreeModel::indexForIndicator(qint64 indicatorId, int column) const
{
    const auto found = m_itemOfIndicator.find(indicatorId);
    return found == m_itemOfIndicator.end() ? QModelIndex() : indexOfItem(found->second, column);
}

QModelIndex PlanTreeModel::indexForNode(qint64 nodeId, int column) const
{
    const auto found = m_itemOfNode.find(nodeId);
    return found == m_itemOfNode.end() ? QModelIndex() : indexOfItem(found->second, column);
}

const Indicator *PlanTreeModel::indicatorAt(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item < 0 || m_items[item].type != PlanItemType::Indicator)
        return nullptr;
    return &m_indicators[m_items[item].index];
}

const PlanNode *PlanTreeModel::nodeAt(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item < 0 || m_items[item].type != PlanItemType::Node)
        return nullptr;
    return &m_nodes[m_items[item].index];
}

QModelIndex PlanTreeModel::indexForTask(qint64 taskId, int column) const
{
    const auto found = m_itemOfTask.find(taskId);
    return found == m_itemOfTask.end() ? QModelIndex() : indexOfItem(found->second, column);
}

const TaskRecord *PlanTreeModel::taskAt(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item < 0 || m_items[item].type != PlanItemType::Task)
        return nullptr;
    return &m_tasks[m_items[item].index];
}

std::optional<TaskProgress> PlanTreeModel::latestProgress(qint64 taskId) const
{
    const auto found = m_taskIndex.find(taskId);
    if (found == m_taskIndex.end() || found->second >= int(m_taskProgress.size()))
        return std::nullopt;
    return m_taskProgress[found->second];
}

QStringList PlanTreeModel::leadUnits() const
{
    QSet<QString> seen;
    QStringList units;
    auto note = [&](const QString &unit) {
        const QString name = unit.trimmed();
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            units << name;
        }
    };
    for (const Indicator &ind : m_indicators)
        note(ind.leadUnit);
    for (const TaskRecord &task : m_tasks)
        note(task.leadUnit);
    std::sort(units.begin(), units.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return units;
}

const QString &PlanTreeModel::itemLeadUnit(int item) const
{
    static const QString none;
    const Item &it = m_items[item];
    if (it.type == PlanItemType::Indicator)
        return m_indicators[it.index].leadUnit;
    if (it.type == PlanItemType::Task)
        return m_tasks[it.index].leadUnit;
    return none;
}

ProgressRules::Evaluation PlanTreeModel::evaluation(qint64 indicatorId) const
{
    const auto found = m_itemOfIndicator.find(indicatorId);
    return found == m_itemOfIndicator.end() ? ProgressRules::Evaluation()
                                            : m_items[found->second].evaluation;
}

std::vector<const PlanNode *> PlanTreeModel::nodePath(qint64 nodeId) const
{
    std::vector<const PlanNode *> path;
    const auto found = m_itemOfNode.find(nodeId);
    for (int item = found == m_itemOfNode.end() ? -1 : found->second; item >= 0;
         item = m_items[item].parent)
        path.insert(path.begin(), &m_nodes[m_items[item].index]);
    return path;
}

double PlanTreeModel::expected() const
{
    return ProgressRules::expectedShare(m_info.year, m_asOf);
}

StatusCounts PlanTreeModel::rollup(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item >= 0)
        return m_items[item].rollup;
    StatusCounts total;
    for (int root : m_rootItems)
        total.add(m_items[root].rollup);
    return total;
}

std::vector<qint64> PlanTreeModel::indicatorsUnder(const QModelIndex &index) const
{
    std::vector<qint64> result;
    const int start = itemOf(index);
    std::vector<int> stack;
    if (start >= 0)
        stack.push_back(start);
    else
        stack.assign(m_rootItems.rbegin(), m_rootItems.rend());
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        const Item &item = m_items[i];
        if (item.type == PlanItemType::Indicator)
            result.push_back(m_indicators[item.index].id);
        stack.insert(stack.end(), item.children.rbegin(), item.children.rend());
    }
    return result;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const int i = itemOf(index);
    if (i < 0)
        return {};
    const Item &item = m_items[i];
    switch (role) {
    case ItemTypeRole:
        return int(item.type);
    case PartRole:
        return int(item.part);
    case ExpectedRole:
        return expected();
    case StatusCountsRole: {
        QVariantList counts;
        for (const auto &[status, count] : item.rollup.entries())
            counts << count;
        return counts;
    }
    case IndicatorCountRole:
        return item.rollup.indicators;
    case ReportedRole:
        return item.rollup.reported();
    case TaskCountRole:
        return item.tasks;
    case TaskIdRole:
        return item.type == PlanItemType::Task ? m_tasks[item.index].id : qint64(0);
    default:
        break;
    }
    switch (item.type) {
    case PlanItemType::Indicator:
        return indicatorData(item, index.column(), role);
    case PlanItemType::Task:
        return taskData(item, index.column(), role);
    case PlanItemType::Node:
        break;
    }
    return nodeData(item, index.column(), role);
}

QVariant PlanTreeModel::indicatorData(const Item &item, int column, int role) const
{
    const Indicator &ind = m_indicators[item.index];
    const ProgressRules::Evaluation &ev = item.evaluation;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return ind.code + QLatin1Char(' ') + ind.name;
        case TargetColumn:
            return PlanText::target(ind);
        case ActualColumn:
            if (!item.actual)
                return QString();
            // Short enough for a narrow column; the full date is in the tooltip.
            return QCoreApplication::translate("PlanTreeModel", "%1 · %2")
                .arg(ProgressText::number(item.actual->value),
                     QLocale().toString(item.actual->date,
                                        QCoreApplication::translate("PlanTreeModel", "M/d")));
        case ProgressColumn:
            return ProgressText::completion(ind, ev);
        case StatusColumn:
            return StatusStyle::label(ev.status);
        }
        break;
    case Qt::ToolTipRole:
        if (column == ActualColumn && item.actual)
            return QCoreApplication::translate("PlanTreeModel", "%1 on %2")
                .arg(ProgressText::number(item.actual->value),
                     QLocale().toString(item.actual->date, QLocale::LongFormat));
        if (column == ProgressColumn && item.actual && ev.gap)
            return ProgressText::gap(ind, ev, item.actual->value);
        return ind.snippet;
    case Qt::TextAlignmentRole:
        if (column == TargetColumn || column == ActualColumn || column == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NodeIdRole:
        return qint64(0);
    case IndicatorIdRole:
        return ind.id;
    case CodeRole:
        return ind.code;
    case TargetRole:
        return ind.target;
    case ActualRole:
        return item.actual ? QVariant(item.actual->value) : QVariant();
    case ActualDateRole:
        return item.actual ? QVariant(item.actual->date) : QVariant();
    case ProgressRole:
        return ev.progress ? QVariant(*ev.progress) : QVariant();
    case BarRole:
        if (ev.progress)
            return std::clamp(*ev.progress, 0.0, 1.0);
        // A bound target: its value against the bound, when both are positive.
        if (item.actual && ind.target > 0 && item.actual->value >= 0)
            return std::clamp(item.actual->value / ind.target, 0.0, 1.0);
        return {};
    case BarMarkRole:
        return ev.hasExpected() && item.actual ? QVariant(ev.expected) : QVariant();
    case StatusRole:
    case BarStatusRole:
        return int(ev.status);
    case GapRole:
        return item.actual ? ProgressText::gap(ind, ev, item.actual->value) : QString();
    case SnippetRole:
        return ind.snippet;
    case SearchTextRole:
        return item.searchText;
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::taskData(const Item &item, int column, int role) const
{
    const TaskRecord &task = m_tasks[item.index];
    const std::optional<TaskProgress> &latest = m_taskProgress[item.index];
    const StatusCounts &counts = item.rollup;
    const std::optional<double> mean = counts.completion();
    const bool overdue = task.isOverdue(m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return task.code + QLatin1Char(' ') + task.text;
        case TargetColumn:
            // 完成时限, as short as the figures' dates.
            return task.deadline.isValid()
                       ? QLocale().toString(task.deadline,
                                            QCoreApplication::translate("PlanTreeModel", "M/d"))
                       : QString();
        case ActualColumn:
            return latest ? QLocale().toString(latest->date,
                                               QCoreApplication::translate("PlanTreeModel", "M/d"))
                          : QString();
        case ProgressColumn:
            // Beside its own status, what its indicators say; without any, its latest words.
            if (counts.indicators > 0)
                return mean ? QCoreApplication::translate("PlanTreeModel", "%1 · %2/%3")
                                  .arg(ProgressText::percent(*mean))
                                  .arg(counts.reported())
                                  .arg(counts.indicators)
                            : QCoreApplication::translate("PlanTreeModel", "%1/%2")
                                  .arg(counts.reported())
                                  .arg(counts.indicators);
            return latest ? latest->text.section(QLatin1Char('\n'), 0, 0) : QString();
        case StatusColumn: {
            QString text = TaskStatusStyle::label(task.status);
            if (overdue)
                text += QStringLiteral(" · ") + TaskStatusStyle::overdueLabel();
            return text;
        }
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{task.code + QLatin1Char(' ') + task.text};
        if (!task.leadUnit.isEmpty())
            lines
                << QCoreApplication::translate("PlanTreeModel", "Lead unit: %1").arg(task.leadUnit);
        if (task.deadline.isValid())
            lines << (task.deadlineStated
                          ? QCoreApplication::translate("PlanTreeModel", "Deadline: %1")
                          : QCoreApplication::translate("PlanTreeModel",
                                                        "Deadline: %1 (the year's end)"))
                         .arg(QLocale().toString(task.deadline, QLocale::LongFormat));
        lines << TaskStatusStyle::label(task.status) +
                     (overdue ? QStringLiteral(" · ") + TaskStatusStyle::overdueLabel()
                              : QString());
        if (latest)
            lines << QCoreApplication::translate("PlanTreeModel", "Progress on %1: %2")
                         .arg(QLocale().toString(latest->date, QLocale::LongFormat), latest->text);
        if (counts.indicators > 0) {
            QStringList parts;
            for (const auto &[status, count] : counts.entries()) {
                if (count)
                    parts << StatusStyle::symbol(status) + QString::number(count);
            }
            lines << QCoreApplication::translate("PlanTreeModel", "Its indicators: %1")
                         .arg(parts.join(QLatin1Char(' ')));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (column == TargetColumn || column == ActualColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // The year's end by default, in grey: only a stated deadline stands out.
        if (column == TargetColumn && !task.deadlineStated && !overdue)
            return QColor(0x75, 0x75, 0x75);
        if (column == TargetColumn && overdue)
            return TaskStatusStyle::overdueColor();
        break;
    case NodeIdRole:
    case IndicatorIdRole:
        return qint64(0);
    case CodeRole:
        return task.code;
    case TaskStatusRole:
        return int(task.status);
    case OverdueRole:
        return overdue;
    case DeadlineRole:
        return task.deadline;
    case ProgressRole:
    case BarRole:
        return mean ? QVariant(*mean) : QVariant();
    case BarMarkRole:
        return mean ? QVariant(expected()) : QVariant();
    case BarStatusRole:
        return int(counts.completionStatus(expected()));
    case SnippetRole:
        return task.text;
    case SearchTextRole:
        return item.searchText;
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::nodeData(const Item &item, int column, int role) const
{
    const PlanNode &node = m_nodes[item.index];
    const StatusCounts &counts = item.rollup;
    const std::optional<double> mean = counts.completion();
    const double expected = this->expected();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return PlanText::nodeLabel(node);
        case ProgressColumn:
            if (counts.indicators == 0 && item.tasks > 0)
                return QCoreApplication::translate("PlanTreeModel", "%n task(s)", "", item.tasks);
            if (counts.indicators == 0)
                return QCoreApplication::translate("PlanTreeModel", "no targets");
            // 填报率 always beside the mean, so a mean over one item cannot pass for the group.
            return mean ? QCoreApplication::translate("PlanTreeModel", "%1 · %2/%3")
                              .arg(ProgressText::percent(*mean))
                              .arg(counts.reported())
                              .arg(counts.indicators)
                        : QCoreApplication::translate("PlanTreeModel", "%1/%2")
                              .arg(counts.reported())
                              .arg(counts.indicators);
        case StatusColumn: {
            QStringList parts;
            for (const auto &[status, count] : counts.entries()) {
                if (count)
                    parts << StatusStyle::symbol(status) + QString::number(count);
            }
            return parts.join(QLatin1Char(' '));
        }
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn || column == ProgressColumn) {
            QStringList lines{ProgressText::reported(counts), ProgressText::meanCompletion(counts)};
            for (const auto &[status, count] : counts.entries()) {
                if (count)
                    lines << QStringLiteral("%1 %2: %3")
                                 .arg(StatusStyle::symbol(status), StatusStyle::label(status))
                                 .arg(count);
            }
            return lines.join(QLatin1Char('\n'));
        }
        {
            QString tip = PlanText::nodeLabel(node) + QLatin1Char('\n') +
                          QCoreApplication::translate("PlanTreeModel", "%n indicator(s)", "",
                                                      counts.indicators);
            if (item.tasks > 0)
                tip += QLatin1Char('\n') + QCoreApplication::translate("PlanTreeModel",
                                                                       "%n task(s), %1 overdue", "",
                                                                       item.tasks)
                                               .arg(item.overdue);
            return tip;
        }
    case NodeIdRole:
        return node.id;
    case IndicatorIdRole:
        return qint64(0);
    case ProgressRole:
        return mean ? QVariant(*mean) : QVariant();
    case BarRole:
        return mean ? QVariant(*mean) : QVariant();
    case BarMarkRole:
        return mean ? QVariant(expected) : QVariant();
    case BarStatusRole:
        return int(counts.completionStatus(expected));
    case SearchTextRole:
        return item.searchText;
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("PlanTreeModel", "Indicator");
    case TargetColumn:
        return QCoreApplication::translate("PlanTreeModel", "Target");
    case ActualColumn:
        return QCoreApplication::translate("PlanTreeModel", "Actual");
    case ProgressColumn:
        return QCoreApplication::translate("PlanTreeModel", "Progress");
    case StatusColumn:
        return QCoreApplication::translate("PlanTreeModel", "Status");
    }
    return {};
}

QHash<int, QByteArray> PlanTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(TargetRole, "target");
    names.insert(ActualRole, "actual");
    names.insert(ProgressRole, "progress");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace pd
