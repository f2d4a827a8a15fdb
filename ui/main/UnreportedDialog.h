#pragma once

#include "plan/ReportingRound.h"
#include "report/ReminderSheet.h"
#include "report/UnreportedList.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

namespace pd {

class PlanStore;

/// View → Who Has Not Reported…: for a reporting round (the current one first), the units with
/// indicators missing a figure, each with its late indicators and how late; the reminders
/// (催报单) printed to PDF or saved as Excel; and the rounds' schedule (cadence, due day),
/// changed as one undoable, audited step. The list is the core's (UnreportedList); this only
/// shows it.
class UnreportedDialog : public QDialog
{
    Q_OBJECT
public:
    UnreportedDialog(PlanStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// The round shown.
    ReportingRound round() const;
    /// Shows a round by its key ("2024-06"); false when the plan's year has none such.
    bool setRound(const QString &key);
    /// What is shown (for the tests and the buttons).
    const UnreportedList &list() const { return m_list; }

    /// Writes the reminders of the round shown, without asking where.
    bool writePdf(const QString &path, QString *error) const;
    bool writeWorkbook(const QString &path, QString *error) const;

private:
    void fillRounds(const QString &keep);
    void refresh();
    void updateScheduleButton();
    void applySchedule();
    void printReminders();
    void saveWorkbook();
    RoundSchedule chosenSchedule() const;
    /// The reminders' options: the office typed (kept in the file when changed), else the
    /// file's.
    ReminderSheet::Options reminderOptions() const;
    void keepOffice();

    PlanStore *m_store;
    QUndoStack *m_undoStack;
    std::vector<ReportingRound> m_rounds;
    UnreportedList m_list;
    QComboBox *m_round = nullptr;
    QComboBox *m_cadence = nullptr;
    QSpinBox *m_dueDay = nullptr;
    QPushButton *m_applySchedule = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_counts = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_excel = nullptr;
    QLabel *m_note = nullptr; ///< what was written
    QLineEdit *m_office = nullptr;
};

} // namespace pd
