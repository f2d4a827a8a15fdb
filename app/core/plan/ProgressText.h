#pragma once

#include "plan/PlanTypes.h"
#include "plan/ProgressRules.h"
#include "plan/StatusCounts.h"

#include <QString>

namespace pd {

class ReportLabels;

/// The words and figures every view uses for progress, in the user's language: the gap of a
/// bound target in its own terms, the completion of a share target, the year-end projection,
/// and a group's 填报率. Tree, panes, charts, PDF and meeting slides all take them from here;
/// with labels they come out in the printed sheets' language, else in the window's.
class ProgressText
{
public:
    /// "6.2%, 0.8 percentage points below the target" / "6.2%，低于目标 0.8 个百分点";
    /// "5.3%, within the 5.5% cap" / "5.3%，在 5.5% 控制线内". Empty without a figure.
    static QString gap(const Indicator &indicator, const ProgressRules::Evaluation &evaluation,
                       double actual, const ReportLabels *labels = nullptr);
    /// The gap alone, short enough for a table cell: "−0.8 pp" / "低0.8个百分点",
    /// "within cap" / "控制线内".
    static QString shortGap(const Indicator &indicator, const ProgressRules::Evaluation &evaluation,
                            const ReportLabels *labels = nullptr);
    /// What the completion column shows: "45%" for a share, the short gap for a bound.
    static QString completion(const Indicator &indicator,
                              const ProgressRules::Evaluation &evaluation,
                              const ReportLabels *labels = nullptr);
    /// "At this pace about 92% by year end" / "按当前进度，年底约 92%"; empty without one.
    static QString projection(const ProgressRules::Evaluation &evaluation,
                              const ReportLabels *labels = nullptr);
    /// The same for a table cell: "≈92% by year end" / "年底约 92%".
    static QString projectionShort(const ProgressRules::Evaluation &evaluation,
                                   const ReportLabels *labels = nullptr);
    /// "reported 1/13" / "已填报 1/13".
    static QString reported(const StatusCounts &counts, const ReportLabels *labels = nullptr);
    /// "mean completion of reported 51%" / "已填报指标平均完成率 51%", or "no completion yet".
    static QString meanCompletion(const StatusCounts &counts, const ReportLabels *labels = nullptr);
    /// "45%": a share as a whole percentage.
    static QString percent(double share);
    /// The unit a gap is counted in: "percentage points" for rates, else the target's unit.
    static QString gapUnit(const Indicator &indicator, const ReportLabels *labels = nullptr);
    /// A number as the report writes it (no group separators).
    static QString number(double value);
    /// "1.3 万亿元", "6%": a value with the indicator's unit, as messages write it.
    static QString valueWithUnit(const Indicator &indicator, double value);
};

} // namespace pd
