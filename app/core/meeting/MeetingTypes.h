#pragma once

// Plain value types of meetings: what the meeting store keeps, meeting mode shows and the
// minutes print. The figures are frozen copies taken when the meeting was created.

#include "plan/PlanTypes.h"
#include "plan/StatusCounts.h"
#include "plan/TaskTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

/// Which indicators a meeting reviews.
struct MeetingScope
{
    /// Nodes (parts, areas, sections) whose indicators are reviewed; empty for the whole plan.
    std::vector<qint64> nodeIds;
    /// Only indicators behind (slightly behind or behind) at the meeting's as-of date.
    bool behindOnly = false;
    /// Also indicators with no figure on or before the as-of date (未填报): off by default, as
    /// most of a plan has none early in the year and their slides would say nothing.
    bool includeUnreported = false;
    /// Also the nodes' tasks (台账), after each part's indicators, the overdue and 滞后 first.
    /// behindOnly keeps those overdue or 滞后; without includeUnreported, a task nobody has
    /// reported on (未填报) is left out unless it is overdue.
    bool includeTasks = false;

    /// Whether a task at that date is reviewed under this scope.
    bool takesTask(const TaskRecord &task, const QDate &asOf) const;

    QString nodesKey() const; ///< "12,40", stored as it is
    static std::vector<qint64> nodesFromKey(const QString &key);
};

/// How many indicators a scope's nodes hold at an as-of date, so the start dialog can say what
/// each choice of scope reviews and what it skips.
struct MeetingScopeCounts
{
    int indicators = 0;    ///< every indicator of the nodes
    int reported = 0;      ///< with a figure on or before the as-of date
    int behind = 0;        ///< slightly behind or behind (all of them reported)
    int tasks = 0;         ///< every task of the nodes
    int tasksReported = 0; ///< with a status other than 未填报
    int tasksBehind = 0;   ///< 滞后 or overdue (逾期) at the as-of date
    int tasksToReview = 0; ///< reported on (a status set) or overdue

    /// How many tasks a meeting of that scope reviews (none without includeTasks).
    int tasksTaken(const MeetingScope &scope) const
    {
        if (!scope.includeTasks)
            return 0;
        return scope.behindOnly ? tasksBehind : scope.includeUnreported ? tasks : tasksToReview;
    }

    int unreported() const { return indicators - reported; }
};

/// One bar of a part slide's completion chart, frozen.
struct MeetingBar
{
    QString label;
    std::optional<double> progress;
    Status status = Status::NoData;
};

/// A part of the plan (主要预期目标, a work area, 民生实事…) as it stood at the meeting's as-of
/// date: every indicator of the part is counted, not only the reviewed ones.
struct MeetingPart
{
    PlanPart part = PlanPart::Area;
    int number = 0;               ///< the area number, else 0
    QString title;                ///< as printed: "（三）…"
    StatusCounts counts;          ///< its indicators by status, and their mean completion
    std::vector<MeetingBar> bars; ///< per indicator, or per group in a large part
    int tasks = 0;                ///< the part's tasks (when the meeting reviews tasks)
    int overdueTasks = 0;         ///< of them, overdue at the as-of date
    int behindTasks = 0;          ///< of them, 滞后

    QJsonObject toJson() const;
    static MeetingPart fromJson(const QJsonObject &json);
};

/// An indicator's figures as the meeting saw them.
struct MeetingSnapshot
{
    Indicator indicator; ///< code, name, target, unit, comparator, kind, baseline, snippet, units
    QString targetText;  ///< "≥500 家"
    QString heading;     ///< the section or project it sits under
    QString sentence;    ///< the report's sentence holding the snippet
    std::optional<Measurement> actual; ///< the latest figure on or before the as-of date
    std::optional<double> progress;
    Status status = Status::NoData;
    double expected = 0;              ///< 序时进度 at the as-of date
    std::vector<Measurement> history; ///< figures of the plan year up to the as-of date

    bool isBehind() const { return status == Status::SlightlyBehind || status == Status::Behind; }
    QJsonObject toJson() const;
    static MeetingSnapshot fromJson(const QJsonObject &json);
};

