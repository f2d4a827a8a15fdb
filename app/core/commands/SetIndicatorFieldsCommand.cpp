#include "commands/SetIndicatorFieldsCommand.h"

#include <QCoreApplication>

namespace pd {

SetIndicatorFieldsCommand::SetIndicatorFieldsCommand(
    PlanStore *store, IndicatorField field, std::vector<std::pair<qint64, QVariant>> before,
    const QVariant &after, CommandError error)
    : m_store(store), m_field(field), m_before(std::move(before)), m_error(std::move(error))
{
    for (const auto &entry : m_before)
        m_after.emplace_back(entry.first, after);
    setText(QCoreApplication::translate("SetIndicatorFieldsCommand",
                                        "Set responsible unit of %n indicator(s)", nullptr,
                                        int(m_before.size())));
}

void SetIndicatorFieldsCommand::redo()
{
    apply(m_after);
}

void SetIndicatorFieldsCommand::undo()
{
    apply(m_before);
}

void SetIndicatorFieldsCommand::apply(const std::vector<std::pair<qint64, QVariant>> &values)
{
    QString error;
    if (m_store->setIndicatorFields(m_field, values, &error))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error.isEmpty() ? QCoreApplication::translate("SetIndicatorFieldsCommand",
                                                                 "The change could not be saved.")
                                   : error;
}

} // namespace pd
