#include "commands/SetIndicatorFieldCommand.h"

#include <QCoreApplication>

namespace pd {

SetIndicatorFieldCommand::SetIndicatorFieldCommand(PlanStore *store, qint64 indicatorId,
                                                   IndicatorField field, const QVariant &before,
                                                   const QVariant &after, CommandError error)
    : m_store(store), m_indicatorId(indicatorId), m_field(field), m_before(before), m_after(after),
      m_error(std::move(error))
{
    setText(QCoreApplication::translate("SetIndicatorFieldCommand", "Edit indicator"));
}

void SetIndicatorFieldCommand::redo()
{
    apply(m_after);
}

void SetIndicatorFieldCommand::undo()
{
    apply(m_before);
}

void SetIndicatorFieldCommand::apply(const QVariant &value)
{
    QString error;
    if (m_store->setIndicatorField(m_indicatorId, m_field, value, &error))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error;
}

} // namespace pd
