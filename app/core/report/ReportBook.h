#pragma once

// What a printed progress report holds, as plain data: built from the store by ReportBuilder,
// laid out on pages by ReportRenderer. Tests read it to check structure without any paper.

#include "plan/PlanTypes.h"
#include "plan/ProgressRules.h"
#include "plan/StatusCounts.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace pd {

/// Which part of the plan a report covers.
struct ReportScope
{
    enum class Kind
    {
        Book,       ///< everything: cover, contents, summary and every part
        Area,       ///< one numbered work area (area = 1…9)
        Main,       ///< 主要预期目标
        Government, ///< 政府自身建设
        Livelihood, ///< 民生实事
    };
    Kind kind = Kind::Book;
    int area = 0;

    static ReportScope book() { return {}; }
    static ReportScope forArea(int number) { return {Kind::Area, number}; }
    static ReportScope forPart(Kind kind) { return {kind, 0}; }
};

/// A part's or the book's roll-up.
using ReportTally = StatusCounts;

/// One line of a part's table: a group heading (section, category, project) or an indicator.
struct ReportLine
{
    enum class Type
    {
        Heading,
        Indicator
    };
    Type type = Type::Indicator;
    int level = 0;   ///< heading depth below the part, 0 for the first level
    QString heading; ///< the node's label as the report wrote it
    Indicator indicator;
    std::optional<Measurement> actual;
    ProgressRules::Evaluation evaluation;
};

/// One part of the plan printed as a sheet: 主要预期目标, an area, 政府自身建设 or 民生实事.
struct ReportSection
{
    PlanPart part = PlanPart::Area;
    int number = 0;     ///< the area number, else 0
    QString title;      ///< as printed in headings: "（三）…"
    QString shortTitle; ///< the node's own title, without its number
    std::vector<ReportLine> lines;
    ReportTally tally;
};

/// Everything one report prints.
struct ReportBook
{
    PlanInfo info; ///< sourceText left empty
    QDate asOf;
    QDateTime generated;
    double expected = 0; ///< 序时进度 at asOf
    ReportScope scope;
    std::vector<ReportSection> sections;
    ReportTally total;

    int indicatorCount() const { return total.indicators; }
};

} // namespace pd
