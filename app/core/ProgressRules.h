#pragma once

#include "PlanTypes.h"

#include <QDate>

#include <optional>

namespace pd {

/// Progress and status of an indicator at an as-of date: pure functions, nothing stored.
///
/// The rules, in one place:
/// - 序时进度 (expected share) = days of the plan year elapsed up to and including the as-of
///   date ÷ days in the year; 0 before the year, 1 after it.
/// - count: progress = actual ÷ target. Done at progress ≥ 1; on track at progress ≥ expected;
///   slightly behind within SlightlyBehindMargin of expected; behind below that.
/// - level: progress = (actual − baseline) ÷ (target − baseline), baseline 0 when unknown;
///   then as count. A level already at or past the target is done.
/// - growth: actual is the rate so far this year. progress = actual ÷ target. Meeting the
///   bound (≥, =; ≈ within ApproxTolerance of the target) is on track, and done when the
///   measurement is dated on or after the plan's last day; falling short by no more than
///   SlightlyBehindMargin of the target is slightly behind; more is behind.
/// - cap: meeting the bound (actual ≤ target, ≈ within ApproxTolerance) is on track (done from
///   the last day of the year); exceeding it by no more than SlightlyBehindMargin of the target
///   is slightly behind; more is behind. progress = 1 within the cap, target ÷ actual above it.
/// - no measurement on or before the as-of date: no data, no progress.
class ProgressRules
{
public:
    /// How far below 序时进度 (in progress points) or how far off a bound (relative to the
    /// target) still counts as "slightly behind" rather than "behind".
    static constexpr double SlightlyBehindMargin = 0.10;
    /// How far from the target (relative) an "about" (左右) target may be and still be met.
    static constexpr double ApproxTolerance = 0.05;

    struct Evaluation
    {
        std::optional<double> progress; ///< 1.0 = 100 %
        Status status = Status::NoData;
        double expected = 0; ///< 序时进度 at the as-of date
    };

    /// 序时进度 of a plan year at a date.
    static double expectedShare(int planYear, const QDate &asOf);

    /// Status of a share of work done against 序时进度 (the count rule); groups use it on
    /// their mean progress.
    static Status statusOfShare(double progress, double expected);

    /// The rule for one indicator given its actual (the latest measurement on or before asOf).
    static Evaluation evaluate(const Indicator &indicator, int planYear, const QDate &asOf,
                               std::optional<double> actual, const QDate &actualDate = {});
};

} // namespace pd
