#pragma once

#include <QList>
#include <QObject>

#include <vector>

class QAction;

namespace pd {

class MainWindow;

/// Responsible units in the main window: Edit → Responsible Units… (the list) and Edit → Set
/// Responsible Unit… (the lead unit of every indicator selected in the tree, or beneath a
/// selected area or section, as one undo step); the window places the actions.
class UnitsController : public QObject
{
    Q_OBJECT
public:
    explicit UnitsController(MainWindow *window);

    QList<QAction *> editActions() const { return {m_listAction, m_setAction, m_importAction}; }

    /// The indicators the tree's selection names: selected indicator rows, and every indicator
    /// shown beneath a selected group. In tree order, each once.
    std::vector<qint64> selectedIndicators() const;
    /// Sets the lead unit of the selected indicators (one undo step), adding a unit the list
    /// does not hold to it. False with *error when nothing is selected or the change failed.
    bool setLeadUnit(const QString &unit, QString *error);
    /// Gives the indicators the units an assignment sheet names (one undo step), adding the
    /// units to the list. *summary says what was done and what refused.
    bool importAssignments(const QString &path, QString *summary, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void setLeadUnitDialog();
    void importAssignmentsDialog();

    MainWindow *m_window;
    QAction *m_listAction;
    QAction *m_setAction;
    QAction *m_importAction;
};

} // namespace pd
