#include "meeting/MeetingBuilder.h"

#include "plan/Clock.h"
#include "plan/PlanIndex.h"
#include "store/PlanStore.h"
#include "plan/PlanText.h"
#include "report/ReportBuilder.h"
#include "store/TaskStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace pd {
namespace {

/// A group of lines as one bar: its mean completion and that mean's status against 序时进度,
/// rolled up as the tree rolls up a group.
MeetingBar groupBar(const QString &label, const std::vector<const ReportLine *> &lines,
                    double expected)
{
    StatusCounts group;
    for (const ReportLine *line : lines)
        group.add(line->evaluation);
    return {label, group.completion(), group.completionStatus(expected)};
}

/// The sentence of the report's text holding snippet (up to a full stop or semicolon).
QString sentenceOf(const QString &source, const QString &snippet)
{
    const int found = snippet.isEmpty() ? -1 : int(source.indexOf(snippet));
    if (found < 0)
        return snippet;
    static const QString stops = QStringLiteral("。；;！？\n");
    int begin = found;
    while (begin > 0 && !stops.contains(source.at(begin - 1)))
        --begin;
    int end = found + int(snippet.size());
    while (end < source.size() && !stops.contains(source.at(end)))
        ++end;
    if (end < source.size() && source.at(end) != QLatin1Char('\n'))
        ++end; // keep the full stop
    return source.mid(begin, end - begin).trimmed();
}

bool isBehind(Status status)
{
    return status == Status::SlightlyBehind || status == Status::Behind;
}

/// Whether a report line (or a node) lies under one of the scope's nodes (any for no nodes).
class NodeFilter
{
public:
    NodeFilter(const PlanIndex &index, const std::vector<qint64> &nodeIds)
        : m_index(index), m_nodes(nodeIds.begin(), nodeIds.end())
    {
    }
    bool operator()(const ReportLine &line) const { return (*this)(line.indicator.nodeId); }
    bool operator()(qint64 nodeId) const
    {
        if (m_nodes.empty())
            return true;
        for (const PlanNode *node : m_index.pathOf(nodeId)) {
            if (m_nodes.count(node->id))
                return true;
        }
        return false;
    }

private:
    const PlanIndex &m_index;
    std::set<qint64> m_nodes;
};

/// The part's tasks the scope takes, after its indicators: the overdue first, then the 滞后,
/// then the rest, each group in report order, so the room starts with what needs a decision.
/// The part's own task counts are of all its tasks, as its status counts are of all its
/// indicators.
void addTasks(const PlanStore &store, const ReportSection &section, const QDate &asOf, int year,
              const MeetingScope &scope, const NodeFilter &inNodes, MeetingPart &part,
              std::vector<MeetingItem> &items)
{
    std::unordered_map<qint64, const ReportLine *> lines;
    for (const ReportLine &line : section.lines) {
        if (line.type == ReportLine::Type::Indicator)
            lines.emplace(line.indicator.id, &line);
    }
    std::map<qint64, std::vector<TaskProgress>> history;
    for (TaskProgress &entry : TaskStore::of(&store)->progressUpTo(asOf)) {
        if (entry.date.year() == year)
            history[entry.taskId].push_back(std::move(entry));
    }
    std::vector<std::pair<int, MeetingItem>> taken; // (rank, item)
    std::vector<QString> headings;
    for (const ReportTaskLine &line : section.tasks) {
        if (line.type == ReportTaskLine::Type::Heading) {
            headings.resize(std::size_t(line.level));
            headings.push_back(line.heading);
            continue;
        }
        const TaskRecord &task = line.task;
        ++part.tasks;
        part.overdueTasks += line.overdue ? 1 : 0;
        part.behindTasks += task.status == TaskStatus::Behind ? 1 : 0;
        if (!inNodes(task.nodeId) || !scope.takesTask(task, asOf))
            continue;
        MeetingItem item;
        item.taskId = task.id;
        MeetingTaskSnapshot &s = item.task.emplace();
        s.code = task.code;
        s.text = task.text;
        s.heading = headings.empty() ? QString() : headings.back();
        s.deadline = task.deadline;
        s.deadlineStated = task.deadlineStated;
        s.leadUnit = task.leadUnit;
        s.coUnits = task.coUnits;
        s.status = task.status;
        s.overdue = line.overdue;
        if (const auto found = history.find(task.id); found != history.end())
            s.progress = found->second;
        for (qint64 id : task.indicatorIds) {
            if (const auto found = lines.find(id); found != lines.end()) {
                const ReportLine &indicator = *found->second;
                s.indicators.push_back({indicator.indicator.code, indicator.indicator.name,
                                        indicator.evaluation.status,
                                        indicator.evaluation.progress});
            }
        }
        const int rank = s.overdue ? 0 : s.status == TaskStatus::Behind ? 1 : 2;
        taken.emplace_back(rank, std::move(item));
    }
    std::stable_sort(taken.begin(), taken.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &entry : taken)
        items.push_back(std::move(entry.second));
}

} // namespace

std::optional<MeetingScopeCounts> MeetingBuilder::count(const PlanStore &store, const QDate &asOf,
                                                        const std::vector<qint64> &nodeIds,
                                                        QString *error)
{
    const std::optional<ReportBook> book =
        ReportBuilder::build(store, asOf, ReportScope::book().asLedger(), error);
    if (!book)
        return std::nullopt;
    const PlanIndex index(store.nodes());
    const NodeFilter inNodes(index, nodeIds);
    MeetingScopeCounts counts;
    for (const ReportSection &section : book->sections) {
        for (const ReportTaskLine &line : section.tasks) {
            if (line.type != ReportTaskLine::Type::Task || !inNodes(line.task.nodeId))
                continue;
            ++counts.tasks;
            if (line.task.status != TaskStatus::NotReported)
                ++counts.tasksReported;
            if (line.overdue || line.task.status == TaskStatus::Behind)
                ++counts.tasksBehind;
            if (line.overdue || line.task.status != TaskStatus::NotReported)
                ++counts.tasksToReview;
        }
    }
    for (const ReportSection &section : book->sections) {
        for (const ReportLine &line : section.lines) {
            if (line.type == ReportLine::Type::Heading || !inNodes(line))
                continue;
            ++counts.indicators;
            if (line.evaluation.status != Status::NoData)
                ++counts.reported;
            if (isBehind(line.evaluation.status))
                ++counts.behind;
        }
    }
    return counts;
}

