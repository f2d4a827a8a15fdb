#pragma once

#include "report/ReportRenderer.h"

#include <QString>

namespace pd {

class MeetingStore;

/// Writes a meeting's minutes to a PDF file, safely: the pages go to a temporary file beside
/// the target, which replaces it only when complete, so a failure leaves no half-written file.
class MinutesExporter
{
public:
    MinutesExporter() = default;
    explicit MinutesExporter(ReportRenderer::Options options) : m_options(std::move(options)) {}

    /// Renders the minutes of meetingId (0: the latest meeting) to path.
    ReportRenderer::Result exportMeeting(const MeetingStore &store, qint64 meetingId,
                                         const QString &path) const;

private:
    ReportRenderer::Options m_options;
};

} // namespace pd
