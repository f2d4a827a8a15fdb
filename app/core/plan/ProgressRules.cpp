#include "plan/ProgressRules.h"

#include <algorithm>
#include <cmath>

namespace pd {
namespace {

// Ratios such as 40 ÷ 100 against 0.5 − 0.1 must compare as the arithmetic says.
constexpr double Epsilon = 1e-9;

double baseOf(const Indicator &indicator)
{
    return indicator.kind == IndicatorKind::Level ? indicator.baseline.value_or(0.0) : 0.0;
}

double shareOfWay(const Indicator &indicator, double value)
{
    const double base = baseOf(indicator);
    const double span = indicator.target - base;
    if (std::abs(span) > 1e-12)
        return (value - base) / span;
    // Target equal to the start: reached unless the value went the wrong way.
    return value >= base - Epsilon ? 1.0 : 0.0;
}

// The planned value at a date through the curve, from (1 Jan, base) to (31 Dec, target).
double curveValue(const Indicator &indicator, int planYear, const QDate &asOf)
{
    std::vector<PlanPoint> points;
    const QDate first(planYear, 1, 1);
    const QDate last(planYear, 12, 31);
    points.push_back({first.addDays(-1), baseOf(indicator)});
    for (const PlanPoint &p : indicator.planCurve) {
        if (p.date.isValid() && p.date.year() == planYear)
            points.push_back(p);
    }
    std::sort(points.begin(), points.end(),
              [](const PlanPoint &a, const PlanPoint &b) { return a.date < b.date; });
    if (points.back().date < last)
        points.push_back({last, indicator.target});
    if (asOf <= points.front().date)
        return points.front().value;
    for (std::size_t i = 1; i < points.size(); ++i) {
        if (asOf <= points[i].date) {
            const PlanPoint &a = points[i - 1];
            const PlanPoint &b = points[i];
            const double t =
                double(a.date.daysTo(asOf)) / double(std::max<qint64>(1, a.date.daysTo(b.date)));
            return a.value + (b.value - a.value) * t;
        }
    }
    return points.back().value;
}

} // namespace

ProgressRules::Measure ProgressRules::measureOf(const Indicator &indicator)
{
    switch (indicator.kind) {
    case IndicatorKind::Count:
        return indicator.comparator == Comparator::AtMost ? Measure::Bound : Measure::Share;
    case IndicatorKind::Level:
        return indicator.baseline ? Measure::Share : Measure::Bound;
    case IndicatorKind::Growth:
    case IndicatorKind::Cap:
        break;
    }
    return Measure::Bound;
}

bool ProgressRules::isUpperBound(const Indicator &indicator)
{
    return indicator.kind == IndicatorKind::Cap || indicator.comparator == Comparator::AtMost;
}

bool ProgressRules::isRateUnit(const QString &unit)
{
    const QString u = unit.trimmed();
    return u == QLatin1String("%") || u == QStringLiteral("％") ||
           u == QStringLiteral("个百分点") || u == QStringLiteral("百分点");
}

Status ProgressRules::statusOfShare(double progress, double expected)
{
    if (progress >= 1.0 - Epsilon)
        return Status::Done;
    if (progress >= expected - Epsilon)
        return Status::OnTrack;
    if (progress >= expected - SlightlyBehindMargin - Epsilon)
        return Status::SlightlyBehind;
    return Status::Behind;
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

double ProgressRules::expectedShare(const Indicator &indicator, int planYear, const QDate &asOf)
{
    if (indicator.planCurve.empty() || !asOf.isValid())
        return expectedShare(planYear, asOf);
    return shareOfWay(indicator, curveValue(indicator, planYear, asOf));
}

double ProgressRules::expectedValue(const Indicator &indicator, int planYear, const QDate &asOf)
{
    if (!indicator.planCurve.empty() && asOf.isValid())
        return curveValue(indicator, planYear, asOf);
    const double base = baseOf(indicator);
    return base + (indicator.target - base) * expectedShare(planYear, asOf);
}

ProgressRules::Evaluation ProgressRules::evaluate(const Indicator &indicator, int planYear,
                                                  const QDate &asOf, std::optional<double> actual,
                                                  const QDate &actualDate)
{
    Evaluation result;
    result.measure = measureOf(indicator);
    result.expected = result.measure == Measure::Share ? expectedShare(indicator, planYear, asOf)
                                                       : expectedShare(planYear, asOf);
    if (result.measure == Measure::Share)
        result.expectedValue = expectedValue(indicator, planYear, asOf);
    if (!actual)
        return result;
    const double value = *actual;

    if (result.measure == Measure::Share) {
        result.progress = shareOfWay(indicator, value);
        result.status = statusOfShare(*result.progress, result.expected);
        return result;
    }

    // Bound measures: the value against the bound at every date, in the target's own terms.
    result.gap = value - indicator.target;
    const bool rate = isRateUnit(indicator.unit);
    const double scale = std::abs(indicator.target) > 1e-9 ? std::abs(indicator.target) : 1.0;
    const bool upper = isUpperBound(indicator);
    const double off = upper ? value - indicator.target : indicator.target - value;
    double tolerance = 0;
    if (indicator.comparator == Comparator::About)
        tolerance = rate ? ApproxTolerancePoints : ApproxTolerance * scale;
    const double miss = std::max(0.0, off - tolerance);
    const double slight = rate ? SlightlyBehindPoints : SlightlyBehindMargin * scale;
    const QDate yearEnd(planYear, 12, 31);
    if (miss <= Epsilon)
        result.status =
            actualDate.isValid() && actualDate >= yearEnd ? Status::Done : Status::OnTrack;
    else if (miss <= slight + Epsilon)
        result.status = Status::SlightlyBehind;
    else
        result.status = Status::Behind;
    return result;
}

const Measurement *ProgressRules::latest(const std::vector<Measurement> &history, const QDate &asOf)
{
    const Measurement *latest = nullptr;
    for (const Measurement &m : history) {
        if (m.date <= asOf &&
            (!latest || m.date > latest->date || (m.date == latest->date && m.id > latest->id)))
            latest = &m;
    }
    return latest;
}

ProgressRules::Evaluation ProgressRules::evaluate(const Indicator &indicator, int planYear,
                                                  const QDate &asOf,
                                                  const std::vector<Measurement> &history)
{
    const Measurement *latest = ProgressRules::latest(history, asOf);
    Evaluation result = evaluate(indicator, planYear, asOf,
                                 latest ? std::optional<double>(latest->value) : std::nullopt,
                                 latest ? latest->date : QDate());
    result.projection = projection(indicator, planYear, asOf, history);
    return result;
}

std::optional<double> ProgressRules::projection(const Indicator &indicator, int planYear,
                                                const QDate &asOf,
                                                const std::vector<Measurement> &history)
{
    if (indicator.kind != IndicatorKind::Count || measureOf(indicator) != Measure::Share)
        return std::nullopt;
    const Measurement *latest = nullptr;
    int figures = 0;
    for (const Measurement &m : history) {
        if (m.date > asOf || m.date.year() != planYear)
            continue;
        ++figures;
        if (!latest || m.date > latest->date || (m.date == latest->date && m.id > latest->id))
            latest = &m;
    }
    if (!latest)
        return std::nullopt;
    return projection(indicator, planYear, *latest, figures);
}

std::optional<double> ProgressRules::projection(const Indicator &indicator, int planYear,
                                                const Measurement &latestThisYear,
                                                int figuresThisYear)
{
    if (indicator.kind != IndicatorKind::Count || measureOf(indicator) != Measure::Share ||
        figuresThisYear < 2 || latestThisYear.date.year() != planYear)
        return std::nullopt;
    const Measurement *latest = &latestThisYear;
    // The pace so far: what was done by the latest figure's date against what was expected
    // by then; kept up, the year ends at that share of the target.
    const double expectedThen = expectedShare(indicator, planYear, latest->date);
    if (expectedThen <= Epsilon)
        return std::nullopt;
    return shareOfWay(indicator, latest->value) / expectedThen;
}

} // namespace pd
