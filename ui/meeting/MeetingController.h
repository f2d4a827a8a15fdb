#pragma once

#include "meeting/MeetingModeWindow.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace pd {

class MainWindow;

class MeetingStore;

/// Meetings in the main window: View → Meeting Mode (F11), File → Meetings… and File → Export
/// Minutes…; the window places the actions. Works on the meetings of the window's document.
class MeetingController : public QObject
{
    Q_OBJECT
public:
    explicit MeetingController(MainWindow *window);
    ~MeetingController() override;

    /// The meetings of the window's document.
    MeetingStore *meetings() const;
    /// Meetings… and Export Minutes…, for the File menu.
    QList<QAction *> fileActions() const { return {m_meetingsAction, m_exportMinutesAction}; }
    /// Meeting Mode (F11), for the View menu.
    QList<QAction *> viewActions() const { return {m_meetingModeAction}; }
    /// The open meeting-mode window, if any.
    MeetingModeWindow *meetingWindow() const { return m_meetingWindow; }

    /// Asks (new meeting or continue the latest) and enters meeting mode.
    void startMeetingMode();
    /// Enters meeting mode on a meeting, full screen unless fullScreen is false.
    MeetingModeWindow *openMeeting(qint64 meetingId, bool fullScreen = true);
    /// Writes a meeting's minutes (0: the latest meeting) without asking.
    bool exportMinutes(qint64 meetingId, const QString &path, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showMeetings();
    void exportMinutesDialog(qint64 meetingId);
    qint64 selectedAreaNode(QString *title) const;

    MainWindow *m_window;
    QPointer<MeetingModeWindow> m_meetingWindow;
    QAction *m_meetingModeAction;
    QAction *m_meetingsAction;
    QAction *m_exportMinutesAction;
};

} // namespace pd
