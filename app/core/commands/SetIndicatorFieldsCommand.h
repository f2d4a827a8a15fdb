#pragma once

#include "commands/MeasurementCommands.h"
#include "store/PlanStore.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

namespace pd {

/// Sets one text field (the lead unit, the co-units) of many indicators at once: Set
/// Responsible Unit… on a selection in the tree. One transaction and one undo step; undo puts
/// back each indicator's own earlier value.
class SetIndicatorFieldsCommand : public QUndoCommand
{
public:
    /// before: each indicator's id with its value now; after: the value they all get.
    SetIndicatorFieldsCommand(PlanStore *store, IndicatorField field,
                              std::vector<std::pair<qint64, QVariant>> before,
                              const QVariant &after, CommandError error = {});
    void redo() override;
    void undo() override;

private:
    void apply(const std::vector<std::pair<qint64, QVariant>> &values);

    PlanStore *m_store;
    IndicatorField m_field;
    std::vector<std::pair<qint64, QVariant>> m_before;
    std::vector<std::pair<qint64, QVariant>> m_after;
    CommandError m_error;
};

} // namespace pd
