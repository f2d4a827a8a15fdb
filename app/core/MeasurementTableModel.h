#pragma once

#include "PlanStore.h"
#include "PlanTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

class QUndoStack;

namespace pd {

/// The measurements of one indicator as an editable table (date, value, note, entered by).
/// Every edit is validated, then pushed as an undo command that writes the store; refused
/// input changes nothing and is reported through inputRefused().
class MeasurementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        ValueColumn,
        NoteColumn,
        EnteredByColumn,
        ColumnCount
    };

    explicit MeasurementTableModel(PlanStore *store, QUndoStack *undoStack,
                                   QObject *parent = nullptr);

    void setIndicator(qint64 indicatorId, int planYear);
    qint64 indicatorId() const { return m_indicatorId; }
    const std::vector<Measurement> &measurements() const { return m_rows; }

    /// Validates and adds a measurement; false (and inputRefused) when the input is refused.
    bool addMeasurement(const QDate &date, const QString &value, const QString &note);
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
    void reload();

    QPointer<PlanStore> m_store;
    QUndoStack *m_undoStack;
    qint64 m_indicatorId = 0;
    int m_planYear = 0;
    std::vector<Measurement> m_rows;
};

} // namespace pd
