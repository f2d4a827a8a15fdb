#include "plan/TaskTypes.h"

#include "plan/StatusStyle.h"

#include <QCoreApplication>

namespace pd {

QString taskStatusKey(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("not_started");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Behind:
        return QStringLiteral("behind");
    case TaskStatus::NotReported:
        break;
    }
    return QStringLiteral("not_reported");
}

std::optional<TaskStatus> taskStatusFromKey(const QString &key)
{
    for (TaskStatus status : TaskStatusStyle::all) {
        if (taskStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QColor TaskStatusStyle::color(TaskStatus status)
{
    // The indicators' colours where the meaning is the same, so a task and its indicators
    // read alike side by side.
    switch (status) {
    case TaskStatus::NotStarted:
        return QColor(0x54, 0x6e, 0x7a);
    case TaskStatus::InProgress:
        return StatusStyle::color(Status::OnTrack);
    case TaskStatus::Done:
        return StatusStyle::color(Status::Done);
    case TaskStatus::Behind:
        return StatusStyle::color(Status::Behind);
    case TaskStatus::NotReported:
        break;
    }
    return StatusStyle::color(Status::NoData);
}

QColor TaskStatusStyle::lightColor(TaskStatus status)
{
    const QColor c = color(status);
    return QColor::fromHslF(c.hslHueF(), c.hslSaturationF() * 0.6, 0.90);
}

QString TaskStatusStyle::symbol(TaskStatus status)
{
    // Shapes every CJK font carries; ★ ● ■ ○ as the indicators' statuses of the same sense.
    switch (status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("◇");
    case TaskStatus::InProgress:
        return QStringLiteral("●");
    case TaskStatus::Done:
        return QStringLiteral("★");
    case TaskStatus::Behind:
        return QStringLiteral("■");
    case TaskStatus::NotReported:
        break;
    }
    return QStringLiteral("○");
}

QString TaskStatusStyle::label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QCoreApplication::translate("TaskStatus", "Not started");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("TaskStatus", "In progress");
    case TaskStatus::Done:
        return StatusStyle::label(Status::Done); // 已完成, as for indicators
    case TaskStatus::Behind:
        return QCoreApplication::translate("TaskStatus", "Lagging");
    case TaskStatus::NotReported:
        break;
    }
    return StatusStyle::label(Status::NoData); // 未填报, as for indicators
}

QString TaskStatusStyle::overdueLabel()
{
    return QCoreApplication::translate("TaskStatus", "Overdue");
}

QColor TaskStatusStyle::overdueColor()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

} // namespace pd
