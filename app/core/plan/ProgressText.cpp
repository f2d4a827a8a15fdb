#include "plan/ProgressText.h"

#include "report/ReportLabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pd {
namespace {

// In the sheets' language when printing, else in the window's.
QString tr(const ReportLabels *labels, const char *text)
{
    return labels ? labels->translate("ProgressText", text)
                  : QCoreApplication::translate("ProgressText", text);
}

// A gap is shown to one decimal for rates and at the figure's own precision otherwise.
QString gapNumber(const Indicator &indicator, double gap)
{
    const double magnitude = std::abs(gap);
    if (ProgressRules::isRateUnit(indicator.unit))
        return ProgressText::number(std::round(magnitude * 100) / 100);
    return ProgressText::number(magnitude);
}

QString withUnit(const Indicator &indicator, const QString &amount, const ReportLabels *labels)
{
    const QString unit = ProgressText::gapUnit(indicator, labels);
    if (unit.isEmpty())
        return amount;
    return amount + QLatin1Char(' ') + unit;
}

} // namespace

QString ProgressText::number(double value)
{
    // Figures read as the report writes them: 1000, not 1,000.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

QString ProgressText::valueWithUnit(const Indicator &indicator, double value)
{
    const QString unit = indicator.unit.trimmed();
    if (unit.isEmpty())
        return number(value);
    // "%" sticks to the number; words (万亿元, 个百分点) get a space as the app shows targets.
    if (unit.startsWith(QLatin1Char('%')) || unit.startsWith(QStringLiteral("％")))
        return number(value) + unit;
    return number(value) + QLatin1Char(' ') + unit;
}

QString ProgressText::percent(double share)
{
    return ReportLabels::percent(share);
}

QString ProgressText::gapUnit(const Indicator &indicator, const ReportLabels *labels)
{
    if (ProgressRules::isRateUnit(indicator.unit))
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "percentage points"));
    return indicator.unit.trimmed();
}

QString ProgressText::gap(const Indicator &indicator, const ProgressRules::Evaluation &evaluation,
                          double actual, const ReportLabels *labels)
{
    if (!evaluation.gap)
        return {};
    const QString value = valueWithUnit(indicator, actual);
    const double g = *evaluation.gap;
    const QString amount = withUnit(indicator, gapNumber(indicator, g), labels);
    if (ProgressRules::isUpperBound(indicator)) {
        if (g <= 1e-9)
            return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1, within the %2 cap"))
                .arg(value, valueWithUnit(indicator, indicator.target));
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1, %2 over the cap"))
            .arg(value, amount);
    }
    if (std::abs(g) <= 1e-9)
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1, at the target")).arg(value);
    if (g < 0)
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1, %2 below the target"))
            .arg(value, amount);
    return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1, %2 above the target"))
        .arg(value, amount);
}

QString ProgressText::shortGap(const Indicator &indicator,
                               const ProgressRules::Evaluation &evaluation,
                               const ReportLabels *labels)
{
    if (!evaluation.gap)
        return {};
    const double g = *evaluation.gap;
    const bool rate = ProgressRules::isRateUnit(indicator.unit);
    const QString amount = gapNumber(indicator, g);
    if (ProgressRules::isUpperBound(indicator) && g <= 1e-9)
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "within cap"));
    if (std::abs(g) <= 1e-9)
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "at target"));
    if (g < 0)
        return rate ? tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1 pp below")).arg(amount)
                    : tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1 below"))
                          .arg(withUnit(indicator, amount, labels));
    if (ProgressRules::isUpperBound(indicator))
        return rate ? tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1 pp over")).arg(amount)
                    : tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1 over"))
                          .arg(withUnit(indicator, amount, labels));
    return rate ? tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1 pp above")).arg(amount)
                : tr(labels, QT_TRANSLATE_NOOP("ProgressText", "%1 above"))
                      .arg(withUnit(indicator, amount, labels));
}

QString ProgressText::completion(const Indicator &indicator,
                                 const ProgressRules::Evaluation &evaluation,
                                 const ReportLabels *labels)
{
    if (evaluation.progress)
        return percent(*evaluation.progress);
    return shortGap(indicator, evaluation, labels);
}

QString ProgressText::projection(const ProgressRules::Evaluation &evaluation,
                                 const ReportLabels *labels)
{
    if (!evaluation.projection)
        return {};
    return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "At this pace about %1 by year end"))
        .arg(percent(*evaluation.projection));
}

QString ProgressText::projectionShort(const ProgressRules::Evaluation &evaluation,
                                      const ReportLabels *labels)
{
    if (!evaluation.projection)
        return {};
    return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "≈%1 by year end"))
        .arg(percent(*evaluation.projection));
}

QString ProgressText::reported(const StatusCounts &counts, const ReportLabels *labels)
{
    return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "reported %1/%2"))
        .arg(counts.reported())
        .arg(counts.indicators);
}

QString ProgressText::meanCompletion(const StatusCounts &counts, const ReportLabels *labels)
{
    if (const auto mean = counts.completion())
        return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "mean completion of reported %1"))
            .arg(percent(*mean));
    return tr(labels, QT_TRANSLATE_NOOP("ProgressText", "no completion yet"));
}

} // namespace pd
