#pragma once

#include "meeting/MeetingTypes.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pd {

class MeetingStore;

/// Starts meeting mode: continue the latest meeting, or create a new one (title, date, the
/// as-of date of its figures, and its scope: the whole plan or the selected area; every
/// reported indicator, only those reported and behind, or every one including those with no
/// figures, each with its count). By default the indicators with no figures are skipped, and
/// the dialog says how many. Who chairs, attends and minutes the meeting is asked for either
/// way (the latest meeting's as a start) and printed on the minutes. Creating takes the
/// meeting's frozen snapshot at once; a failure is shown in the dialog, which stays open.
class MeetingStartDialog : public QDialog
{
    Q_OBJECT
public:
    /// areaNodeId/areaTitle: the part of the plan selected in the main window (0: none).
    MeetingStartDialog(MeetingStore *store, const QDate &asOf, qint64 areaNodeId,
                       const QString &areaTitle, QWidget *parent = nullptr);

    /// The meeting to show once accepted (the latest one, or the one just created).
    qint64 meetingId() const { return m_meetingId; }

    /// The default title of a meeting on the figures of a date: "2024年7月进度调度会" in
    /// Chinese. The dialog gives it the as-of date, the data's, not today's.
    static QString defaultTitle(const QDate &date);

    void accept() override;

private:
    void updateEnabled();
    void updateCounts();
    /// The scope the fields choose for a new meeting.
    MeetingScope chosenScope() const;
    void updateTitle();

    MeetingStore *m_store;
    qint64 m_latestId = 0;
    qint64 m_areaNodeId = 0;
    qint64 m_meetingId = 0;
    QRadioButton *m_continue = nullptr;
    QRadioButton *m_new = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_asOf = nullptr;
    QRadioButton *m_wholePlan = nullptr;
    QRadioButton *m_area = nullptr;
    QRadioButton *m_behindOnly = nullptr;
    QRadioButton *m_reported = nullptr;
    QRadioButton *m_everyIndicator = nullptr;
    QLabel *m_skipped = nullptr;
    QCheckBox *m_tasks = nullptr;
    QLineEdit *m_chair = nullptr;
    QLineEdit *m_attendees = nullptr;
    QLineEdit *m_recorder = nullptr;
    MeetingParticipants m_latestParticipants;
    bool m_titleEdited = false;
    QLabel *m_error = nullptr;
    QWidget *m_newFields = nullptr;
};

} // namespace pd
