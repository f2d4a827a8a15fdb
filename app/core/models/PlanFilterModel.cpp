#include "models/PlanFilterModel.h"

#include "models/PlanRoles.h"
#include "models/PlanTreeModel.h"

#include <QCoreApplication>

namespace pd {

PlanFilterModel::PlanFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

void PlanFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = qobject_cast<PlanTreeModel *>(sourceModel);
    QAbstractProxyModel::setSourceModel(m_tree);
    if (m_tree) {
        connect(m_tree, &QAbstractItemModel::dataChanged, this,
                &PlanFilterModel::onSourceDataChanged);
        connect(m_tree, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this,
                &PlanFilterModel::onSourceAboutToBeReset);
        connect(m_tree, &QAbstractItemModel::modelReset, this, &PlanFilterModel::onSourceReset);
        connect(m_tree, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &PlanFilterModel::onSourceLayoutAboutToBeChanged);
        connect(m_tree, &QAbstractItemModel::layoutChanged, this,
                &PlanFilterModel::onSourceLayoutChanged);
        // The tree model never inserts or removes rows (it resets on a new plan); should it
        // ever, this model starts over rather than keep a stale map.
        for (auto about : {&QAbstractItemModel::rowsAboutToBeInserted,
                           &QAbstractItemModel::rowsAboutToBeRemoved})
            connect(m_tree, about, this, &PlanFilterModel::onSourceAboutToBeReset);
        for (auto done : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_tree, done, this, &PlanFilterModel::onSourceReset);
        connect(m_tree, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_tree = nullptr;
            m_shown = Shown();
            endResetModel();
        });
    }
    m_shown = compute();
    endResetModel();
}

bool PlanFilterModel::isFiltering() const
{
    return !m_search.isEmpty() || m_statusMask != 0 || m_part.has_value() || !m_unit.isEmpty() ||
           isFilteringTasks();
}

void PlanFilterModel::setUnitFilter(const QString &unit)
{
    const QString trimmed = unit.trimmed();
    if (trimmed == m_unit)
        return;
    m_unit = trimmed;
    refilter();
}

void PlanFilterModel::setTaskStatusFilter(const std::vector<TaskStatus> &statuses)
{
    int mask = 0;
    for (TaskStatus status : statuses)
        mask |= 1 << int(status);
    if (mask == m_taskStatusMask)
        return;
    m_taskStatusMask = mask;
    refilter();
}

std::vector<TaskStatus> PlanFilterModel::taskStatusFilter() const
{
    std::vector<TaskStatus> statuses;
    for (TaskStatus status : TaskStatusStyle::all) {
        if (m_taskStatusMask & (1 << int(status)))
            statuses.push_back(status);
    }
    return statuses;
}

void PlanFilterModel::setOverdueFilter(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    refilter();
}

void PlanFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_folded = trimmed.toCaseFolded(); // the model's texts are folded once, not per match
    refilter();
}

