#include "main/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pd {
namespace {
const QString Key = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    m_menu->setObjectName(QStringLiteral("recentFilesMenu"));
    rebuild();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::store(const QStringList &list)
{
    QSettings().setValue(Key, list);
    rebuild();
}

void RecentFiles::retranslate()
{
    m_menu->setTitle(tr("Open &Recent"));
    rebuild();
}

void RecentFiles::rebuild()
{
    // Later, not now: the list may change from inside one of these actions' triggered().
    for (QAction *old : m_menu->actions()) {
        m_menu->removeAction(old);
        old->setParent(nullptr); // no longer one of the menu's actions, to findChild either
        old->deleteLater();
    }
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        // "&1 plan.sqlite  (/home/…/data)": the name to recognise, the folder to tell copies apart.
        const QFileInfo info(path);
        QAction *action = m_menu->addAction(
            QStringLiteral("&%1 %2  (%3)")
                .arg(++number)
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        action->setData(path);
        action->setObjectName(QStringLiteral("recentFile%1").arg(number));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("clearRecentFiles"));
    connect(clear, &QAction::triggered, this, [this] { store({}); });
}

} // namespace pd
