#pragma once

#include "plan/TaskTypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace pd {

class DateField;
class PlanDocument;
class PlanStore;
class PlanTreeModel;
class TaskStore;

/// Everything about one task of the 台账: its sentence from the report, its status (set by
/// hand, with 逾期 when past the deadline), deadline and units, the roll-up of its indicators,
/// the dated 进展情况 of each round (add, change, delete) and its indicators (activate one to
/// select it in the tree). Every edit is saved at once through the undo stack.
class TaskPane : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPane(PlanDocument *document, QWidget *parent = nullptr);

    void showTask(qint64 taskId);
    qint64 taskId() const { return m_taskId; }
    /// Re-reads the task and its progress (as-of date changed, file reloaded).
    void refresh();

    QComboBox *statusBox() const { return m_status; }
    DateField *deadlineField() const { return m_deadline; }
    QLineEdit *leadUnitField() const { return m_leadUnit; }
    QLineEdit *coUnitsField() const { return m_coUnits; }
    DateField *progressDateField() const { return m_progressDate; }
    QPlainTextEdit *progressTextField() const { return m_progressText; }
    QPushButton *addProgressButton() const { return m_addProgress; }
    QTableWidget *progressTable() const { return m_history; }
    QListWidget *indicatorList() const { return m_indicators; }

signals:
    /// The user chose one of the task's indicators (click, Enter): the window selects it.
    void indicatorActivated(qint64 indicatorId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showError(const QString &message);
    void commitField(TaskField field, const QVariant &value);
    /// Adds the typed 进展情况, or changes the entry its month already has.
    void addProgress();
    void deleteSelectedProgress();
    /// Loads an entry into the entry fields to change it.
    void editProgressRow(int row);
    void fillHistory();
    void fillIndicators();

    PlanStore *m_store;
    TaskStore *m_tasks;
    PlanTreeModel *m_model;
    QUndoStack *m_undoStack;
    qint64 m_taskId = 0;
    TaskRecord m_task;
    std::vector<TaskProgress> m_progress;
    bool m_updating = false;

    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_sourceHeading = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_detailsHeading = nullptr;
    QList<QLabel *> m_formLabels;
    QComboBox *m_status = nullptr;
    QLabel *m_overdue = nullptr;
    DateField *m_deadline = nullptr;
    QLabel *m_deadlineNote = nullptr;
    QLineEdit *m_leadUnit = nullptr;
    QLineEdit *m_coUnits = nullptr;
    QLabel *m_rollup = nullptr;
    QLabel *m_progressHeading = nullptr;
    DateField *m_progressDate = nullptr;
    QPlainTextEdit *m_progressText = nullptr;
    QPushButton *m_addProgress = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_deleteProgress = nullptr;
    QLabel *m_indicatorsHeading = nullptr;
    QListWidget *m_indicators = nullptr;
};

} // namespace pd
