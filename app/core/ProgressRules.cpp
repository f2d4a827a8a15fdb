#include "ProgressRules.h"

#include <cmath>

namespace pd {
namespace {

// Ratios such as 40 ÷ 100 against 0.5 − 0.1 must compare as the arithmetic says.
constexpr double Epsilon = 1e-9;

Status againstExpected(double progress, double expected)
{
    if (progress >= 1.0 - Epsilon)
        return Status::Done;
    if (progress >= expected - Epsilon)
        return Status::OnTrack;
    if (progress >= expected - ProgressRules::SlightlyBehindMargin - Epsilon)
        return Status::SlightlyBehind;
    return Status::Behind;
}

// How far the actual misses a bound, relative to the target; 0 when the bound is met.
double shortfall(const Indicator &indicator, double actual)
{
    const double target = indicator.target;
    const double scale = std::abs(target) > 1e-9 ? std::abs(target) : 1.0;
    const bool upperBound = indicator.kind == IndicatorKind::Cap;
    if (indicator.comparator == Comparator::About) {
        // 左右: being a little either side is fine; for a rate to reach, more is always fine,
        // for a cap, less is always fine.
        const double off = upperBound ? actual - target : target - actual;
        return std::max(0.0, off / scale - ProgressRules::ApproxTolerance);
    }
    if (upperBound || indicator.comparator == Comparator::AtMost)
        return std::max(0.0, (actual - target) / scale);
    return std::max(0.0, (target - actual) / scale);
}

} // namespace

Status ProgressRules::statusOfShare(double progress, double expected)
{
    return againstExpected(progress, expected);
}

double ProgressRules::expectedShare(int planYear, const QDate &asOf)
{
    const QDate first(planYear, 1, 1);
    const QDate last(planYear, 12, 31);
    if (!asOf.isValid() || asOf < first)
        return 0.0;
    if (asOf >= last)
        return 1.0;
    return double(first.daysTo(asOf) + 1) / double(first.daysTo(last) + 1);
}

ProgressRules::Evaluation ProgressRules::evaluate(const Indicator &indicator, int planYear,
                                                  const QDate &asOf, std::optional<double> actual,
                                                  const QDate &actualDate)
{
    Evaluation result;
    result.expected = expectedShare(planYear, asOf);
    if (!actual)
        return result;
    const double value = *actual;

    switch (indicator.kind) {
    case IndicatorKind::Count: {
        if (indicator.comparator == Comparator::AtMost)
            break; // a count with an upper bound is judged like a cap, below
        const double progress = indicator.target != 0 ? value / indicator.target : 1.0;
        result.progress = progress;
        result.status = againstExpected(progress, result.expected);
        return result;
    }
    case IndicatorKind::Level: {
        const double base = indicator.baseline.value_or(0.0);
        const double span = indicator.target - base;
        double progress = 1.0;
        if (std::abs(span) > 1e-12)
            progress = (value - base) / span;
        else if ((indicator.target >= base && value < base) ||
                 (indicator.target < base && value > base))
            progress = 0.0;
        result.progress = progress;
        result.status = againstExpected(progress, result.expected);
        return result;
    }
    case IndicatorKind::Growth:
    case IndicatorKind::Cap:
        break;
    }

    // Bound targets: growth rates and caps are judged against the bound at every date.
    const bool cap =
        indicator.kind == IndicatorKind::Cap || indicator.comparator == Comparator::AtMost;
    if (cap)
        result.progress = value <= indicator.target || value <= 0 ? 1.0 : indicator.target / value;
    else
        result.progress = indicator.target != 0 ? value / indicator.target : 1.0;

    const double miss = shortfall(indicator, value);
    const QDate yearEnd(planYear, 12, 31);
    if (miss <= Epsilon)
        result.status =
            actualDate.isValid() && actualDate >= yearEnd ? Status::Done : Status::OnTrack;
    else if (miss <= SlightlyBehindMargin + Epsilon)
        result.status = Status::SlightlyBehind;
    else
        result.status = Status::Behind;
    return result;
}

} // namespace pd
