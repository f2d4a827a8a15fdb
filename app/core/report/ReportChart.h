#pragma once

#include "plan/PlanTypes.h"
#include "plan/StatusCounts.h"

#include <QString>

#include <optional>
#include <vector>

namespace pd {

class ReportCanvas;
class ReportLabels;

/// Bar charts painted with QPainter on a ReportCanvas (vector, selectable labels, no Qt
/// Charts). Colours come from StatusStyle and every bar also carries its status symbol, so a
/// black-and-white print still reads. A chart longer than the page continues on the next one
/// with its axis repeated.
class ReportChart
{
public:
    struct IndicatorBar
    {
        QString code;
        QString name;
        std::optional<double> progress; ///< none: listed on one "not reported" line, no row
        Status status = Status::NoData;
    };

    struct PartBar
    {
        QString label;
        StatusCounts counts; ///< the part's statuses and mean completion
    };

    ReportChart(ReportCanvas &canvas, const ReportLabels &labels);

    /// Completion per indicator, one horizontal bar each, with the 序时进度 mark; the
    /// indicators with no figure are listed by code on one line below, not given empty rows.
    void indicatorBars(const QString &title, const std::vector<IndicatorBar> &bars,
                       double expected);
    /// Status counts per part as stacked bars, with each part's completion.
    void partBars(const QString &title, const std::vector<PartBar> &bars);

private:
    void legend(bool withExpected);
    /// "○ 未填报 (N): code, code…" across the body.
    void unreportedLine(const QStringList &codes);

    ReportCanvas &m_canvas;
    const ReportLabels &m_labels;
};

} // namespace pd
