#include "commands/SetIndicatorFieldsCommand.h"

#include <QCoreApplication>

namespace pd {

SetIndicatorFieldsCommand::SetIndicatorFieldsCommand(
    PlanStore *store, IndicatorField field, const std::vector<std::pair<qint64, QVariant>> &before,
    const QVariant &after, CommandError error)
    : m_store(store), m_error(std::move(error))
{
    for (const auto &[id, value] : before) {
        m_before.push_back({id, field, value.toString()});
        m_after.push_back({id, field, after.toString()});
    }
    setText(QCoreApplication::translate("SetIndicatorFieldsCommand",
                                        "Set responsible unit of %n indicator(s)", nullptr,
                                        int(m_before.size())));
}

SetIndicatorFieldsCommand::SetIndicatorFieldsCommand(PlanStore *store,
                                                     std::vector<IndicatorTextChange> before,
                                                     std::vector<IndicatorTextChange> after,
                                                     const QString &text, CommandError error)
    : m_store(store), m_before(std::move(before)), m_after(std::move(after)),
      m_error(std::move(error))
{
    setText(text);
}

void SetIndicatorFieldsCommand::redo()
{
    apply(m_after);
}

void SetIndicatorFieldsCommand::undo()
{
    apply(m_before);
}

void SetIndicatorFieldsCommand::apply(const std::vector<IndicatorTextChange> &changes)
{
    QString error;
    if (m_store->setIndicatorTexts(changes, &error))
        return;
    setObsolete(true);
    if (m_error)
        *m_error = error.isEmpty() ? QCoreApplication::translate("SetIndicatorFieldsCommand",
                                                                 "The change could not be saved.")
                                   : error;
}

} // namespace pd
