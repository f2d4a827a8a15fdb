#pragma once

#include "plan/PlanTypes.h"

#include <QDate>
#include <QString>

#include <vector>

namespace pd {

/// Checks a figure before it counts, for the window, `record` and every import path alike.
/// Each problem names its rule and says, in the user's language, what looks wrong; the caller
/// asks the user (window) or refuses unless forced (command line).
class EntryCheck
{
public:
    /// A count or level figure above this many times its target is most likely a typo in the
    /// unit (11000 for 1.3 万亿元).
    static constexpr double MaxTimesTarget = 10.0;
    /// A rate (%, 个百分点) beyond this many points either side of zero cannot be a real rate.
    static constexpr double MaxRatePoints = 100.0;

    enum class Rule
    {
        TooLarge,       ///< more than MaxTimesTarget × the target (count, level)
        Negative,       ///< under 0 (count, level)
        RateOutOfRange, ///< a growth or cap rate beyond ±MaxRatePoints
        Decreasing,     ///< a cumulative count lower than the figure before it
        SameDate,       ///< another figure on the same date (offer to replace it)
    };

    struct Problem
    {
        Rule rule;
        QString message;       ///< one sentence naming the figure, the target and its unit
        qint64 existingId = 0; ///< SameDate: the figure already on that date
    };

    /// Problems with recording value on date for an indicator that already has history.
    /// editingId is the figure being edited (left out of the comparison), 0 for a new one.
    static std::vector<Problem> check(const Indicator &indicator, double value, const QDate &date,
                                      const std::vector<Measurement> &history,
                                      qint64 editingId = 0);
};

} // namespace pd
