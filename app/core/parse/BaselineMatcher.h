#pragma once

#include "plan/PlanTypes.h"
#include "parse/TargetExtractor.h"

#include <vector>

namespace pd {

/// Gives plan indicators last year's figure for the same measure, as the report's review states
/// it ("城镇新增就业26.4万人" for "城镇新增就业人数不少于23万人"). Conservative: the unit and the
/// sort of figure (a growth rate or not) must agree, "新增/新建" must agree, and the names must be
/// the same or nearly so once verbs and fillers are set aside.
class BaselineMatcher
{
public:
    static void attach(const std::vector<ExtractedTarget> &review,
                       std::vector<ParsedPlan::Item> *items);

    /// How alike two names are, 0..1 (exposed for tests).
    static double similarity(const QString &a, const QString &b);
};

} // namespace pd
