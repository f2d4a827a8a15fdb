#include "meeting/MeetingTypes.h"

#include "plan/StatusStyle.h"

#include <QJsonArray>
#include <QStringList>

namespace pd {
namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Status statusOf(const QJsonValue &value)
{
    return statusFromKey(value.toString()).value_or(Status::NoData);
}

} // namespace

bool MeetingScope::takesTask(const TaskRecord &task, const QDate &asOf) const
{
    const bool overdue = task.isOverdue(asOf);
    if (behindOnly && !overdue && task.status != TaskStatus::Behind)
        return false;
    return includeUnreported || overdue || task.status != TaskStatus::NotReported;
}

QString MeetingScope::nodesKey() const
{
    QStringList ids;
    for (qint64 id : nodeIds)
        ids << QString::number(id);
    return ids.join(QLatin1Char(','));
}

std::vector<qint64> MeetingScope::nodesFromKey(const QString &key)
{
    std::vector<qint64> ids;
    for (const QString &part : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok)
            ids.push_back(id);
    }
    return ids;
}

QJsonObject MeetingPart::toJson() const
{
    QJsonArray countArray;
    for (const auto &[status, count] : counts.entries())
        countArray.append(count);
    QJsonArray barArray;
    for (const MeetingBar &bar : bars) {
        barArray.append(QJsonObject{{QStringLiteral("label"), bar.label},
                                    {QStringLiteral("progress"), optionalNumber(bar.progress)},
                                    {QStringLiteral("status"), statusKey(bar.status)}});
    }
    return {{QStringLiteral("part"), planPartKey(part)},
            {QStringLiteral("number"), number},
            {QStringLiteral("title"), title},
            {QStringLiteral("counts"), countArray},
            {QStringLiteral("indicators"), counts.indicators},
            {QStringLiteral("completion"), optionalNumber(counts.completion())},
            {QStringLiteral("bars"), barArray},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("overdueTasks"), overdueTasks},
            {QStringLiteral("behindTasks"), behindTasks}};
}

MeetingPart MeetingPart::fromJson(const QJsonObject &json)
{
    MeetingPart part;
    const QString key = json.value(QStringLiteral("part")).toString();
    for (PlanPart p :
         {PlanPart::Main, PlanPart::Area, PlanPart::Government, PlanPart::Livelihood}) {
        if (planPartKey(p) == key)
            part.part = p;
    }
    part.number = json.value(QStringLiteral("number")).toInt();
    part.title = json.value(QStringLiteral("title")).toString();
    part.tasks = json.value(QStringLiteral("tasks")).toInt();
    part.overdueTasks = json.value(QStringLiteral("overdueTasks")).toInt();
    part.behindTasks = json.value(QStringLiteral("behindTasks")).toInt();
    // Counts in StatusStyle::all order; "indicators" is their sum.
    const QJsonArray counts = json.value(QStringLiteral("counts")).toArray();
    for (qsizetype i = 0; i < qsizetype(StatusCounts::StatusCount) && i < counts.size(); ++i)
        part.counts.increment(StatusStyle::all[i], counts.at(i).toInt());
    // Only the mean was kept, not the figures behind it: it stands as a sum over one.
    if (const std::optional<double> mean = numberOf(json.value(QStringLiteral("completion")))) {
        part.counts.progressSum = *mean;
        part.counts.progressCount = 1;
    }
    for (const QJsonValue &value : json.value(QStringLiteral("bars")).toArray()) {
        const QJsonObject bar = value.toObject();
        part.bars.push_back({bar.value(QStringLiteral("label")).toString(),
                             numberOf(bar.value(QStringLiteral("progress"))),
                             statusOf(bar.value(QStringLiteral("status")))});
    }
    return part;
}

