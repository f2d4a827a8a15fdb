#pragma once

#include <Qt>

namespace pd {

/// Custom roles of the plan tree model, one list for every view and test.
enum PlanRole
{
    ItemTypeRole = Qt::UserRole + 1, ///< PlanItemType as int
    NodeIdRole,                      ///< qint64 node id (0 for indicators)
    IndicatorIdRole,                 ///< qint64 indicator id (0 for nodes)
    CodeRole,                        ///< indicator code
    TargetRole,                      ///< double target value
    ActualRole,                      ///< double actual, or invalid when no data
    ActualDateRole,                  ///< QDate of the actual
    ProgressRole,                    ///< double progress (1.0 = 100 %), or invalid
    ExpectedRole,                    ///< double 序时进度 at the as-of date
    StatusRole,                      ///< pd::Status as int (indicators only)
    StatusCountsRole,                ///< QVariantList of 5 ints in StatusStyle::all order
    PartRole,                        ///< pd::PlanPart as int
    SnippetRole,                     ///< source snippet
    SearchTextRole,                  ///< what the search field matches: code, name, snippet
};

enum class PlanItemType
{
    Node = 1,
    Indicator = 2
};

} // namespace pd
