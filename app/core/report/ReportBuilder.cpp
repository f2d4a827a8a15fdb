#include "report/ReportBuilder.h"

#include "plan/Clock.h"
#include "plan/PlanIndex.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "plan/PlanText.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace pd {
namespace {

bool isTopPart(NodeKind kind)
{
    return kind == NodeKind::MainTargets || kind == NodeKind::Area ||
           kind == NodeKind::Government || kind == NodeKind::Livelihood;
}

bool inScope(const ReportScope &scope, const PlanNode &top, qint64 indicatorTop)
{
    switch (scope.kind) {
    case ReportScope::Kind::Book:
        return true;
    case ReportScope::Kind::Indicator:
        return top.id == indicatorTop;
    case ReportScope::Kind::Area:
        return top.kind == NodeKind::Area && top.ordinal == scope.area;
    case ReportScope::Kind::Main:
        return top.kind == NodeKind::MainTargets;
    case ReportScope::Kind::Government:
        return top.kind == NodeKind::Government;
    case ReportScope::Kind::Livelihood:
        return top.kind == NodeKind::Livelihood;
    }
    return false;
}

/// The plan's tree with each node's indicators, to walk a part depth first.
class Walker
{
public:
    Walker(const std::vector<PlanNode> &nodes, const std::vector<Indicator> &indicators,
           const std::map<qint64, Measurement> &latest, const PlanInfo &info, const QDate &asOf,
           const PlanStore &store)
        : m_latest(latest), m_info(info), m_asOf(asOf), m_store(store)
    {
        for (const PlanNode &node : nodes)
            m_children[node.parentId].push_back(&node);
        for (const Indicator &indicator : indicators)
            m_indicators[indicator.nodeId].push_back(&indicator);
        for (auto &[id, list] : m_indicators) {
            std::stable_sort(list.begin(), list.end(), [](const Indicator *a, const Indicator *b) {
                return a->ordinal < b->ordinal;
            });
        }
    }

    const std::vector<const PlanNode *> &children(qint64 id) const
    {
        static const std::vector<const PlanNode *> none;
        const auto found = m_children.find(id);
        return found == m_children.end() ? none : found->second;
    }

    bool hasIndicators(const PlanNode &node) const
    {
        if (m_indicators.count(node.id))
            return true;
        for (const PlanNode *child : children(node.id)) {
            if (hasIndicators(*child))
                return true;
        }
        return false;
    }

    /// Adds a node's indicators, then each child with indicators under a heading.
    void addNode(const PlanNode &node, int level, ReportSection &section) const
    {
        const auto own = m_indicators.find(node.id);
        if (own != m_indicators.end()) {
            for (const Indicator *indicator : own->second)
                addIndicator(*indicator, section);
        }
        for (const PlanNode *child : children(node.id)) {
            if (!hasIndicators(*child))
                continue;
            ReportLine heading;
            heading.type = ReportLine::Type::Heading;
            heading.level = level;
            heading.heading = PlanText::nodeLabel(*child);
            section.lines.push_back(std::move(heading));
            addNode(*child, level + 1, section);
        }
    }

private:
    void addIndicator(const Indicator &indicator, ReportSection &section) const
    {
        ReportLine line;
        line.type = ReportLine::Type::Indicator;
        line.indicator = indicator;
        const auto found = m_latest.find(indicator.id);
        if (found != m_latest.end())
            line.actual = found->second;
        line.evaluation = ProgressRules::evaluate(
            indicator, m_info.year, m_asOf,
            line.actual ? std::optional<double>(line.actual->value) : std::nullopt,
            line.actual ? line.actual->date : QDate());
        // The year-end pace needs two figures of the year, counted only where there can be a
        // pace (the latest of them is the actual, unless that is from another year: then the
        // history decides).
        if (line.actual && indicator.kind == IndicatorKind::Count && line.evaluation.hasExpected())
            line.evaluation.projection =
                line.actual->date.year() == m_info.year
                    ? ProgressRules::projection(indicator, m_info.year, *line.actual,
                                                m_store.figureCount(indicator.id,
                                                                    QDate(m_info.year, 1, 1),
                                                                    line.actual->date, 2))
                    : ProgressRules::projection(indicator, m_info.year, m_asOf,
                                                m_store.figures(indicator.id));
        section.tally.add(line.evaluation);
        section.lines.push_back(std::move(line));
    }

    std::unordered_map<qint64, std::vector<const PlanNode *>> m_children;
    std::unordered_map<qint64, std::vector<const Indicator *>> m_indicators;
    const std::map<qint64, Measurement> &m_latest;
    const PlanInfo &m_info;
    QDate m_asOf;
    const PlanStore &m_store;
};

/// Keeps the indicator lines keep() accepts and the headings with one of them below.
template <typename Keep> void keepOnly(std::vector<ReportLine> &lines, Keep keep)
{
    std::vector<bool> kept(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].type == ReportLine::Type::Indicator) {
            kept[i] = keep(lines[i]);
            continue;
        }
        // A heading covers the lines up to the next heading of its level or above.
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].type == ReportLine::Type::Heading) {
                if (lines[j].level <= lines[i].level)
                    break;
                continue;
            }
            if (keep(lines[j])) {
                kept[i] = true;
                break;
            }
        }
    }
    std::vector<ReportLine> result;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kept[i])
            result.push_back(std::move(lines[i]));
    }
    lines = std::move(result);
}

