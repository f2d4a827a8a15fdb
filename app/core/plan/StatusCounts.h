#pragma once

#include "plan/ProgressRules.h"
#include "plan/StatusStyle.h"

#include <array>
#include <cstddef>
#include <iterator>
#include <optional>

namespace pd {

/// A roll-up over a group of indicators (plan, part, area, section, category): how many there
/// are, how many have reported a figure (填报率), how many are in each status, and the mean
/// completion over the reported share-measured ones (bound targets have no completion share).
/// Counts are read by status only (count(), entries()), never by position.
struct StatusCounts
{
    static constexpr std::size_t StatusCount = std::size(StatusStyle::all);

    /// One status and its count, as entries() lists them.
    struct Entry
    {
        Status status;
        int count;
    };

    int indicators = 0;     ///< always the sum of the per-status counts
    double progressSum = 0; ///< each share-measured indicator's progress clamped to 0…1
    int progressCount = 0;  ///< reported share-measured indicators

    void add(const ProgressRules::Evaluation &evaluation);
    void add(const StatusCounts &other);
    /// Counts n more indicators in status (no completion: frozen or status-only tallies).
    void increment(Status status, int n = 1);
    int count(Status status) const { return m_byStatus[std::size_t(status)]; }
    /// Every status with its count, in display order (StatusStyle::all).
    std::array<Entry, StatusCount> entries() const;
    /// Indicators with a figure on or before the as-of date.
    int reported() const { return indicators - count(Status::NoData); }
    /// Mean completion (0…1) of the reported share-measured indicators; none without any.
    std::optional<double> completion() const;
    /// The status of the group's mean against expected (a group's bar colour); no data
    /// without a mean.
    Status completionStatus(double expected) const;
    /// Reported ÷ indicators (0…1); none for an empty group.
    std::optional<double> reportingRate() const;

private:
    std::array<int, StatusCount> m_byStatus{}; ///< indexed by Status value
};

} // namespace pd
