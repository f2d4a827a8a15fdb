#pragma once

#include "plan/PlanTypes.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class PlanStore;

/// Edit → Responsible Units…: the data file's list of units (name, short name, contact), which
/// the lead-unit fields complete from and the sheets go out to. Each change is saved at once
/// and audited; a unit still leading indicators cannot be removed.
class UnitsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitsDialog(PlanStore *store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The last refusal shown under the table (empty when none).
    QString message() const;

    /// Adds a unit with this name (the Add button asks for it); true when saved.
    bool addUnit(const QString &name);
    /// Adds the units the plan's indicators name that the list does not hold yet.
    void addUnitsInUse();
    void removeSelected();

private:
    void reload();
    void commitCell(int row, int column);
    void showMessage(const QString &text);

    PlanStore *m_store;
    std::vector<ResponsibleUnit> m_units;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_filling = false;
};

} // namespace pd