/// A part's 台账: under each section with tasks its heading, then its tasks in report order.
class TaskWalker
{
public:
    TaskWalker(std::vector<TaskRecord> tasks, std::map<qint64, TaskProgress> progress)
        : m_all(std::move(tasks)), m_progress(std::move(progress))
    {
        for (const TaskRecord &task : m_all)
            m_tasks[task.nodeId].push_back(&task);
    }

    bool hasTasks(const Walker &tree, const PlanNode &node) const
    {
        if (m_tasks.count(node.id))
            return true;
        for (const PlanNode *child : tree.children(node.id)) {
            if (hasTasks(tree, *child))
                return true;
        }
        return false;
    }

    void addNode(const Walker &tree, const PlanNode &node, int level, const QDate &asOf,
                 const std::unordered_map<qint64, ProgressRules::Evaluation> &evaluations,
                 ReportSection &section) const
    {
        const auto own = m_tasks.find(node.id);
        if (own != m_tasks.end()) {
            for (const TaskRecord *task : own->second) {
                ReportTaskLine line;
                line.type = ReportTaskLine::Type::Task;
                line.task = *task;
                const auto found = m_progress.find(task->id);
                if (found != m_progress.end())
                    line.progress = found->second;
                line.overdue = task->isOverdue(asOf);
                for (qint64 id : task->indicatorIds) {
                    const auto evaluation = evaluations.find(id);
                    if (evaluation != evaluations.end())
                        line.indicators.add(evaluation->second);
                }
                ++section.taskCount;
                section.overdueTasks += line.overdue ? 1 : 0;
                section.tasks.push_back(std::move(line));
            }
        }
        for (const PlanNode *child : tree.children(node.id)) {
            if (!hasTasks(tree, *child))
                continue;
            ReportTaskLine heading;
            heading.type = ReportTaskLine::Type::Heading;
            heading.level = level;
            heading.heading = PlanText::nodeLabel(*child);
            section.tasks.push_back(std::move(heading));
            addNode(tree, *child, level + 1, asOf, evaluations, section);
        }
    }

private:
    std::vector<TaskRecord> m_all; ///< owned: m_tasks points into it
    std::unordered_map<qint64, std::vector<const TaskRecord *>> m_tasks;
    std::map<qint64, TaskProgress> m_progress;
};

/// Keeps the task lines the scope shows and the headings with one of them below.
void keepTasks(std::vector<ReportTaskLine> &lines, const ReportScope &scope, const QDate &asOf)
{
    auto keep = [&](const ReportTaskLine &line) { return scope.showsTask(line.task, asOf); };
    std::vector<bool> kept(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].type == ReportTaskLine::Type::Task) {
            kept[i] = keep(lines[i]);
            continue;
        }
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].type == ReportTaskLine::Type::Heading) {
                if (lines[j].level <= lines[i].level)
                    break;
                continue;
            }
            if (keep(lines[j])) {
                kept[i] = true;
                break;
            }
        }
    }
    std::vector<ReportTaskLine> result;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kept[i])
            result.push_back(std::move(lines[i]));
    }
    lines = std::move(result);
}

int indicatorLines(const std::vector<ReportLine> &lines)
{
    return int(std::count_if(lines.begin(), lines.end(), [](const ReportLine &line) {
        return line.type == ReportLine::Type::Indicator;
    }));
}

} // namespace

