#include "main/UnitCompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

namespace pd {

namespace {
/// Where the part being typed starts: after the last separator a list of units uses.
qsizetype lastPartStart(const QString &text)
{
    qsizetype start = 0;
    for (const QChar separator :
         {QChar(u'、'), QChar(u','), QChar(u'，'), QChar(u';'), QChar(u'；')})
        start = std::max(start, text.lastIndexOf(separator) + 1);
    return start;
}
} // namespace

UnitCompleter::UnitCompleter(bool list, QObject *parent)
    : QCompleter(parent), m_names(new QStringListModel(this)), m_list(list)
{
    setModel(m_names);
    setCaseSensitivity(Qt::CaseInsensitive);
    // 发改 finds 市发展和改革委员会's short forms too: match anywhere, not only at the start.
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

void UnitCompleter::setUnits(const QStringList &names)
{
    if (m_names->stringList() != names)
        m_names->setStringList(names);
}

QStringList UnitCompleter::splitPath(const QString &path) const
{
    if (!m_list)
        return {path.trimmed()};
    return {path.mid(lastPartStart(path)).trimmed()};
}

QString UnitCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString unit = QCompleter::pathFromIndex(index);
    const auto *editor = qobject_cast<const QLineEdit *>(widget());
    if (!m_list || !editor)
        return unit;
    const QString typed = editor->text();
    return typed.left(lastPartStart(typed)) + unit;
}

} // namespace pd