void PlanFilterModel::setStatusFilter(const std::vector<Status> &statuses)
{
    int mask = 0;
    for (Status status : statuses)
        mask |= 1 << int(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

void PlanFilterModel::setStatusFilter(std::optional<Status> status)
{
    setStatusFilter(status ? std::vector<Status>{*status} : std::vector<Status>());
}

std::vector<Status> PlanFilterModel::statusFilter() const
{
    std::vector<Status> statuses;
    for (Status status :
         {Status::Done, Status::OnTrack, Status::SlightlyBehind, Status::Behind, Status::NoData}) {
        if (m_statusMask & (1 << int(status)))
            statuses.push_back(status);
    }
    return statuses;
}

void PlanFilterModel::setPartFilter(std::optional<PlanPart> part)
{
    if (part == m_part)
        return;
    m_part = part;
    refilter();
}

bool PlanFilterModel::matchesItself(int item) const
{
    if (m_part && m_tree->itemPart(item) != *m_part)
        return false;
    const bool taskFilter = isFilteringTasks();
    if (m_tree->itemIsIndicator(item)) {
        // Under a task filter indicators come with the tasks picked, not by themselves.
        if (taskFilter)
            return false;
        if (m_statusMask && !(m_statusMask & (1 << int(m_tree->itemStatus(item)))))
            return false;
        if (!m_unit.isEmpty() && m_tree->itemLeadUnit(item) != m_unit)
            return false;
    } else if (m_tree->itemIsTask(item)) {
        // Under the indicators' statuses alone a task is shown while one of its indicators is.
        if (m_statusMask && !taskFilter)
            return false;
        if (m_taskStatusMask && !(m_taskStatusMask & (1 << int(m_tree->itemTaskStatus(item)))))
            return false;
        if (m_overdueOnly && !m_tree->itemOverdue(item))
            return false;
        if (!m_unit.isEmpty() && m_tree->itemLeadUnit(item) != m_unit)
            return false;
    } else if (m_statusMask || taskFilter || !m_unit.isEmpty()) {
        // A group is shown for its own title only when no status or unit is asked for;
        // otherwise it is shown while something below it matches.
        return false;
    }
    return m_folded.isEmpty() || m_tree->itemSearchText(item).contains(m_folded);
}

PlanFilterModel::Shown PlanFilterModel::compute() const
{
    Shown shown;
    const int n = m_tree ? m_tree->itemCount() : 0;
    shown.row.assign(std::size_t(n), -1);
    shown.self.assign(std::size_t(n), 0);
    shown.matching.assign(std::size_t(n), 0);
    shown.matchingTasks.assign(std::size_t(n), 0);
    shown.children.resize(std::size_t(n) + 1);
    if (n == 0)
        return shown;
    // Depth first, parents before children, only through rows the tree model has (a group
    // without targets has none); a group found by its title passes it on to all below it.
    std::vector<int> order;
    order.reserve(std::size_t(n));
    std::vector<char> inherited(std::size_t(n), 0);
    std::vector<int> stack(m_tree->itemChildren(-1).rbegin(), m_tree->itemChildren(-1).rend());
    while (!stack.empty()) {
        const int item = stack.back();
        stack.pop_back();
        order.push_back(item);
        shown.self[item] = matchesItself(item);
        const int parent = m_tree->itemParent(item);
        if (parent >= 0)
            inherited[item] =
                inherited[parent] || (shown.self[parent] && !m_tree->itemIsIndicator(parent));
        const std::vector<int> &children = m_tree->itemChildren(item);
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    // Children before parents: a group is shown while anything below it is.
    std::vector<char> visible(std::size_t(n), 0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int item = *it;
        if (!(visible[item] || shown.self[item] || inherited[item]))
            continue;
        visible[item] = 1;
        if (m_tree->itemIsIndicator(item))
            shown.matching[item] = 1;
        else if (m_tree->itemIsTask(item))
            shown.matchingTasks[item] += 1;
        const int parent = m_tree->itemParent(item);
        if (parent >= 0) {
            visible[parent] = 1;
            shown.matching[parent] += shown.matching[item];
            shown.matchingTasks[parent] += shown.matchingTasks[item];
        }
    }
    for (int item : order) {
        if (!visible[item])
            continue;
        const int parent = m_tree->itemParent(item);
        std::vector<int> &siblings = shown.children[parent >= 0 ? parent : n];
        shown.row[item] = int(siblings.size());
        siblings.push_back(item);
    }
    return shown;
}

void PlanFilterModel::refilter()
{
    relayout(compute());
}

void PlanFilterModel::relayout(Shown shown)
{
    // One layout change for the whole tree; persistent indexes (the view's expanded rows, its
    // selection and current row) follow their items by id, or go when their item is hidden.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    m_shown = std::move(shown);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int item = PlanTreeModel::itemOfInternalId(index.internalId());
        const int row = item < int(m_shown.row.size()) ? m_shown.row[item] : -1;
        after << (row < 0 ? QModelIndex()
                          : createIndex(row, index.column(), PlanTreeModel::internalIdOf(item)));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void PlanFilterModel::onSourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_tree || !topLeft.isValid())
        return;
    const int parent = m_tree->itemOf(topLeft.parent());
    const std::vector<int> &siblings = m_tree->itemChildren(parent);
    const int last = std::min(bottomRight.row(), int(siblings.size()) - 1);
    // An edit can take an indicator into or out of the filter (its status, its name): then
    // what is shown is decided again.
    if (isFiltering()) {
        for (int r = topLeft.row(); r <= last; ++r) {
            const int item = siblings[r];
            if (bool(m_shown.self[item]) != matchesItself(item)) {
                refilter();
                return;
            }
        }
    }
    int first = -1;
    int final = -1;
    for (int r = topLeft.row(); r <= last; ++r) {
        if (m_shown.row[siblings[r]] < 0)
            continue;
        if (first < 0)
            first = siblings[r];
        final = siblings[r];
    }
    if (first >= 0)
        emit dataChanged(
            createIndex(m_shown.row[first], topLeft.column(), PlanTreeModel::internalIdOf(first)),
            createIndex(m_shown.row[final], bottomRight.column(),
                        PlanTreeModel::internalIdOf(final)),
            roles);
}

void PlanFilterModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void PlanFilterModel::onSourceReset()
{
    m_shown = compute();
    endResetModel();
}

void PlanFilterModel::onSourceLayoutAboutToBeChanged()
{
    // The source's rows may move: remember each persistent index by its source row.
    emit layoutAboutToBeChanged();
    m_layoutPersistent = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutPersistent.size());
    for (const QModelIndex &index : std::as_const(m_layoutPersistent))
        m_layoutSource << QPersistentModelIndex(mapToSource(index));
}

void PlanFilterModel::onSourceLayoutChanged()
{
    // Statuses move with the as-of date, so the status filter is applied again.
    m_shown = compute();
    QModelIndexList after;
    after.reserve(m_layoutPersistent.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        after << mapFromSource(source);
    changePersistentIndexList(m_layoutPersistent, after);
    m_layoutPersistent.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

const std::vector<int> &PlanFilterModel::shownChildren(int item) const
{
    static const std::vector<int> none;
    if (m_shown.children.empty())
        return none;
    return m_shown.children[item >= 0 ? std::size_t(item) : m_shown.children.size() - 1];
}

int PlanFilterModel::itemOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const int item = PlanTreeModel::itemOfInternalId(index.internalId());
    Q_ASSERT(item >= 0 && item < int(m_shown.row.size()));
    return item;
}

int PlanFilterModel::matchingTasks(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item >= 0)
        return m_shown.matchingTasks[item];
    int total = 0;
    for (int top : shownChildren(-1))
        total += m_shown.matchingTasks[top];
    return total;
}

int PlanFilterModel::matchingIndicators(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item >= 0)
        return m_shown.matching[item];
    int total = 0;
    for (int top : shownChildren(-1))
        total += m_shown.matching[top];
    return total;
}