std::optional<ReportBook> ReportBuilder::build(const PlanStore &store, const QDate &asOf,
                                               const ReportScope &scope, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!store.isOpen() || !store.hasPlan())
        return fail(QCoreApplication::translate("ProgressReport", "The data file holds no plan."));

    ReportBook book;
    book.info = store.planInfo();
    book.info.sourceText.clear();
    book.asOf = asOf.isValid() ? asOf : Clock::today();
    book.generated = QDateTime::currentDateTime();
    book.expected = ProgressRules::expectedShare(book.info.year, book.asOf);
    book.scope = scope;

    const std::vector<PlanNode> nodes = store.nodes();
    const std::vector<Indicator> indicators = store.indicators();
    const std::map<qint64, Measurement> latest = store.latestMeasurements(book.asOf);
    const Walker walker(nodes, indicators, latest, book.info, book.asOf, store);
    std::optional<TaskWalker> tasks;
    if (scope.ledger && scope.kind != ReportScope::Kind::Indicator) {
        const TaskStore *taskStore = TaskStore::of(&store);
        tasks.emplace(taskStore->tasks(), taskStore->latestProgress(book.asOf));
    }

    // One indicator: the part it sits in, found through its node's ancestors.
    qint64 indicatorTop = -1;
    if (scope.kind == ReportScope::Kind::Indicator) {
        const auto found =
            std::find_if(indicators.begin(), indicators.end(), [&](const Indicator &ind) {
                return ind.code == scope.indicator.trimmed();
            });
        if (found == indicators.end()) {
            return fail(QCoreApplication::translate("ProgressReport",
                                                    "There is no indicator with the code \"%1\".")
                            .arg(scope.indicator));
        }
        std::unordered_map<qint64, qint64> parents;
        for (const PlanNode &node : nodes)
            parents[node.id] = node.parentId;
        indicatorTop = found->nodeId;
        while (parents.count(indicatorTop) && parents[indicatorTop] != 0)
            indicatorTop = parents[indicatorTop];
    }

    // Every part is in the book, the self-building part too: its sheet says when it sets no
    // quantified targets, and the contents list it.
    bool leftOutForUnit = false;
    for (const PlanNode *top : walker.children(0)) {
        if (!isTopPart(top->kind) || !inScope(scope, *top, indicatorTop))
            continue;
        ReportSection section;
        section.part = planPartOf(top->kind);
        section.number = top->kind == NodeKind::Area ? top->ordinal : 0;
        section.title = PlanText::nodeLabel(*top);
        section.shortTitle = top->title;
        walker.addNode(*top, 0, section);
        if (tasks) {
            // The indicators' state beside each task, from the part's lines before any filter.
            std::unordered_map<qint64, ProgressRules::Evaluation> evaluations;
            for (const ReportLine &line : section.lines) {
                if (line.type == ReportLine::Type::Indicator)
                    evaluations.emplace(line.indicator.id, line.evaluation);
            }
            tasks->addNode(walker, *top, 0, book.asOf, evaluations, section);
            if (scope.behindOnly || !scope.unit.isEmpty())
                keepTasks(section.tasks, scope, book.asOf);
            if (!scope.unit.isEmpty()) {
                // A unit's 台账 counts its own tasks, as its tally counts its own indicators.
                section.taskCount = 0;
                section.overdueTasks = 0;
                for (const ReportTaskLine &line : section.tasks) {
                    if (line.type != ReportTaskLine::Type::Task)
                        continue;
                    ++section.taskCount;
                    section.overdueTasks += line.overdue ? 1 : 0;
                }
            }
            section.tasksShown = int(std::count_if(
                section.tasks.begin(), section.tasks.end(), [](const ReportTaskLine &line) {
                    return line.type == ReportTaskLine::Type::Task;
                }));
        }
        if (scope.kind == ReportScope::Kind::Indicator) {
            const QString code = scope.indicator.trimmed();
            keepOnly(section.lines,
                     [&](const ReportLine &line) { return line.indicator.code == code; });
            section.tally = ReportTally();
            for (ReportLine &line : section.lines) {
                if (line.type != ReportLine::Type::Indicator)
                    continue;
                section.tally.add(line.evaluation);
                for (Measurement &m : store.measurements(line.indicator.id)) {
                    if (m.date <= book.asOf)
                        line.history.push_back(std::move(m));
                }
            }
        } else {
            if (!scope.unit.isEmpty()) {
                // A unit's own report: its indicators and its tally; a part it leads nothing
                // in is left out.
                keepOnly(section.lines, [&](const ReportLine &line) {
                    return line.indicator.leadUnit == scope.unit;
                });
                section.tally = ReportTally();
                for (const ReportLine &line : section.lines) {
                    if (line.type == ReportLine::Type::Indicator)
                        section.tally.add(line.evaluation);
                }
                if (section.tally.indicators == 0 && section.taskCount == 0) {
                    leftOutForUnit = true;
                    continue;
                }
            }
            if (scope.behindOnly) {
                keepOnly(section.lines, [&](const ReportLine &line) {
                    return scope.shows(line.evaluation.status);
                });
            }
        }
        section.shown = indicatorLines(section.lines);
        book.total.add(section.tally);
        book.sections.push_back(std::move(section));
    }

    if (book.sections.empty() && leftOutForUnit) {
        return fail(QCoreApplication::translate("ProgressReport",
                                                "%1 leads no indicator in this part of the plan.")
                        .arg(scope.unit));
    }
    if (book.sections.empty()) {
        switch (scope.kind) {
        case ReportScope::Kind::Area:
            return fail(
                QCoreApplication::translate("ProgressReport", "The plan has no area number %1.")
                    .arg(scope.area));
        case ReportScope::Kind::Main:
        case ReportScope::Kind::Government:
        case ReportScope::Kind::Livelihood:
            return fail(
                QCoreApplication::translate("ProgressReport", "The plan does not have that part."));
        case ReportScope::Kind::Book:
        case ReportScope::Kind::Indicator:
            break;
        }
    }
    return book;
}

} // namespace pd
