#pragma once

#include "meeting/MeetingModeWindow.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace pd {

class MainWindow;

class MeetingStore;

/// Meetings in the main window: View → Meeting Mode (F11), File → Meetings… and File → Export
/// Minutes…, and the earlier decisions on the indicator pane. Follows the window to each data
/// file it opens.
class MeetingController : public QObject
{
    Q_OBJECT
public:
    explicit MeetingController(MainWindow *window);
    ~MeetingController() override;

    MeetingStore *meetings() const { return m_meetings; }
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
    void attachToFile();
    void retranslate();
    void showMeetings();
    void exportMinutesDialog(qint64 meetingId);
    qint64 selectedAreaNode(QString *title) const;

    MainWindow *m_window;
    MeetingStore *m_meetings = nullptr;
    QPointer<MeetingModeWindow> m_meetingWindow;
    QAction *m_meetingModeAction;
    QAction *m_meetingsAction;
    QAction *m_exportMinutesAction;
};

} // namespace pd
