#pragma once

#include "meeting/MeetingTypes.h"
#include "store/PlanStore.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

namespace pd {

/// The meetings kept in a plan's data file (tables meeting and meeting_item, schema versions 3,
/// 5 and 9).
/// Every change is one transaction with its audit rows (entities "meeting" and "meeting_item");
/// signals announce what changed. Errors are returned as translated one-line messages.
///
/// It works on whatever file the plan store has open, so it follows the window to a new file,
/// and through that store's API only: statements and transactions it hands out, its audit().
///
/// A read that fails returns nothing (no rows, std::nullopt), sets *error when given, and is
/// announced by the plan store's readFailed signal (the meetings have none of their own: the
/// window listens to one store for the one file).
class MeetingStore : public QObject
{
    Q_OBJECT
public:
    explicit MeetingStore(PlanStore *store, QObject *parent = nullptr);

    PlanStore *planStore() const { return m_store; }

    /// All meetings, the latest first (by date, then by creation).
    std::vector<MeetingSummary> meetings(QString *error = nullptr) const;
    std::optional<Meeting> meeting(qint64 id, QString *error = nullptr) const;
    std::optional<qint64> latestMeetingId(QString *error = nullptr) const;
    /// A meeting's items in report order.
    std::vector<MeetingItem> items(qint64 meetingId, QString *error = nullptr) const;
    std::optional<MeetingItem> item(qint64 itemId, QString *error = nullptr) const;
    /// Decisions earlier meetings took on an indicator (reviewed with a decision, or with a
    /// responsible unit or deadline), the latest meeting first.
    std::vector<EarlierDecision> decisionsFor(qint64 indicatorId, int limit = 3,
                                              QString *error = nullptr) const;
    /// The same for a task.
    std::vector<EarlierDecision> decisionsForTask(qint64 taskId, int limit = 3,
                                                  QString *error = nullptr) const;
    /// The same for what an item reviews (its indicator or its task).
    std::vector<EarlierDecision> decisionsFor(const MeetingItem &item, int limit = 3,
                                              QString *error = nullptr) const;

    /// Writes a meeting and its items in one transaction and returns the meeting's id; fills
    /// in the ids. With keepIds the given ids are reused (to restore a deleted meeting on undo).
    std::optional<qint64> addMeeting(Meeting &meeting, std::vector<MeetingItem> &items,
                                     QString *error, bool keepIds = false);
    bool removeMeeting(qint64 meetingId, QString *error);
    /// Records what the meeting decided on one item (audited per changed field).
    bool setDecision(qint64 itemId, const MeetingDecision &decision, QString *error);
    /// The same for many items in one transaction: all of them or none.
    bool setDecisions(const std::vector<std::pair<qint64, MeetingDecision>> &decisions,
                      QString *error);
    /// Where meeting mode stopped and under which filter, so it resumes there with the same
    /// numbering. Not audited: it is not a decision.
    bool setResumeSlide(qint64 meetingId, const QString &slideKey, bool behindOnly, QString *error);
    /// Records who chaired, attended and minuted the meeting (audited per changed field).
    bool setParticipants(qint64 meetingId, const MeetingParticipants &participants, QString *error);

signals:
    void meetingAdded(qint64 meetingId);
    void meetingRemoved(qint64 meetingId);
    /// The meeting's own fields changed (its participants).
    void meetingChanged(qint64 meetingId);
    void itemChanged(qint64 meetingId, qint64 itemId);

private:
    /// Whether there is an open file to work on; when not, *error (if given) says so.
    bool ready(QString *error) const;
    std::vector<EarlierDecision> earlierDecisions(const char *column, qint64 id, int limit,
                                                  QString *error) const;
    /// Writes one item's decision with its audit rows inside the caller's transaction; false
    /// when unchanged (*changed) is left false.
    bool writeDecision(const MeetingItem &old, const MeetingDecision &decision, bool *changed,
                       QString *error);

    QPointer<PlanStore> m_store;
};

} // namespace pd
