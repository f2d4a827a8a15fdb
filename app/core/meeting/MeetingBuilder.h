#pragma once

#include "meeting/MeetingTypes.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

class PlanStore;

/// Takes the frozen copy of the figures a new meeting reviews: every part of the plan as it
/// stood at the as-of date, and one item per indicator in scope, in the report's order.
class MeetingBuilder
{
public:
    struct Result
    {
        Meeting meeting;
        std::vector<MeetingItem> items; ///< ids unset; part indexes into meeting.parts
    };

    /// A part of more than this many indicators is charted per group (section, category).
    static constexpr int MaxIndicatorBars = 16;

    /// How many indicators the nodes (none: the whole plan) hold at asOf, reported and behind,
    /// or none (with a translated one-line error) when the store holds no plan.
    static std::optional<MeetingScopeCounts> count(const PlanStore &store, const QDate &asOf,
                                                   const std::vector<qint64> &nodeIds,
                                                   QString *error);

    /// The meeting's snapshot, or none (with a translated one-line error) when the store holds
    /// no plan or no indicator is in scope.
    static std::optional<Result> build(const PlanStore &store, const QString &title,
                                       const QDate &date, const QDate &asOf,
                                       const MeetingScope &scope, QString *error);
};

} // namespace pd