std::optional<MeetingBuilder::Result>
MeetingBuilder::build(const PlanStore &store, const QString &title, const QDate &date,
                      const QDate &asOf, const MeetingScope &scope, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // The ledger scope reads each part's tasks beside its lines, when the meeting takes them.
    const ReportScope bookScope =
        scope.includeTasks ? ReportScope::book().asLedger() : ReportScope::book();
    const std::optional<ReportBook> book = ReportBuilder::build(store, asOf, bookScope, error);
    if (!book)
        return std::nullopt;

    Result result;
    Meeting &meeting = result.meeting;
    meeting.title = title.trimmed();
    meeting.date = date.isValid() ? date : Clock::today();
    meeting.asOf = book->asOf;
    meeting.scope = scope;
    meeting.expected = book->expected;
    meeting.planTitle = book->info.title;
    meeting.createdBy = store.userName();
    meeting.createdAt = QDateTime::currentDateTime();
    if (meeting.title.isEmpty())
        return fail(QCoreApplication::translate("MeetingBuilder", "The meeting needs a title."));

    const PlanIndex index(store.nodes());
    const QString sourceText = store.planInfo().sourceText;
    const NodeFilter inNodes(index, scope.nodeIds);
    auto inScope = [&](const ReportLine &line) {
        const Status status = line.evaluation.status;
        if (scope.behindOnly && !isBehind(status))
            return false;
        if (!scope.includeUnreported && status == Status::NoData)
            return false;
        return inNodes(line);
    };

    for (const ReportSection &section : book->sections) {
        MeetingPart part;
        part.part = section.part;
        part.number = section.number;
        part.title = section.title;
        part.counts = section.tally;

        std::vector<QString> headings; // by level, as the lines open them
        std::vector<std::pair<QString, std::vector<const ReportLine *>>> groups;
        std::vector<MeetingItem> items;
        for (const ReportLine &line : section.lines) {
            if (line.type == ReportLine::Type::Heading) {
                headings.resize(std::size_t(line.level));
                headings.push_back(line.heading);
                if (line.level == 0)
                    groups.push_back({line.heading, {}});
                continue;
            }
            if (groups.empty())
                groups.push_back({section.shortTitle, {}});
            groups.back().second.push_back(&line);
            if (!inScope(line))
                continue;
            MeetingItem item;
            item.indicatorId = line.indicator.id;
            MeetingSnapshot &s = item.snapshot;
            s.indicator = line.indicator;
            s.indicator.notes.clear();
            s.targetText = PlanText::target(line.indicator);
            s.heading = headings.empty() ? QString() : headings.back();
            s.sentence = sentenceOf(sourceText, line.indicator.snippet);
            s.actual = line.actual;
            s.progress = line.evaluation.progress;
            s.status = line.evaluation.status;
            s.expected = line.evaluation.expected;
            for (const Measurement &m : store.measurements(line.indicator.id)) {
                if (m.date <= meeting.asOf && m.date.year() == book->info.year)
                    s.history.push_back(m);
            }
            items.push_back(std::move(item));
        }
        if (scope.includeTasks)
            addTasks(store, section, meeting.asOf, book->info.year, scope, inNodes, part, items);
        if (section.tally.indicators <= MaxIndicatorBars) {
            for (const auto &group : groups) {
                for (const ReportLine *line : group.second) {
                    if (!line->evaluation.hasExpected())
                        continue; // a bound target has no completion share to chart
                    part.bars.push_back(
                        {line->indicator.code + QLatin1Char(' ') + line->indicator.name,
                         line->evaluation.progress, line->evaluation.status});
                }
            }
        } else {
            for (const auto &[label, lines] : groups) {
                if (!lines.empty())
                    part.bars.push_back(groupBar(label, lines, book->expected));
            }
        }
        if (items.empty())
            continue;
        const int partIndex = int(meeting.parts.size());
        meeting.parts.push_back(std::move(part));
        for (MeetingItem &item : items) {
            item.part = partIndex;
            item.position = int(result.items.size());
            result.items.push_back(std::move(item));
        }
    }
    if (result.items.empty() && scope.includeTasks) {
        if (scope.behindOnly)
            return fail(QCoreApplication::translate(
                "MeetingBuilder", "No indicator or task in the chosen scope is behind."));
        return fail(
            scope.includeUnreported
                ? QCoreApplication::translate("MeetingBuilder",
                                              "No indicator or task is in the chosen scope.")
                : QCoreApplication::translate(
                      "MeetingBuilder",
                      "No indicator or task in the chosen scope has been reported on yet."));
    }
    if (result.items.empty() && !scope.behindOnly && !scope.includeUnreported)
        return fail(QCoreApplication::translate(
            "MeetingBuilder", "No indicator in the chosen scope has figures yet."));
    if (result.items.empty())
        return fail(scope.behindOnly
                        ? QCoreApplication::translate("MeetingBuilder",
                                                      "No indicator in the chosen scope is behind.")
                        : QCoreApplication::translate("MeetingBuilder",
                                                      "No indicator is in the chosen scope."));
    return result;
}

} // namespace pd
