#pragma once

#include "commands/MeasurementCommands.h"
#include "store/PlanStore.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

namespace pd {

/// Sets text fields (the lead unit, the co-units) of many indicators at once: Set Responsible
/// Unit… on a selection in the tree, or a unit assignment sheet. One transaction and one undo
/// step; undo puts back each indicator's own earlier value.
class SetIndicatorFieldsCommand : public QUndoCommand
{
public:
    /// before: each indicator's id with its value now; after: the value they all get.
    SetIndicatorFieldsCommand(PlanStore *store, IndicatorField field,
                              const std::vector<std::pair<qint64, QVariant>> &before,
                              const QVariant &after, CommandError error = {});
    /// after: the changes; before: the same fields with the values they have now. text names
    /// the step in Edit → Undo.
    SetIndicatorFieldsCommand(PlanStore *store, std::vector<IndicatorTextChange> before,
                              std::vector<IndicatorTextChange> after, const QString &text,
                              CommandError error = {});
    void redo() override;
    void undo() override;

private:
    void apply(const std::vector<IndicatorTextChange> &changes);

    PlanStore *m_store;
    std::vector<IndicatorTextChange> m_before;
    std::vector<IndicatorTextChange> m_after;
    CommandError m_error;
};

} // namespace pd
