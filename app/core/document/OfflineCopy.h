#pragma once

#include "meeting/MeetingTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pd {

class PlanStore;

/// A data file holding the whole state of another store (a server, or another file) for a
/// laptop taken to a meeting with no network (File → Take Offline Copy…), and the way back for
/// what the meeting decided (File → Send Meeting Decisions…).
///
/// The copy is an ordinary data file: every table row for row with the same ids, and three
/// settings saying where it came from, when, and what every meeting item's decision (and each
/// meeting's participants) were at that moment: the baseline. Sending compares each decision of
/// the copy with its baseline (changed offline?) and with the other store's current one
/// (changed there meanwhile?): a decision changed offline only is sent; one changed on both
/// sides to different words is a conflict, listed and not sent, so nobody's decision is
/// silently overwritten. Meetings created in the copy are added there as new meetings. After a
/// send the baseline moves to what was sent, so sending again sends nothing twice.
class OfflineCopy
{
    Q_DECLARE_TR_FUNCTIONS(pd::OfflineCopy)
public:
    /// The tables copied, parents before children.
    static QStringList tables();

    /// Writes the copy at path (replacing a file there only once the copy is whole). source
    /// names the store as the user knows it (a server's address, a file's path), for the
    /// send back.
    static bool write(const PlanStore &from, const QString &source, const QString &path,
                      QString *error);

    /// Whether a store is an offline copy, and of what (empty when it is not one).
    static QString sourceOf(const PlanStore &store);
    static QDateTime takenAt(const PlanStore &store);

    /// One decision that would go back.
    struct Change
    {
        qint64 copyItemId = 0;
        qint64 targetItemId = 0; ///< 0 for an item of a meeting created offline
        QString meeting;         ///< the meeting's title
        QString code;            ///< the indicator's or task's code
        MeetingDecision before;  ///< on the other side now
        MeetingDecision after;   ///< taken offline
    };
    /// What a send finds, before or after sending.
    struct Outcome
    {
        std::vector<Change> sent;      ///< changed offline only
        std::vector<Change> conflicts; ///< changed on both sides, differently: not sent
        int alreadyThere = 0;          ///< changed offline to what the other side holds too
        int participantChanges = 0;    ///< meetings whose participants go back
        QStringList newMeetings;       ///< created offline: added there
        QStringList missing;           ///< meetings the other side no longer has
        bool nothingToSend() const
        {
            return sent.empty() && participantChanges == 0 && newMeetings.isEmpty();
        }
        /// One line per part, for the command line and the window, translated.
        QStringList summary() const;
    };

    /// Compares the copy with the other store; nothing is written.
    static std::optional<Outcome> compare(const PlanStore &copy, const PlanStore &target,
                                          QString *error);
    /// Sends what compare() finds (the decisions in one transaction, each new meeting in one),
    /// then moves the copy's baseline to what was sent.
    static std::optional<Outcome> send(PlanStore &copy, PlanStore &target, QString *error);
};

} // namespace pd