QJsonObject MeetingSnapshot::toJson() const
{
    const Indicator &ind = indicator;
    QJsonObject json{{QStringLiteral("code"), ind.code},
                     {QStringLiteral("name"), ind.name},
                     {QStringLiteral("target"), ind.target},
                     {QStringLiteral("unit"), ind.unit},
                     {QStringLiteral("comparator"), comparatorKey(ind.comparator)},
                     {QStringLiteral("kind"), indicatorKindKey(ind.kind)},
                     {QStringLiteral("baseline"), optionalNumber(ind.baseline)},
                     {QStringLiteral("snippet"), ind.snippet},
                     {QStringLiteral("leadUnit"), ind.leadUnit},
                     {QStringLiteral("coUnits"), ind.coUnits},
                     {QStringLiteral("targetText"), targetText},
                     {QStringLiteral("heading"), heading},
                     {QStringLiteral("sentence"), sentence},
                     {QStringLiteral("progress"), optionalNumber(progress)},
                     {QStringLiteral("status"), statusKey(status)},
                     {QStringLiteral("expected"), expected}};
    if (actual) {
        json.insert(QStringLiteral("actual"), actual->value);
        json.insert(QStringLiteral("actualDate"), dateText(actual->date));
        json.insert(QStringLiteral("actualNote"), actual->note);
        // The round's texts as they stood on the day (absent in meetings before version 7).
        json.insert(QStringLiteral("actualProgress"), actual->progress);
        json.insert(QStringLiteral("actualProblems"), actual->problems);
        json.insert(QStringLiteral("actualNextSteps"), actual->nextSteps);
    }
    QJsonArray points;
    for (const Measurement &m : history)
        points.append(QJsonArray{dateText(m.date), m.value});
    json.insert(QStringLiteral("history"), points);
    return json;
}

MeetingSnapshot MeetingSnapshot::fromJson(const QJsonObject &json)
{
    MeetingSnapshot s;
    Indicator &ind = s.indicator;
    ind.code = json.value(QStringLiteral("code")).toString();
    ind.name = json.value(QStringLiteral("name")).toString();
    ind.target = json.value(QStringLiteral("target")).toDouble();
    ind.unit = json.value(QStringLiteral("unit")).toString();
    ind.comparator = comparatorFromKey(json.value(QStringLiteral("comparator")).toString())
                         .value_or(Comparator::Exactly);
    ind.kind = indicatorKindFromKey(json.value(QStringLiteral("kind")).toString())
                   .value_or(IndicatorKind::Count);
    ind.baseline = numberOf(json.value(QStringLiteral("baseline")));
    ind.snippet = json.value(QStringLiteral("snippet")).toString();
    ind.leadUnit = json.value(QStringLiteral("leadUnit")).toString();
    ind.coUnits = json.value(QStringLiteral("coUnits")).toString();
    s.targetText = json.value(QStringLiteral("targetText")).toString();
    s.heading = json.value(QStringLiteral("heading")).toString();
    s.sentence = json.value(QStringLiteral("sentence")).toString();
    s.progress = numberOf(json.value(QStringLiteral("progress")));
    s.status = statusOf(json.value(QStringLiteral("status")));
    s.expected = json.value(QStringLiteral("expected")).toDouble();
    if (json.value(QStringLiteral("actual")).isDouble()) {
        Measurement m;
        m.value = json.value(QStringLiteral("actual")).toDouble();
        m.date = dateOf(json.value(QStringLiteral("actualDate")));
        m.note = json.value(QStringLiteral("actualNote")).toString();
        m.progress = json.value(QStringLiteral("actualProgress")).toString();
        m.problems = json.value(QStringLiteral("actualProblems")).toString();
        m.nextSteps = json.value(QStringLiteral("actualNextSteps")).toString();
        s.actual = m;
    }
    for (const QJsonValue &value : json.value(QStringLiteral("history")).toArray()) {
        const QJsonArray point = value.toArray();
        Measurement m;
        m.date = dateOf(point.at(0));
        m.value = point.at(1).toDouble();
        if (m.date.isValid())
            s.history.push_back(m);
    }
    return s;
}

