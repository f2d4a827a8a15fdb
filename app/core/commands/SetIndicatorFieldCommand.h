#pragma once

#include "commands/MeasurementCommands.h"
#include "store/PlanStore.h"

#include <QUndoCommand>

namespace pd {

/// Corrects one field of an indicator (name, target, lead unit…). Fields are committed when the
/// user leaves them, so each correction is one undo step.
class SetIndicatorFieldCommand : public QUndoCommand
{
public:
    SetIndicatorFieldCommand(PlanStore *store, qint64 indicatorId, IndicatorField field,
                             const QVariant &before, const QVariant &after,
                             CommandError error = {});
    void redo() override;
    void undo() override;

private:
    void apply(const QVariant &value);

    PlanStore *m_store;
    qint64 m_indicatorId;
    IndicatorField m_field;
    QVariant m_before;
    QVariant m_after;
    CommandError m_error;
};

} // namespace pd
