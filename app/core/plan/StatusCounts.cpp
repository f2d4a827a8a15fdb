#include "plan/StatusCounts.h"

#include <algorithm>

namespace pd {

void StatusCounts::add(const ProgressRules::Evaluation &evaluation)
{
    ++indicators;
    ++counts[std::size_t(evaluation.status)];
    if (evaluation.progress) {
        progressSum += std::clamp(*evaluation.progress, 0.0, 1.0);
        ++progressCount;
    }
}

void StatusCounts::add(const StatusCounts &other)
{
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += other.counts[i];
    indicators += other.indicators;
    progressSum += other.progressSum;
    progressCount += other.progressCount;
}

std::optional<double> StatusCounts::completion() const
{
    if (progressCount == 0)
        return std::nullopt;
    return progressSum / progressCount;
}

std::optional<double> StatusCounts::reportingRate() const
{
    if (indicators == 0)
        return std::nullopt;
    return double(reported()) / double(indicators);
}

} // namespace pd
