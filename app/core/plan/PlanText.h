#pragma once

#include "plan/PlanTypes.h"

#include <QString>

namespace pd {

/// How the plan's own parts are written: a target with its comparator and a node's label with
/// its number, as the report writes them. Tree, panes, PDF, minutes and meeting slides all take
/// them from here (numbers and values with units come from ProgressText).
class PlanText
{
public:
    /// Text shown for a target: "≥500 家", "≈6%", "≤5.5%".
    static QString target(const Indicator &indicator);
    /// The plain label of a node: "（三）科技创新…", "12. 税费优惠支持".
    static QString nodeLabel(const PlanNode &node);
};

} // namespace pd
