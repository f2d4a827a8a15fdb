#include "commands/MeasurementCommands.h"

#include "store/PlanStore.h"

#include <QCoreApplication>

namespace pd {

namespace {

/// Runs a store call and, when it fails, marks the command obsolete and reports why.
template <typename Call> bool attempt(QUndoCommand *command, const CommandError &sink, Call call)
{
    QString error;
    if (call(&error))
        return true;
    command->setObsolete(true);
    if (sink)
        *sink = error.isEmpty() ? QCoreApplication::translate("MeasurementCommands",
                                                              "The change could not be saved.")
                                : error;
    return false;
}

} // namespace

AddMeasurementCommand::AddMeasurementCommand(PlanStore *store, const Measurement &measurement,
                                             CommandError error)
    : m_store(store), m_measurement(measurement), m_error(std::move(error))
{
    setText(QCoreApplication::translate("MeasurementCommands", "Add measurement"));
}

void AddMeasurementCommand::redo()
{
    // The first redo creates the row; later ones restore it under the id it was given.
    std::optional<qint64> id;
    if (!attempt(this, m_error, [&](QString *error) {
            id = m_store->addMeasurement(m_measurement, error, m_measurement.id > 0);
            return id.has_value();
        }))
        return;
    if (m_measurement.id <= 0)
        m_measurement = m_store->measurement(*id).value_or(m_measurement);
}

void AddMeasurementCommand::undo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->removeMeasurement(m_measurement.id, error); });
}

EditMeasurementCommand::EditMeasurementCommand(PlanStore *store, const Measurement &before,
                                               const Measurement &after, CommandError error)
    : m_store(store), m_before(before), m_after(after), m_error(std::move(error))
{
    setText(QCoreApplication::translate("MeasurementCommands", "Edit measurement"));
}

void EditMeasurementCommand::redo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->updateMeasurement(m_after, error); });
}

void EditMeasurementCommand::undo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->updateMeasurement(m_before, error); });
}

RemoveMeasurementCommand::RemoveMeasurementCommand(PlanStore *store, const Measurement &measurement,
                                                   CommandError error)
    : m_store(store), m_measurement(measurement), m_error(std::move(error))
{
    setText(QCoreApplication::translate("MeasurementCommands", "Delete measurement"));
}

void RemoveMeasurementCommand::redo()
{
    attempt(this, m_error,
            [&](QString *error) { return m_store->removeMeasurement(m_measurement.id, error); });
}

void RemoveMeasurementCommand::undo()
{
    attempt(this, m_error, [&](QString *error) {
        return m_store->addMeasurement(m_measurement, error, true).has_value();
    });
}

} // namespace pd
