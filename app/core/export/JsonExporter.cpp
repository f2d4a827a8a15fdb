#include "export/JsonExporter.h"

#include "export/JsonWriter.h"
#include "plan/PlanIndex.h"
#include "store/PlanStore.h"
#include "plan/ProgressRules.h"
#include "plan/StatusCounts.h"
#include "plan/StatusStyle.h"
#include "plan/TaskTypes.h"
#include "store/TaskStore.h"

#include <unordered_map>

namespace pd {
namespace {

/// indicators, reported, statusCounts (by status key) and meanProgress (over the reported
/// share-measured indicators; null when none).
void writeRollup(JsonWriter &json, const StatusCounts &counts)
{
    json.value("indicators", counts.indicators);
    json.value("reported", counts.reported());
    json.beginObject("statusCounts");
    for (Status status : StatusStyle::all)
        json.value(statusKey(status).toLatin1().constData(), counts.count(status));
    json.endObject();
    json.value("meanProgress", counts.completion());
}

/// The tasks under a node (or the plan): how many, how many overdue, and how many in each
/// status.
struct TaskCounts
{
    int tasks = 0;
    int overdue = 0;
    std::unordered_map<int, int> byStatus;
    void add(const TaskRecord &task, const QDate &asOf)
    {
        ++tasks;
        overdue += task.isOverdue(asOf) ? 1 : 0;
        ++byStatus[int(task.status)];
    }
};

void writeTaskCounts(JsonWriter &json, const TaskCounts &counts)
{
    json.value("tasks", counts.tasks);
    json.value("overdueTasks", counts.overdue);
    json.beginObject("taskStatusCounts");
    for (TaskStatus status : TaskStatusStyle::all) {
        const auto found = counts.byStatus.find(int(status));
        json.value(taskStatusKey(status).toLatin1().constData(),
                   found != counts.byStatus.end() ? found->second : 0);
    }
    json.endObject();
}

void writeProgress(JsonWriter &json, const TaskProgress &entry)
{
    json.beginObject();
    json.value("date", entry.date.toString(Qt::ISODate));
    json.value("status", taskStatusKey(entry.status));
    json.value("text", entry.text);
    json.value("enteredBy", entry.enteredBy);
    json.endObject();
}

} // namespace

QByteArray JsonExporter::exportPlan(const PlanStore &store, const QDate &asOf)
{
    const PlanInfo info = store.planInfo();
    const PlanIndex index(store.nodes());
    const std::vector<Indicator> all = store.indicators();
    const auto latest = store.latestMeasurements(asOf);
    const TaskStore *taskStore = TaskStore::of(&store);
    const std::vector<TaskRecord> tasks = taskStore->tasks();
    std::unordered_map<qint64, std::vector<TaskProgress>> progress;
    for (TaskProgress &entry : taskStore->progressUpTo(asOf))
        progress[entry.taskId].push_back(std::move(entry));
    TaskCounts planTasks;
    std::unordered_map<qint64, TaskCounts> nodeTasks;
    std::unordered_map<qint64, const TaskRecord *> taskOfIndicator;
    for (const TaskRecord &task : tasks) {
        planTasks.add(task, asOf);
        for (const PlanNode *node : index.pathOf(task.nodeId))
            nodeTasks[node->id].add(task, asOf);
        for (qint64 indicatorId : task.indicatorIds)
            taskOfIndicator.emplace(indicatorId, &task);
    }

    // Evaluate first: the roll-ups of the plan and its nodes come before the indicators.
    // Each indicator counts in every node above it, as the window and the PDF count it.
    std::vector<ProgressRules::Evaluation> evaluations;
    std::vector<const Measurement *> actuals; // the figure each evaluation read, or null
    evaluations.reserve(all.size());
    actuals.reserve(all.size());
    StatusCounts planCounts;
    std::unordered_map<qint64, StatusCounts> nodeCounts;
    for (const Indicator &ind : all) {
        const auto found = latest.find(ind.id);
        const Measurement *actual = found != latest.end() ? &found->second : nullptr;
        actuals.push_back(actual);
        evaluations.push_back(ProgressRules::evaluate(
            ind, info.year, asOf, actual ? std::optional<double>(actual->value) : std::nullopt,
            actual ? actual->date : QDate()));
        planCounts.add(evaluations.back());
        for (const PlanNode *node : index.pathOf(ind.nodeId))
            nodeCounts[node->id].add(evaluations.back());
    }

    JsonWriter json;
    json.beginObject();
    json.beginObject("plan");
    json.value("title", info.title);
    json.value("government", info.government);
    json.value("year", info.year);
    writeRollup(json, planCounts);
    writeTaskCounts(json, planTasks);
    json.endObject();
    json.value("asOf", asOf.toString(Qt::ISODate));

    json.beginArray("nodes");
    for (const PlanNode &node : index.nodes()) {
        json.beginObject();
        json.value("id", node.id);
        if (node.parentId)
            json.value("parentId", node.parentId);
        else
            json.null("parentId");
        json.value("kind", nodeKindKey(node.kind));
        json.value("ordinal", node.ordinal);
        json.value("title", node.title);
        writeRollup(json, nodeCounts[node.id]);
        writeTaskCounts(json, nodeTasks[node.id]);
        json.endObject();
    }
    json.endArray();

    json.beginArray("indicators");
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Indicator &ind = all[i];
        const ProgressRules::Evaluation &ev = evaluations[i];
        const Measurement *actual = actuals[i];
        json.beginObject();
        json.value("id", ind.id);
        json.value("code", ind.code);
        json.value("nodeId", ind.nodeId);
        json.value("part", planPartKey(index.partOf(ind.nodeId)));
        json.value("partNumber", index.partNumberOf(ind.nodeId));
        json.value("name", ind.name);
        json.value("target", ind.target);
        json.value("unit", ind.unit);
        json.value("comparator", comparatorKey(ind.comparator));
        json.value("kind", indicatorKindKey(ind.kind));
        json.value("snippet", ind.snippet);
        json.value("baseline", ind.baseline);
        json.value("stretchTarget", ind.stretchTarget); // 力争, null when the report states none
        json.value("owner", ind.leadUnit);
        json.value("coUnits", ind.coUnits);
        json.value("notes", ind.notes);
        json.value("actual", actual ? std::optional<double>(actual->value) : std::nullopt);
        if (actual)
            json.value("actualDate", actual->date.toString(Qt::ISODate));
        else
            json.null("actualDate");
        json.value("measure", ev.measure == ProgressRules::Measure::Share
                                  ? QStringLiteral("share")
                                  : QStringLiteral("bound"));
        json.value("progress", ev.progress);
        json.value("expected",
                   ev.hasExpected() ? std::optional<double>(ev.expected) : std::nullopt);
        json.value("gap", ev.gap);
        json.beginArray("planCurve");
        for (const PlanPoint &point : ind.planCurve) {
            json.beginObject();
            json.value("date", point.date.toString(Qt::ISODate));
            json.value("value", point.value);
            json.endObject();
        }
        json.endArray();
        json.value("status", statusKey(ev.status));
        const auto holder = taskOfIndicator.find(ind.id);
        if (holder != taskOfIndicator.end())
            json.value("task", holder->second->code);
        else
            json.null("task");
        json.endObject();
    }
    json.endArray();

