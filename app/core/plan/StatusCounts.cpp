#include "plan/StatusCounts.h"

#include <algorithm>

namespace pd {

void StatusCounts::add(const ProgressRules::Evaluation &evaluation)
{
    increment(evaluation.status);
    if (evaluation.progress) {
        progressSum += std::clamp(*evaluation.progress, 0.0, 1.0);
        ++progressCount;
    }
}

void StatusCounts::add(const StatusCounts &other)
{
    for (Status status : StatusStyle::all)
        m_byStatus[std::size_t(status)] += other.count(status);
    indicators += other.indicators;
    progressSum += other.progressSum;
    progressCount += other.progressCount;
}

void StatusCounts::increment(Status status, int n)
{
    m_byStatus[std::size_t(status)] += n;
    indicators += n;
}

std::array<StatusCounts::Entry, StatusCounts::StatusCount> StatusCounts::entries() const
{
    std::array<Entry, StatusCount> result{};
    for (std::size_t i = 0; i < StatusCount; ++i)
        result[i] = {StatusStyle::all[i], count(StatusStyle::all[i])};
    return result;
}

std::optional<double> StatusCounts::completion() const
{
    if (progressCount == 0)
        return std::nullopt;
    return progressSum / progressCount;
}

Status StatusCounts::completionStatus(double expected) const
{
    const std::optional<double> mean = completion();
    return mean ? ProgressRules::statusOfShare(*mean, expected) : Status::NoData;
}

std::optional<double> StatusCounts::reportingRate() const
{
    if (indicators == 0)
        return std::nullopt;
    return double(reported()) / double(indicators);
}

} // namespace pd
