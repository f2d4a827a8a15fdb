#pragma once

#include "plan/PlanTypes.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace pd {

/// Narrows the plan tree by a search text (code, name, snippet), a set of statuses and a part.
/// Groups stay visible while anything below them matches, and, while filtering, their names
/// say how many of their indicators match ("（一）… (3/12)").
class PlanFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlanFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Keeps indicators in any of these statuses; an empty list keeps every status.
    void setStatusFilter(const std::vector<Status> &statuses);
    /// One status, or every status for nullopt.
    void setStatusFilter(std::optional<Status> status);
    std::vector<Status> statusFilter() const;
    void setPartFilter(std::optional<PlanPart> part);
    std::optional<PlanPart> partFilter() const { return m_part; }
    bool isFiltering() const;
    /// Indicators shown under a group of this model (the whole tree for an invalid index).
    int matchingIndicators(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void forgetCounts() { m_matching.clear(); }
    int countMatching(const QModelIndex &index) const;
    QString m_search;
    QString m_folded;
    int m_statusMask = 0; ///< bit (1 << int(Status)) per status kept; 0 keeps all
    std::optional<PlanPart> m_part;
    /// Matching indicators per group node id, counted on first need after each change.
    mutable QHash<qint64, int> m_matching;
};

} // namespace pd
