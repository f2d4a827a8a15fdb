#pragma once

#include "plan/ProgressRules.h"

#include <array>
#include <optional>

namespace pd {

/// A roll-up over a group of indicators (plan, part, area, section, category): how many there
/// are, how many have reported a figure (填报率), how many are in each status, and the mean
/// completion over the reported share-measured ones (bound targets have no completion share).
struct StatusCounts
{
    std::array<int, 5> counts{}; ///< indexed by Status, in StatusStyle::all order
    int indicators = 0;
    double progressSum = 0; ///< each share-measured indicator's progress clamped to 0…1
    int progressCount = 0;  ///< reported share-measured indicators

    void add(const ProgressRules::Evaluation &evaluation);
    void add(const StatusCounts &other);
    int count(Status status) const { return counts[std::size_t(status)]; }
    /// Indicators with a figure on or before the as-of date.
    int reported() const { return indicators - count(Status::NoData); }
    /// Mean completion (0…1) of the reported share-measured indicators; none without any.
    std::optional<double> completion() const;
    /// Reported ÷ indicators (0…1); none for an empty group.
    std::optional<double> reportingRate() const;
};

} // namespace pd
