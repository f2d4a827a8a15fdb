#pragma once

#include "plan/PlanTypes.h"

#include <QString>

#include <utility>
#include <vector>

namespace pd {

/// A report's parts as the outliner found them: nodes in report order, each with the stretches of
/// text whose targets belong to it, plus where the review of last year is.
struct ReportOutline
{
    struct Node
    {
        int parent = -1;
        NodeKind kind = NodeKind::Section;
        int ordinal = 0;
        QString title;                          ///< verbatim from the source
        std::vector<std::pair<int, int>> texts; ///< [start, end) offsets holding its targets
    };
    std::vector<Node> nodes;
    std::vector<std::pair<int, int>> review; ///< the review of last year (for baselines)
    QString government;                      ///< 成都市
    int year = 0;                            ///< the plan's year
    int areaCount = 0;
};

/// Finds the structure of a government work report: the review of last year, the main expected
/// targets, the numbered work areas and their sections, the government's self-building part and
/// the livelihood projects; leaves out the page around it (navigation, comments, glossary).
class ReportOutliner
{
public:
    /// source and normalized have the same length (see TextNormalizer).
    static ReportOutline outline(const QString &source, const QString &normalized);
};

} // namespace pd
