#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pd {

/// File → Recent: the data files opened last, newest first, kept in the settings and shown
/// in a menu; choosing one asks the window to open it.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    /// Puts a file first (it was just opened).
    void add(const QString &path);
    /// Drops a file that could not be opened.
    void remove(const QString &path);
    /// Re-labels the menu (language change).
    void retranslate();

signals:
    void openRequested(const QString &path);

private:
    void store(const QStringList &files);
    void rebuild();

    QMenu *m_menu;
};

} // namespace pd