QJsonObject MeetingTaskSnapshot::toJson() const
{
    QJsonArray entries;
    for (const TaskProgress &entry : progress) {
        entries.append(QJsonObject{{QStringLiteral("date"), dateText(entry.date)},
                                   {QStringLiteral("status"), taskStatusKey(entry.status)},
                                   {QStringLiteral("text"), entry.text},
                                   {QStringLiteral("by"), entry.enteredBy}});
    }
    QJsonArray states;
    for (const IndicatorState &state : indicators) {
        states.append(QJsonObject{{QStringLiteral("code"), state.code},
                                  {QStringLiteral("name"), state.name},
                                  {QStringLiteral("status"), statusKey(state.status)},
                                  {QStringLiteral("progress"), optionalNumber(state.progress)}});
    }
    return {{QStringLiteral("code"), code},
            {QStringLiteral("text"), text},
            {QStringLiteral("heading"), heading},
            {QStringLiteral("deadline"), dateText(deadline)},
            {QStringLiteral("deadlineStated"), deadlineStated},
            {QStringLiteral("leadUnit"), leadUnit},
            {QStringLiteral("coUnits"), coUnits},
            {QStringLiteral("status"), taskStatusKey(status)},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("progress"), entries},
            {QStringLiteral("indicators"), states}};
}

MeetingTaskSnapshot MeetingTaskSnapshot::fromJson(const QJsonObject &json)
{
    MeetingTaskSnapshot s;
    s.code = json.value(QStringLiteral("code")).toString();
    s.text = json.value(QStringLiteral("text")).toString();
    s.heading = json.value(QStringLiteral("heading")).toString();
    s.deadline = dateOf(json.value(QStringLiteral("deadline")));
    s.deadlineStated = json.value(QStringLiteral("deadlineStated")).toBool();
    s.leadUnit = json.value(QStringLiteral("leadUnit")).toString();
    s.coUnits = json.value(QStringLiteral("coUnits")).toString();
    s.status = taskStatusFromKey(json.value(QStringLiteral("status")).toString())
                   .value_or(TaskStatus::NotReported);
    s.overdue = json.value(QStringLiteral("overdue")).toBool();
    for (const QJsonValue &value : json.value(QStringLiteral("progress")).toArray()) {
        const QJsonObject object = value.toObject();
        TaskProgress entry;
        entry.date = dateOf(object.value(QStringLiteral("date")));
        entry.status = taskStatusFromKey(object.value(QStringLiteral("status")).toString())
                           .value_or(TaskStatus::NotReported);
        entry.text = object.value(QStringLiteral("text")).toString();
        entry.enteredBy = object.value(QStringLiteral("by")).toString();
        if (entry.date.isValid())
            s.progress.push_back(entry);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject object = value.toObject();
        s.indicators.push_back({object.value(QStringLiteral("code")).toString(),
                                object.value(QStringLiteral("name")).toString(),
                                statusOf(object.value(QStringLiteral("status"))),
                                numberOf(object.value(QStringLiteral("progress")))});
    }
    return s;
}

QJsonObject MeetingItem::snapshotJson() const
{
    // A task's item keeps its task under "task"; an indicator's keeps the indicator's fields
    // at the top, as meetings before version 9 did.
    if (task)
        return {{QStringLiteral("task"), task->toJson()}};
    return snapshot.toJson();
}

void MeetingItem::setSnapshotJson(const QJsonObject &json)
{
    const QJsonValue taskJson = json.value(QStringLiteral("task"));
    if (taskJson.isObject()) {
        task = MeetingTaskSnapshot::fromJson(taskJson.toObject());
        snapshot = MeetingSnapshot();
    } else {
        task.reset();
        snapshot = MeetingSnapshot::fromJson(json);
    }
}

} // namespace pd
