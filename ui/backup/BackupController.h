#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace pd {

class MainWindow;

/// Backups in the main window: File → Restore Backup… and Help → Check Data File…; the window
/// places the actions. A restore keeps the state before it as a backup, listed first by
/// Restore Backup…, and restoring that one undoes it (the window's undo stack starts afresh
/// with the restored file, as with any file opened).
class BackupController : public QObject
{
    Q_OBJECT
public:
    explicit BackupController(MainWindow *window);

    /// Restore Backup…, for the File menu.
    QList<QAction *> fileActions() const { return {m_restoreAction}; }
    /// Check Data File…, for the Help menu.
    QList<QAction *> helpActions() const { return {m_checkAction}; }

    /// Restores a backup of the window's file without asking and shows the restored file.
    bool restore(const QString &backupPath, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void restoreDialog();
    void checkDataFile();
    void showBackupFailure(const QString &message);

    MainWindow *m_window;
    QAction *m_restoreAction;
    QAction *m_checkAction;
};

} // namespace pd
