#pragma once

#include "meeting/MeetingTypes.h"
#include "report/ReportRenderer.h"

#include <vector>

class QPagedPaintDevice;

namespace pd {

/// Lays out a meeting's minutes (会议纪要) on any QPagedPaintDevice, in the look of the
/// progress sheets (ReportCanvas, ReportTable, ReportLabels; A4 portrait, header and
/// "Page N of M" footer): the meeting's title, date and the as-of date of its figures, the
/// status summary of what it reviewed, then per part a table of each reviewed indicator with
/// its frozen figures, the decision, the responsible unit and the deadline.
///
/// An item counts as reviewed when it is marked so or carries a decision.
class MinutesRenderer
{
public:
    MinutesRenderer() = default;
    explicit MinutesRenderer(ReportRenderer::Options options) : m_options(std::move(options)) {}

    ReportRenderer::Result render(const Meeting &meeting, const std::vector<MeetingItem> &items,
                                  QPagedPaintDevice *device) const;

    static bool isReviewed(const MeetingItem &item);

private:
    ReportRenderer::Options m_options;
};

} // namespace pd
