#pragma once

#include "plan/PlanTypes.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pd {

/// Narrows the plan tree by a search text (code, name, snippet), a status and a part. Groups
/// stay visible while anything below them matches.
class PlanFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlanFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatusFilter(std::optional<Status> status);
    std::optional<Status> statusFilter() const { return m_status; }
    void setPartFilter(std::optional<PlanPart> part);
    std::optional<PlanPart> partFilter() const { return m_part; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    QString m_search;
    QString m_folded;
    std::optional<Status> m_status;
    std::optional<PlanPart> m_part;
};

} // namespace pd
