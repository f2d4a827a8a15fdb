#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace pd {

/// The window's file dialogs, with a way for tests to answer them: a name queued with
/// setNextFileName() is returned by the next dialog instead of showing one (an empty name
/// answers Cancel). As KeePassXC's FileDialog, so Open, Save a Copy, Import and Export can be
/// driven through their actions.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    /// Several files to open; a queued answer names them one a line.
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption,
                                        const QString &dir = {}, const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                        const QString &dir = {});

    /// Queues the answer of the next dialog (tests only).
    static void setNextFileName(const QString &fileName);
    /// Names queued and not yet used.
    static int pendingFileNames();

private:
    static bool takeNext(QString *fileName);
    static QStringList s_nextFileNames;
};

} // namespace pd
