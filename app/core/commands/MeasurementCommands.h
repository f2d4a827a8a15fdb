#pragma once

#include "plan/PlanTypes.h"

#include <QUndoCommand>

#include <memory>

namespace pd {

class PlanStore;

/// Where a command reports a failed write. QUndoStack deletes a command that fails on its
/// first redo, so the error must outlive it.
using CommandError = std::shared_ptr<QString>;

/// Adds a measurement; undo deletes it, redo puts it back with the same id.
class AddMeasurementCommand : public QUndoCommand
{
public:
    AddMeasurementCommand(PlanStore *store, const Measurement &measurement,
                          CommandError error = {});
    void redo() override;
    void undo() override;
    qint64 measurementId() const { return m_measurement.id; }

private:
    PlanStore *m_store;
    Measurement m_measurement;
    CommandError m_error;
};

/// Changes a measurement's date, value or note.
class EditMeasurementCommand : public QUndoCommand
{
public:
    EditMeasurementCommand(PlanStore *store, const Measurement &before, const Measurement &after,
                           CommandError error = {});
    void redo() override;
    void undo() override;

private:
    PlanStore *m_store;
    Measurement m_before;
    Measurement m_after;
    CommandError m_error;
};

/// Deletes a measurement; undo restores it exactly (same id, who and when).
class RemoveMeasurementCommand : public QUndoCommand
{
public:
    RemoveMeasurementCommand(PlanStore *store, const Measurement &measurement,
                             CommandError error = {});
    void redo() override;
    void undo() override;

private:
    PlanStore *m_store;
    Measurement m_measurement;
    CommandError m_error;
};

} // namespace pd
