#pragma once

// What a printed progress report holds, as plain data: built from the store by ReportBuilder,
// laid out on pages by ReportRenderer. Tests read it to check structure without any paper.

#include "plan/PlanTypes.h"
#include "plan/ProgressRules.h"
#include "plan/StatusCounts.h"
#include "plan/TaskTypes.h"

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
        Indicator,  ///< one indicator (indicator = its code), on a sheet of its part
    };
    Kind kind = Kind::Book;
    int area = 0;
    QString indicator; ///< the code, for Kind::Indicator
    /// Only the indicators slightly or seriously behind (every part still in the contents
    /// and the summary, with its whole tally).
    bool behindOnly = false;
    /// With behindOnly: also those that have not reported.
    bool withUnreported = false;
    /// The 台账 sheet of each part (its tasks: 序号, 工作任务, 牵头单位, 完成时限, 进展情况, 状态)
    /// in place of its progress sheet.
    bool ledger = false;
    /// Only the indicators this unit leads (牵头单位), each part's tally theirs; empty for all.
    QString unit;

    static ReportScope book() { return {}; }
    static ReportScope forArea(int number)
    {
        ReportScope scope;
        scope.kind = Kind::Area;
        scope.area = number;
        return scope;
    }
    static ReportScope forPart(Kind kind)
    {
        ReportScope scope;
        scope.kind = kind;
        return scope;
    }
    static ReportScope forIndicator(const QString &code)
    {
        ReportScope scope;
        scope.kind = Kind::Indicator;
        scope.indicator = code;
        return scope;
    }
    /// This scope showing only what is behind (and, if asked, what has not reported).
    ReportScope behind(bool unreported = false) const
    {
        ReportScope scope = *this;
        scope.behindOnly = true;
        scope.withUnreported = unreported;
        return scope;
    }
    /// This scope with only the indicators a unit leads.
    ReportScope forUnit(const QString &name) const
    {
        ReportScope scope = *this;
        scope.unit = name.trimmed();
        return scope;
    }
    /// This scope printing the parts' 台账 sheets.
    ReportScope asLedger() const
    {
        ReportScope scope = *this;
        scope.ledger = true;
        return scope;
    }
    /// Whether a task is printed on a 台账 sheet: with a unit, the tasks it leads; with
    /// behindOnly, the tasks 滞后 or overdue (逾期) at the date, and with withUnreported those
    /// 未填报 too.
    bool showsTask(const TaskRecord &task, const QDate &asOf) const
    {
        if (!unit.isEmpty() && task.leadUnit != unit)
            return false; // a unit's own 台账: the tasks it leads
        if (!behindOnly)
            return true;
        return task.status == TaskStatus::Behind || task.isOverdue(asOf) ||
               (withUnreported && task.status == TaskStatus::NotReported);
    }
    /// Whether an indicator of this status is printed in the parts' tables and charts.
    bool shows(Status status) const
    {
        if (!behindOnly)
            return true;
        return status == Status::SlightlyBehind || status == Status::Behind ||
               (withUnreported && status == Status::NoData);
    }
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
    /// Every figure on or before the as-of date, oldest first: read for an indicator's own
    /// sheet only.
    std::vector<Measurement> history;
};

/// One line of a part's 台账: a group heading (section) or a task with its state at the date.
struct ReportTaskLine
{
    enum class Type
    {
        Heading,
        Task
    };
    Type type = Type::Task;
    int level = 0;
    QString heading;
    TaskRecord task;
    std::optional<TaskProgress> progress; ///< the latest on or before the as-of date
    bool overdue = false;
    StatusCounts indicators; ///< the task's indicators at the date
};

/// One part of the plan printed as a sheet: 主要预期目标, an area, 政府自身建设 or 民生实事.
struct ReportSection
{
    PlanPart part = PlanPart::Area;
    int number = 0;                ///< the area number, else 0
    QString title;                 ///< as printed in headings: "（三）…"
    QString shortTitle;            ///< the node's own title, without its number
    std::vector<ReportLine> lines; ///< what the scope shows (see ReportScope::shows)
    /// The whole part's, whatever the scope shows; on one indicator's sheet, that indicator's.
    ReportTally tally;
    int shown = 0; ///< indicator lines in lines
    /// The part's 台账, read for a ledger scope only: what the scope shows.
    std::vector<ReportTaskLine> tasks;
    int taskCount = 0;    ///< the whole part's tasks, whatever the scope shows
    int overdueTasks = 0; ///< of them, overdue at the date
    int tasksShown = 0;   ///< task lines in tasks
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
