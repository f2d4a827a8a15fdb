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
    SearchTextRole,                  ///< what the search matches (code, name, snippet), case-folded
    IndicatorCountRole,              ///< int: indicators under a group (1 for an indicator)
    ReportedRole,                    ///< int: of them, with a figure on or before the as-of date
    BarRole,       ///< double 0…1: how full the completion bar is drawn, or invalid for none
    BarMarkRole,   ///< double 0…1: where the "expected by now" tick goes, or invalid for none
    BarStatusRole, ///< pd::Status as int: the bar's colour (a group's from its mean)
    GapRole, ///< bound targets: the value and its gap in words ("6.2%，低于目标 0.8 个百分点")
    TaskIdRole,     ///< qint64 task id (0 for nodes and indicators)
    TaskStatusRole, ///< pd::TaskStatus as int (tasks only)
    OverdueRole,    ///< bool: a task past its deadline at the as-of date and not done (逾期)
    DeadlineRole,   ///< QDate: a task's 完成时限
    TaskCountRole,  ///< int: tasks under a group (1 for a task)
};

enum class PlanItemType
{
    Node = 1,
    Indicator = 2,
    Task = 3, ///< a commitment of the report (台账), over the indicators its text holds
};

} // namespace pd
