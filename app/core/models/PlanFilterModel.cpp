#include "models/PlanFilterModel.h"

#include "models/PlanRoles.h"

#include <QCoreApplication>

namespace pd {

PlanFilterModel::PlanFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    // A group found by its title shows everything in it.
    setAutoAcceptChildRows(true);
    // Statuses move with figures and the as-of date: the counts are taken again on next need.
    connect(this, &QAbstractItemModel::dataChanged, this, &PlanFilterModel::forgetCounts);
    connect(this, &QAbstractItemModel::layoutChanged, this, &PlanFilterModel::forgetCounts);
    connect(this, &QAbstractItemModel::modelReset, this, &PlanFilterModel::forgetCounts);
    connect(this, &QAbstractItemModel::rowsInserted, this, &PlanFilterModel::forgetCounts);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PlanFilterModel::forgetCounts);
}

bool PlanFilterModel::isFiltering() const
{
    return !m_search.isEmpty() || m_statusMask != 0 || m_part.has_value();
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

void PlanFilterModel::refilter()
{
    forgetCounts();
    // One layout change for the whole tree: invalidateFilter() would announce removals and
    // inserts parent by parent, each walking every persistent index of the view (the expanded
    // rows), which at 50,000 indicators takes seconds.
    invalidate();
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_part && index.data(PartRole).toInt() != int(*m_part))
        return false;
    const bool indicator = index.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator);
    if (!indicator) {
        // A group is shown for its own title only when no status is asked for; otherwise it
        // is kept by recursive filtering when a descendant matches.
        if (m_statusMask)
            return false;
        if (m_search.isEmpty())
            return true;
        return index.data(SearchTextRole).toString().contains(m_folded);
    }
    if (m_statusMask && !(m_statusMask & (1 << index.data(StatusRole).toInt())))
        return false;
    return m_search.isEmpty() || index.data(SearchTextRole).toString().contains(m_folded);
}

int PlanFilterModel::countMatching(const QModelIndex &index) const
{
    if (index.isValid() && index.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator))
        return 1;
    const qint64 id = index.isValid() ? index.data(NodeIdRole).toLongLong() : 0;
    const auto cached = m_matching.constFind(id);
    if (cached != m_matching.constEnd())
        return *cached;
    int count = 0;
    for (int r = 0; r < rowCount(index); ++r)
        count += countMatching(this->index(r, 0, index));
    m_matching.insert(id, count);
    return count;
}

int PlanFilterModel::matchingIndicators(const QModelIndex &index) const
{
    return countMatching(index.siblingAtColumn(0));
}

QVariant PlanFilterModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    // Under a filter a group's roll-up stays the whole group's; its name adds how many match.
    if (!isFiltering() || index.column() != 0 ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole) ||
        index.data(ItemTypeRole).toInt() != int(PlanItemType::Node))
        return value;
    const int total = index.data(IndicatorCountRole).toInt();
    if (total == 0)
        return value;
    const int matching = matchingIndicators(index);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("PlanFilterModel", "%1 (%2/%3)")
            .arg(value.toString())
            .arg(matching)
            .arg(total);
    return value.toString() + QLatin1Char('\n') +
           QCoreApplication::translate("PlanFilterModel", "%1 of %n indicator(s) match the filter",
                                       "", total)
               .arg(matching);
}

} // namespace pd