QModelIndex PlanFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    const int item = itemOf(proxyIndex);
    return item < 0 || !m_tree ? QModelIndex() : m_tree->indexOfItem(item, proxyIndex.column());
}

QModelIndex PlanFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tree)
        return {};
    const int item = m_tree->itemOf(sourceIndex);
    if (item < 0 || item >= int(m_shown.row.size()) || m_shown.row[item] < 0)
        return {};
    return createIndex(m_shown.row[item], sourceIndex.column(), PlanTreeModel::internalIdOf(item));
}

QModelIndex PlanFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount() || parent.column() > 0)
        return {};
    const std::vector<int> &children = shownChildren(itemOf(parent));
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, PlanTreeModel::internalIdOf(children[row]));
}

QModelIndex PlanFilterModel::parent(const QModelIndex &child) const
{
    const int item = itemOf(child);
    if (item < 0 || !m_tree)
        return {};
    const int parent = m_tree->itemParent(item);
    if (parent < 0 || m_shown.row[parent] < 0)
        return {};
    return createIndex(m_shown.row[parent], 0, PlanTreeModel::internalIdOf(parent));
}

QModelIndex PlanFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, parent(index));
}

int PlanFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(shownChildren(itemOf(parent)).size());
}

int PlanFilterModel::columnCount(const QModelIndex &) const
{
    return m_tree ? m_tree->columnCount() : 0;
}

bool PlanFilterModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant PlanFilterModel::data(const QModelIndex &index, int role) const
{
    const int item = itemOf(index);
    if (item < 0 || !m_tree)
        return {};
    const QModelIndex source = m_tree->indexOfItem(item, index.column());
    const QVariant value = m_tree->data(source, role);
    // Under a filter a group's roll-up stays the whole group's; its name adds how many match.
    if (!isFiltering() || index.column() != 0 ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole) || m_tree->itemIsIndicator(item) ||
        m_tree->itemIsTask(item))
        return value;
    // Under a task filter, or in a part with tasks and no targets, the tasks are counted.
    const int indicators = m_tree->data(source, IndicatorCountRole).toInt();
    const bool countTasks = isFilteringTasks() || indicators == 0;
    const int total = countTasks ? m_tree->data(source, TaskCountRole).toInt() : indicators;
    if (total == 0)
        return value;
    const int matching = countTasks ? m_shown.matchingTasks[item] : m_shown.matching[item];
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("PlanFilterModel", "%1 (%2/%3)")
            .arg(value.toString())
            .arg(matching)
            .arg(total);
    return value.toString() + QLatin1Char('\n') +
           (countTasks
                ? QCoreApplication::translate("PlanFilterModel",
                                              "%1 of %n task(s) match the filter", "", total)
                : QCoreApplication::translate("PlanFilterModel",
                                              "%1 of %n indicator(s) match the filter", "", total))
               .arg(matching);
}

QVariant PlanFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Straight from the tree: QAbstractProxyModel maps the section through row 0, which an
    // empty result does not have.
    return m_tree ? m_tree->headerData(section, orientation, role) : QVariant();
}

} // namespace pd
