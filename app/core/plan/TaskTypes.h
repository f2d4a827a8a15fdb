#pragma once

// The 台账's tasks as the data file keeps them: a parsed commitment (PlanTask) with the state a
// user sets by hand, and the dated 进展情况 of each reporting round.

#include "plan/PlanTypes.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace pd {

/// A task's status, set by hand (tasks have no figure to judge them by).
enum class TaskStatus
{
    NotStarted,  ///< 未启动
    InProgress,  ///< 推进中
    Done,        ///< 已完成
    Behind,      ///< 滞后
    NotReported, ///< 未填报: nobody has said yet (the default)
};

/// Stored as its key ("not_started", "in_progress", "done", "behind", "not_reported").
QString taskStatusKey(TaskStatus status);
std::optional<TaskStatus> taskStatusFromKey(const QString &key);

/// A task of the data file: the parsed commitment, its units and status, and the indicators
/// whose snippets its text holds.
struct TaskRecord : PlanTask
{
    QString leadUnit; ///< 牵头单位, a name as indicators keep it
    QString coUnits;  ///< 配合单位, "、"-separated
    TaskStatus status = TaskStatus::NotReported;
    std::vector<qint64> indicatorIds; ///< in report order

    /// Past its deadline at date and not 已完成 (逾期).
    bool isOverdue(const QDate &date) const
    {
        return deadline.isValid() && date.isValid() && date > deadline &&
               status != TaskStatus::Done;
    }
};

/// One round's 进展情况 of a task. A round is a month: one entry per task and month, dated
/// within it.
struct TaskProgress
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate date;
    TaskStatus status = TaskStatus::NotReported; ///< the task's status when it was written
    QString text;
    QString enteredBy;
    QDateTime enteredAt;
};

/// A task field a user may change from the window.
enum class TaskField
{
    Status,   ///< TaskStatus as int
    LeadUnit, ///< QString
    CoUnits,  ///< QString
    Deadline, ///< QDate
};

/// The one colour, symbol and label of each task status, for the tree, the pane and the paper.
class TaskStatusStyle
{
public:
    static QColor color(TaskStatus status);
    static QColor lightColor(TaskStatus status);
    static QString symbol(TaskStatus status);
    static QString label(TaskStatus status); ///< translated: 未启动, 推进中…
    /// 逾期, translated.
    static QString overdueLabel();
    static QColor overdueColor();
    /// In the order the filters and the menus list them.
    static constexpr std::array<TaskStatus, 5> all = {TaskStatus::NotStarted,
                                                      TaskStatus::InProgress, TaskStatus::Done,
                                                      TaskStatus::Behind, TaskStatus::NotReported};
};

} // namespace pd
