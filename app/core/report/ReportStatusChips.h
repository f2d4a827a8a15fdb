#pragma once

#include "plan/PlanTypes.h"
#include "plan/TaskTypes.h"
#include "report/ReportTable.h"

namespace pd {

class ReportCanvas;
class ReportLabels;
struct StatusCounts;

/// The row of status chips (symbol, label, count for each status) that opens a progress sheet
/// and the minutes, so both summarise statuses the same way.
class ReportStatusChips
{
public:
    /// Adds a framed box at the canvas position holding the chips, with room for extraLines
    /// more lines of text under them; returns the box's height. The canvas does not advance.
    static double addBox(ReportCanvas &canvas, const ReportLabels &labels,
                         const StatusCounts &counts, int extraLines = 0);
    /// A table's status cell: the symbol in its colour, the label, the light fill (none for
    /// no data), as the sheets and the minutes print it.
    static ReportTable::Cell statusCell(const ReportLabels &labels, Status status);
    /// The same for a task's status; an overdue task says 逾期 under it, on a red fill.
    static ReportTable::Cell taskStatusCell(const ReportLabels &labels, TaskStatus status,
                                            bool overdue);
};

} // namespace pd
