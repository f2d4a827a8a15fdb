#include "models/PlanFilterModel.h"

#include "models/PlanRoles.h"

namespace pd {

PlanFilterModel::PlanFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    // A group found by its title shows everything in it.
    setAutoAcceptChildRows(true);
}

bool PlanFilterModel::isFiltering() const
{
    return !m_search.isEmpty() || m_status.has_value() || m_part.has_value();
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

void PlanFilterModel::setStatusFilter(std::optional<Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
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
        if (m_status)
            return false;
        if (m_search.isEmpty())
            return true;
        return index.data(SearchTextRole).toString().contains(m_folded);
    }
    if (m_status && index.data(StatusRole).toInt() != int(*m_status))
        return false;
    return m_search.isEmpty() || index.data(SearchTextRole).toString().contains(m_folded);
}

} // namespace pd
