#pragma once

#include <QCompleter>

class QStringListModel;

namespace pd {

/// Completes a responsible unit from the data file's list as it is typed. In list mode (配合单位:
/// "市发改委、市财政局") the part after the last 、 is completed and the parts before are kept.
class UnitCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit UnitCompleter(bool list, QObject *parent = nullptr);
    void setUnits(const QStringList &names);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringListModel *m_names;
    bool m_list;
};

} // namespace pd
