#pragma once

#include <QList>
#include <QObject>

class QAction;
class QTimer;

namespace pd {

class MainWindow;

/// Who has not reported, in the main window: View → Who Has Not Reported… (Ctrl+Shift+U) opens
/// the UnreportedDialog, and the overview shows how many units are late for the current round,
/// counted by the core (UnreportedList) again after every change to figures, units or the
/// schedule.
class UnreportedController : public QObject
{
    Q_OBJECT
public:
    explicit UnreportedController(MainWindow *window);

    /// Who Has Not Reported…, for the View menu.
    QList<QAction *> viewActions() const { return {m_action}; }
    /// Opens the dialog (modal).
    void showDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    /// Follows the window's document: its store's changes recount the overview's line.
    void attach();
    void updateOverview();

    MainWindow *m_window;
    QAction *m_action;
    QTimer *m_recount;
    bool m_stale = false; ///< changes came while the overview was hidden
};

} // namespace pd
