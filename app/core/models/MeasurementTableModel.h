#pragma once

#include "plan/EntryCheck.h"
#include "store/PlanStore.h"
#include "plan/PlanTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <vector>

class QUndoStack;

namespace pd {

/// The measurements of one indicator as an editable table (date, value, note, entered by).
/// Every edit is validated, then pushed as an undo command that writes the store; refused
/// input changes nothing and is reported through inputRefused(). A change in the store shows
/// as the rows it touches (inserted, removed, moved, changed); only a new indicator resets.
class MeasurementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        ValueColumn,
        NoteColumn,
        ProgressColumn,  ///< 进展情况 of the round the figure reports
        ProblemsColumn,  ///< 存在问题
        NextStepsColumn, ///< 下步打算
        EnteredByColumn,
        ColumnCount
    };

    explicit MeasurementTableModel(PlanStore *store, QUndoStack *undoStack,
                                   QObject *parent = nullptr);

    /// Shows an indicator's figures: a reset for another indicator, row changes for the same.
    void setIndicator(qint64 indicatorId, int planYear);
    qint64 indicatorId() const { return m_indicatorId; }
    const std::vector<Measurement> &measurements() const { return m_rows; }

    /// Asked about each EntryCheck problem of a new or edited figure: true records it anyway
    /// (for SameDate: replaces the figure already on that date). Without one, every problem
    /// refuses the figure with its message.
    using Confirm = std::function<bool(const EntryCheck::Problem &problem)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Validates and adds a measurement; false (and inputRefused) when the input is refused,
    /// false without a message when the user declined a confirmation.
    bool addMeasurement(const QDate &date, const QString &value, const QString &note,
                        const QString &progress = {}, const QString &problems = {},
                        const QString &nextSteps = {});
    /// Deletes the given rows in one undo step.
    bool removeMeasurementRows(QList<int> rows);

    /// Why a date or value is refused, or an empty string when it is fine.
    QString checkDate(const QDate &date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void inputRefused(const QString &message);

private:
    std::vector<Measurement> readRows() const;
    /// Brings the rows to the store's figures by measurement id with the fewest row signals.
    void sync();
    /// Runs the entry checks; false when a problem stops the figure. *replacing is set to the
    /// figure on the same date the user chose to replace (null: no replacing offered).
    bool passesChecks(double value, const QDate &date, qint64 editingId,
                      std::optional<Measurement> *replacing);
    Confirm m_confirm;

    QPointer<PlanStore> m_store;
    QUndoStack *m_undoStack;
    qint64 m_indicatorId = 0;
    int m_planYear = 0;
    std::vector<Measurement> m_rows;
};

} // namespace pd