/// A task as the meeting saw it: its text, state and 进展情况 up to the as-of date.
struct MeetingTaskSnapshot
{
    /// One of the task's indicators at the date, as the slide lists it.
    struct IndicatorState
    {
        QString code;
        QString name;
        Status status = Status::NoData;
        std::optional<double> progress;
    };

    QString code; ///< A3.2.T4
    QString text; ///< verbatim from the report
    QString heading;
    QDate deadline; ///< 完成时限
    bool deadlineStated = false;
    QString leadUnit;
    QString coUnits;
    TaskStatus status = TaskStatus::NotReported;
    bool overdue = false;               ///< past its deadline at the as-of date, not 已完成
    std::vector<TaskProgress> progress; ///< 进展情况 of the plan year up to the as-of date
    std::vector<IndicatorState> indicators;

    bool isBehind() const { return overdue || status == TaskStatus::Behind; }
    /// The latest 进展情况, or none.
    const TaskProgress *latest() const { return progress.empty() ? nullptr : &progress.back(); }
    QJsonObject toJson() const;
    static MeetingTaskSnapshot fromJson(const QJsonObject &json);
};

/// What a meeting decided about one indicator or task.
struct MeetingDecision
{
    bool reviewed = false;
    QString decision;        ///< 会议意见: the decision or instruction
    QString responsibleUnit; ///< 责任单位
    QDate deadline;          ///< invalid for none

    bool operator==(const MeetingDecision &other) const
    {
        return reviewed == other.reviewed && decision == other.decision &&
               responsibleUnit == other.responsibleUnit && deadline == other.deadline;
    }
    bool operator!=(const MeetingDecision &other) const { return !(*this == other); }
};

/// One indicator or task a meeting reviews: its frozen state and the decision taken.
struct MeetingItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 indicatorId = 0; ///< 0 once the plan it came from was replaced, and for a task
    qint64 taskId = 0;      ///< a task's; 0 for an indicator, or once the plan was replaced
    int position = 0;       ///< the walk's order within the meeting
    int part = 0;           ///< index into Meeting::parts
    MeetingDecision decision;
    MeetingSnapshot snapshot;                ///< an indicator's
    std::optional<MeetingTaskSnapshot> task; ///< set for a task

    bool isTask() const { return task.has_value(); }
    /// Behind (slightly or seriously) for an indicator; 滞后 or overdue for a task.
    bool isBehind() const { return task ? task->isBehind() : snapshot.isBehind(); }
    /// The indicator's code (A3.2.1) or the task's (A3.2.T4).
    QString code() const { return task ? task->code : snapshot.indicator.code; }
    /// The snapshot as the item's snapshot column keeps it.
    QJsonObject snapshotJson() const;
    void setSnapshotJson(const QJsonObject &json);
};

/// Who held, attended and minuted a meeting, as the minutes print it.
struct MeetingParticipants
{
    QString chair;     ///< 主持人
    QString attendees; ///< 参会人员, as typed (names separated by 、 or commas)
    QString recorder;  ///< 记录人

    bool operator==(const MeetingParticipants &other) const
    {
        return chair == other.chair && attendees == other.attendees && recorder == other.recorder;
    }
    bool operator!=(const MeetingParticipants &other) const { return !(*this == other); }
};

struct Meeting
{
    qint64 id = 0;
    QString title; ///< 2024年7月进度调度会
    QDate date;    ///< the day it is held
    QDate asOf;    ///< the date of the figures it reviews
    MeetingScope scope;
    double expected = 0; ///< 序时进度 at asOf
    QString planTitle;
    std::vector<MeetingPart> parts; ///< in report order
    QString resumeSlide;            ///< where meeting mode stopped (a MeetingDeck key)
    bool resumeBehindOnly = false;  ///< meeting mode's "only behind" filter when it stopped
    MeetingParticipants participants;
    QString createdBy;
    QDateTime createdAt;
};

/// A meeting as the list of meetings shows it.
struct MeetingSummary
{
    qint64 id = 0;
    QString title;
    QDate date;
    QDate asOf;
    int items = 0;
    int reviewed = 0;
    int decisions = 0;
};

/// A decision an earlier meeting took on an indicator.
struct EarlierDecision
{
    qint64 meetingId = 0;
    QString meetingTitle;
    QDate meetingDate;
    MeetingDecision decision;
};

} // namespace pd
