#pragma once

#include "plan/PlanTypes.h"

#include <QDate>

#include <optional>
#include <vector>

namespace pd {

/// Progress and status of an indicator at an as-of date: pure functions, nothing stored.
///
/// One rule per kind of target (the README's "Statuses" table says the same):
/// - count (≥, ≈, =) and level with a baseline are judged by share: progress = actual ÷ target,
///   or (actual − baseline) ÷ (target − baseline), against expected by now.
/// - growth, cap, count ≤ and level without a baseline are judged by the bound itself at every
///   date: no completion share and no 序时进度, but the gap (actual − target); met is on
///   track (done only with a figure dated on or after 31 December), a small miss is slightly
///   behind, more is behind.
/// - Expected by now (share measures) is 序时进度 (days elapsed ÷ days in the year), or, when
///   the indicator has a plan curve, the planned value interpolated at the date (from the
///   baseline, or 0, on 1 January to the target on 31 December unless the curve says otherwise).
/// - Share measures: done at progress ≥ 1; on track at progress ≥ expected; slightly behind
///   within SlightlyBehindMargin (progress points) of expected; behind below that.
/// - Bound measures: the gap is actual − target in the target's own unit (percentage points
///   for rates, i.e. units "%" and "个百分点"). ≈ (左右) allows ApproxTolerancePoints for
///   rates, ApproxTolerance (relative) otherwise; "slightly behind" is a miss of at most
///   SlightlyBehindPoints for rates, SlightlyBehindMargin (relative) otherwise.
/// - No measurement on or before the as-of date: no data.
class ProgressRules
{
public:
    /// Share measures: how far below expected (progress points) is still "slightly behind".
    /// Bounds in other units than rates: how far off the bound, relative to the target.
    static constexpr double SlightlyBehindMargin = 0.10;
    /// ≈ targets in other units than rates: how far from the target (relative) is still met.
    static constexpr double ApproxTolerance = 0.05;
    /// Rates: how many percentage points off the bound is still "slightly behind".
    static constexpr double SlightlyBehindPoints = 1.0;
    /// Rates: how many percentage points from an ≈ target is still met.
    static constexpr double ApproxTolerancePoints = 0.5;

    /// How an indicator is judged.
    enum class Measure
    {
        Share, ///< a share of the target reached, against expected by now
        Bound, ///< the value against the bound, at every date
    };

    struct Evaluation
    {
        Measure measure = Measure::Share;
        std::optional<double> progress; ///< share measures only; 1.0 = 100 %
        Status status = Status::NoData;
        double expected = 0;              ///< share measures: expected share by now
        double expectedValue = 0;         ///< share measures: the value expected by now
        std::optional<double> gap;        ///< bound measures: actual − target, target's unit
        std::optional<double> projection; ///< count: share reached on 31 Dec at this pace
        bool hasExpected() const { return measure == Measure::Share; }
    };

    static Measure measureOf(const Indicator &indicator);
    /// True for an upper limit (cap, or a count "控制在…以内").
    static bool isUpperBound(const Indicator &indicator);
    /// Units whose gaps are percentage points: "%" and "个百分点".
    static bool isRateUnit(const QString &unit);

    /// 序时进度 of a plan year at a date.
    static double expectedShare(int planYear, const QDate &asOf);
    /// Expected share by now for a share measure: the plan curve where there is one, else
    /// 序时进度.
    static double expectedShare(const Indicator &indicator, int planYear, const QDate &asOf);
    /// The value expected by now for a share measure (baseline + share of the way).
    static double expectedValue(const Indicator &indicator, int planYear, const QDate &asOf);

    /// Status of a share of work done against an expected share (the share rule).
    static Status statusOfShare(double progress, double expected);

    /// The figure that counts at asOf: the latest on or before it (the later entry on a tie).
    static const Measurement *latest(const std::vector<Measurement> &history, const QDate &asOf);
    /// The rule for one indicator given its actual (the latest measurement on or before asOf).
    static Evaluation evaluate(const Indicator &indicator, int planYear, const QDate &asOf,
                               std::optional<double> actual, const QDate &actualDate = {});
    /// The same, with the year-end projection from the figures (any order) on or before asOf.
    static Evaluation evaluate(const Indicator &indicator, int planYear, const QDate &asOf,
                               const std::vector<Measurement> &history);

    /// Count targets with two or more figures: where the latest figure ends on 31 December at
    /// its pace so far (linear in time from 1 January, or through the plan curve), as a share
    /// of the target.
    static std::optional<double> projection(const Indicator &indicator, int planYear,
                                            const QDate &asOf,
                                            const std::vector<Measurement> &history);
    /// The same from what it depends on: the latest figure of the plan year on or before the
    /// as-of date, and how many figures the year has up to then (two or more is all it asks),
    /// so a reader of many indicators need not read their histories.
    static std::optional<double> projection(const Indicator &indicator, int planYear,
                                            const Measurement &latestThisYear, int figuresThisYear);
};

} // namespace pd
