#pragma once

#include "models/PlanTreeModel.h"
#include "plan/PlanTypes.h"

#include <QAbstractProxyModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace pd {

/// Narrows the plan tree by a search text (code, name, snippet), a set of statuses and a part.
/// Groups stay visible while anything below them matches; a group found by its title shows
/// everything in it; while filtering, group names say how many of their indicators match
/// ("（一）… (3/12)").
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
    bool isFiltering() const;
    /// Indicators shown under a group of this model (the whole tree for an invalid index).
    int matchingIndicators(const QModelIndex &index) const;

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
    Shown m_shown;
    /// Across a source layout change: the source items of this model's persistent indexes.
    QModelIndexList m_layoutPersistent;
    QList<QPersistentModelIndex> m_layoutSource;
};

} // namespace pd