    // The 台账: every task with its state at the date and its 进展情况 up to it.
    std::unordered_map<qint64, QString> codeOfIndicator;
    for (const Indicator &ind : all)
        codeOfIndicator.emplace(ind.id, ind.code);
    json.beginArray("tasks");
    for (const TaskRecord &task : tasks) {
        json.beginObject();
        json.value("id", task.id);
        json.value("code", task.code);
        json.value("nodeId", task.nodeId);
        json.value("part", planPartKey(index.partOf(task.nodeId)));
        json.value("partNumber", index.partNumberOf(task.nodeId));
        json.value("ordinal", task.ordinal);
        json.value("text", task.text);
        json.value("deadline", task.deadline.toString(Qt::ISODate));
        json.boolean("deadlineStated", task.deadlineStated);
        json.value("leadUnit", task.leadUnit);
        json.value("coUnits", task.coUnits);
        json.value("status", taskStatusKey(task.status));
        json.boolean("overdue", task.isOverdue(asOf));
        json.beginArray("indicators");
        for (qint64 id : task.indicatorIds)
            json.value(nullptr, codeOfIndicator[id]);
        json.endArray();
        const auto entries = progress.find(task.id);
        if (entries != progress.end() && !entries->second.empty()) {
            json.beginObject("latestProgress");
            const TaskProgress &last = entries->second.back();
            json.value("date", last.date.toString(Qt::ISODate));
            json.value("status", taskStatusKey(last.status));
            json.value("text", last.text);
            json.value("enteredBy", last.enteredBy);
            json.endObject();
        } else {
            json.null("latestProgress");
        }
        json.beginArray("progress");
        if (entries != progress.end()) {
            for (const TaskProgress &entry : entries->second)
                writeProgress(json, entry);
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

} // namespace pd
