#include "report/ReportBuilder.h"

#include "plan/Clock.h"
#include "plan/PlanIndex.h"
#include "store/PlanStore.h"
#include "plan/PlanText.h"

#include <QCoreApplication>

#include <unordered_map>

namespace pd {
namespace {

bool isTopPart(NodeKind kind)
{
    return kind == NodeKind::MainTargets || kind == NodeKind::Area ||
           kind == NodeKind::Government || kind == NodeKind::Livelihood;
}

bool inScope(const ReportScope &scope, const PlanNode &top)
{
    switch (scope.kind) {
    case ReportScope::Kind::Book:
        return true;
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
        // The year-end pace needs the history, read only where there can be one.
        if (line.actual && indicator.kind == IndicatorKind::Count && line.evaluation.hasExpected())
            line.evaluation.projection = ProgressRules::projection(indicator, m_info.year, m_asOf,
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

    for (const PlanNode *top : walker.children(0)) {
        if (!isTopPart(top->kind) || !inScope(scope, *top))
            continue;
        // The self-building part is mostly qualitative: printed only when it has targets.
        if (top->kind == NodeKind::Government && scope.kind == ReportScope::Kind::Book &&
            !walker.hasIndicators(*top))
            continue;
        ReportSection section;
        section.part = planPartOf(top->kind);
        section.number = top->kind == NodeKind::Area ? top->ordinal : 0;
        section.title = PlanText::nodeLabel(*top);
        section.shortTitle = top->title;
        walker.addNode(*top, 0, section);
        book.total.add(section.tally);
        book.sections.push_back(std::move(section));
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
            break;
        }
    }
    return book;
}

} // namespace pd
