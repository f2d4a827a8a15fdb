#pragma once

#include "plan/EntryCheck.h"
#include "plan/PlanTypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace pd {

class DateField;
class MeasurementTableModel;
class MeetingStore;
class PlanDocument;
class PlanStore;
class PlanTreeModel;
class TargetChartView;
class UnitCompleter;
class TrendChartView;

/// Everything about one indicator: the sentence it came from, its editable fields, its
/// measurements (add, edit, delete) and its two charts. Edits go through the undo stack.
class IndicatorPane : public QWidget
{
    Q_OBJECT
public:
    /// The pane over one open document: its store, models, undo stack and meetings.
    explicit IndicatorPane(PlanDocument *document, QWidget *parent = nullptr);

    void showIndicator(qint64 indicatorId);
    qint64 indicatorId() const { return m_indicatorId; }
    /// Re-reads the indicator and its figures (as-of date changed, file reloaded).
    void refresh();

    /// Moves the keyboard to the new figure's value, typed text first (the tree passes on
    /// what is typed while an indicator is selected).
    void beginEntry(const QString &typed = {});
    QLineEdit *valueField() const { return m_newValue; }
    DateField *dateField() const { return m_newDate; }

    MeasurementTableModel *measurementModel() const { return m_measurements; }
    TargetChartView *targetChart() const { return m_targetChart; }
    TrendChartView *trendChart() const { return m_trendChart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showInputError(const QString &message);
    void commitField(int field, const QVariant &value);
    void addMeasurement();
    /// Asks the user about a figure that looks wrong (EntryCheck); true to record it anyway.
    bool confirmEntry(const EntryCheck::Problem &problem);
    void deleteSelectedMeasurements();
    /// Shows the decisions earlier meetings took on the indicator (上次会议意见).
    void setMeetingStore(MeetingStore *meetings);
    void refreshMeetingDecisions();
    QString highlightedSnippet(const Indicator &indicator);
    /// The unit fields complete from the file's list of units.
    void refreshUnitNames();

    PlanStore *m_store;
    PlanTreeModel *m_model;
    QUndoStack *m_undoStack;
    MeasurementTableModel *m_measurements;
    qint64 m_indicatorId = 0;
    Indicator m_indicator;
    QString m_sourceText; ///< the report's text, read on first need
    QString m_chartKey;   ///< what the charts were last drawn from
    bool m_updating = false;

    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_snippet = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_inputError = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_comparator = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseline = nullptr;
    QLineEdit *m_leadUnit = nullptr;
    QLineEdit *m_coUnits = nullptr;
    UnitCompleter *m_leadUnitCompleter = nullptr;
    UnitCompleter *m_coUnitsCompleter = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    DateField *m_newDate = nullptr;
    QLineEdit *m_newValue = nullptr;
    QLabel *m_newUnit = nullptr;
    QLineEdit *m_planCurve = nullptr;
    QLineEdit *m_newNote = nullptr;
    QLineEdit *m_newProgress = nullptr;  ///< 进展情况
    QLineEdit *m_newProblems = nullptr;  ///< 存在问题
    QLineEdit *m_newNextSteps = nullptr; ///< 下步打算
    QPushButton *m_addButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTableView *m_table = nullptr;
    TargetChartView *m_targetChart = nullptr;
    TrendChartView *m_trendChart = nullptr;
    QList<QLabel *> m_formLabels;
    QLabel *m_sourceHeading = nullptr;
    QLabel *m_fieldsHeading = nullptr;
    QLabel *m_measurementsHeading = nullptr;
    QPointer<MeetingStore> m_meetings;
    QLabel *m_meetingHeading = nullptr;
    QLabel *m_meetingDecisions = nullptr;
};

} // namespace pd
