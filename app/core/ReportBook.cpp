#include "ReportBook.h"

#include <algorithm>

namespace pd {

void ReportTally::add(const ProgressRules::Evaluation &evaluation)
{
    ++indicators;
    ++counts[std::size_t(evaluation.status)];
    if (evaluation.progress) {
        progressSum += std::clamp(*evaluation.progress, 0.0, 1.0);
        ++progressCount;
    }
}

std::optional<double> ReportTally::completion() const
{
    if (progressCount == 0)
        return std::nullopt;
    return progressSum / progressCount;
}

} // namespace pd
