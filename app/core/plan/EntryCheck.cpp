#include "plan/EntryCheck.h"

#include "plan/ProgressRules.h"
#include "plan/ProgressText.h"

#include <QCoreApplication>

#include <cmath>

namespace pd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EntryCheck", text);
}

} // namespace

std::vector<EntryCheck::Problem> EntryCheck::check(const Indicator &indicator, double value,
                                                   const QDate &date,
                                                   const std::vector<Measurement> &history,
                                                   qint64 editingId)
{
    std::vector<Problem> problems;
    const QString figure = ProgressText::number(value);
    const QString target = ProgressText::valueWithUnit(indicator, indicator.target);
    const bool amount =
        indicator.kind == IndicatorKind::Count || indicator.kind == IndicatorKind::Level;
    if (amount && value < 0) {
        problems.push_back(
            {Rule::Negative, tr("%1 is below zero; the target is %2.").arg(figure, target)});
    } else if (amount && indicator.target > 0 && value > MaxTimesTarget * indicator.target) {
        problems.push_back(
            {Rule::TooLarge, tr("%1 is more than ten times the target of %2; is the unit right?")
                                 .arg(figure, target)});
    }
    if (!amount && ProgressRules::isRateUnit(indicator.unit) && std::abs(value) > MaxRatePoints) {
        problems.push_back({Rule::RateOutOfRange,
                            tr("%1 is beyond ±100 percentage points for a rate; the target is %2.")
                                .arg(figure, target)});
    }

    const Measurement *before = nullptr;
    const Measurement *sameDay = nullptr;
    for (const Measurement &m : history) {
        if (m.id == editingId && editingId != 0)
            continue;
        if (m.date == date)
            sameDay = &m;
        else if (m.date < date && (!before || m.date > before->date))
            before = &m;
    }
    if (indicator.kind == IndicatorKind::Count && indicator.comparator != Comparator::AtMost &&
        before && value < before->value) {
        problems.push_back(
            {Rule::Decreasing,
             tr("%1 is lower than %2 recorded on %3, but this figure only grows through the year.")
                 .arg(figure, ProgressText::valueWithUnit(indicator, before->value),
                      before->date.toString(Qt::ISODate))});
    }
    if (sameDay) {
        problems.push_back({Rule::SameDate,
                            tr("%1 already has a figure: %2.")
                                .arg(date.toString(Qt::ISODate),
                                     ProgressText::valueWithUnit(indicator, sameDay->value)),
                            sameDay->id});
    }
    return problems;
}

} // namespace pd
