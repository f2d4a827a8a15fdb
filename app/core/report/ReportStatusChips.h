#pragma once

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
};

} // namespace pd
