#include "parse/ImportPreview.h"

#include <utility>

namespace pd {

ImportPreview::ImportPreview(ParsedPlan plan)
    : m_plan(std::move(plan)), m_included(m_plan.indicators.size(), true)
{
}

void ImportPreview::setIncluded(int item, bool included)
{
    if (item >= 0 && item < int(m_included.size()))
        m_included[item] = included;
}

bool ImportPreview::isIncluded(int item) const
{
    return item >= 0 && item < int(m_included.size()) && m_included[item];
}

int ImportPreview::topOf(int node) const
{
    while (node >= 0 && m_plan.nodes[node].parent >= 0)
        node = m_plan.nodes[node].parent;
    return node;
}

ImportPreview::Counts ImportPreview::counts() const
{
    Counts c;
    for (const ParsedPlan::Node &node : m_plan.nodes) {
        c.areas += node.kind == NodeKind::Area ? 1 : 0;
        c.livelihoodProjects += node.kind == NodeKind::LivelihoodProject ? 1 : 0;
    }
    for (size_t i = 0; i < m_plan.indicators.size(); ++i) {
        if (!m_included[i])
            continue;
        ++c.indicators;
        const int top = topOf(m_plan.indicators[i].node);
        switch (top >= 0 ? planPartOf(m_plan.nodes[top].kind) : PlanPart::Area) {
        case PlanPart::Main:
            ++c.mainTargets;
            break;
        case PlanPart::Area:
            ++c.areaIndicators;
            break;
        case PlanPart::Government:
            ++c.governmentIndicators;
            break;
        case PlanPart::Livelihood:
            ++c.livelihoodIndicators;
            break;
        }
    }
    return c;
}

std::vector<ImportPreview::Warning> ImportPreview::warnings() const
{
    std::vector<Warning> out;
    std::vector<int> perTop(m_plan.nodes.size(), 0);
    for (size_t i = 0; i < m_plan.indicators.size(); ++i) {
        const int top = topOf(m_plan.indicators[i].node);
        if (m_included[i] && top >= 0)
            ++perTop[top];
    }
    bool hasMain = false;
    bool hasLivelihood = false;
    for (size_t n = 0; n < m_plan.nodes.size(); ++n) {
        const ParsedPlan::Node &node = m_plan.nodes[n];
        if (node.parent >= 0)
            continue;
        if (node.kind == NodeKind::MainTargets && perTop[n] > 0)
            hasMain = true;
        if (node.kind == NodeKind::Livelihood)
            hasLivelihood = true;
    }
    if (!hasMain)
        out.push_back({WarningKind::NoMainTargets, -1,
                       tr("No main expected targets (主要预期目标) were found; check the report's "
                          "plan part.")});
    for (size_t n = 0; n < m_plan.nodes.size(); ++n) {
        const ParsedPlan::Node &node = m_plan.nodes[n];
        if (node.parent < 0 && node.kind == NodeKind::Area && perTop[n] == 0)
            out.push_back(
                {WarningKind::AreaWithoutTargets, int(n),
                 tr("Area %1 (%2) has no quantified target.").arg(node.ordinal).arg(node.title)});
    }
    if (!hasLivelihood && (m_plan.info.sourceText.contains(QStringLiteral("民生实事")) ||
                           m_plan.info.sourceText.contains(QStringLiteral("为民办实事"))))
        out.push_back({WarningKind::NoLivelihoodList, -1,
                       tr("The report mentions livelihood projects (民生实事) but lists none; "
                          "no livelihood part is created.")});
    for (const ParsedPlan::Dropped &d : m_plan.dropped) {
        if (d.reason == QLatin1String("unquantified")) {
            out.push_back(
                {WarningKind::Unquantified, d.node,
                 tr("Main target stated without a figure (not tracked): %1").arg(d.snippet)});
            continue;
        }
        const bool forecast = d.reason == QLatin1String("forecast");
        out.push_back({forecast ? WarningKind::Forecast : WarningKind::PastFigure, d.node,
                       (forecast ? tr("Left out as a forecast, not a target: %1")
                                 : tr("Left out as a past figure, not a target: %1"))
                           .arg(d.snippet)});
    }
    return out;
}

QStringList ImportPreview::countLines() const
{
    const Counts c = counts();
    QStringList lines;
    lines << tr("Main targets: %n", "", c.mainTargets);
    lines << tr("Work areas: %1, with %n indicator(s)", "", c.areaIndicators).arg(c.areas);
    lines << tr("Government self-building: %n indicator(s)", "", c.governmentIndicators);
    lines << tr("Livelihood projects: %1, with %n indicator(s)", "", c.livelihoodIndicators)
                 .arg(c.livelihoodProjects);
    lines << tr("Indicators in all: %n", "", c.indicators);
    return lines;
}

QStringList ImportPreview::warningLines() const
{
    QStringList lines;
    for (const Warning &w : warnings())
        lines << w.text;
    return lines;
}

ParsedPlan ImportPreview::result() const
{
    ParsedPlan out;
    out.info = m_plan.info;
    out.nodes = m_plan.nodes;
    out.dropped = m_plan.dropped;
    std::vector<int> kept(m_plan.indicators.size(), -1); // old index -> new, -1 when left out
    for (size_t i = 0; i < m_plan.indicators.size(); ++i) {
        if (m_included[i]) {
            kept[i] = int(out.indicators.size());
            out.indicators.push_back(m_plan.indicators[i]);
        }
    }
    // Every task stays (a commitment is there whatever is tracked of it); its links follow the
    // indicators kept.
    out.tasks = m_plan.tasks;
    for (ParsedPlan::Task &task : out.tasks) {
        std::vector<int> indicators;
        QStringList codes;
        for (std::size_t k = 0; k < task.indicators.size(); ++k) {
            const int old = task.indicators[k];
            if (old >= 0 && old < int(kept.size()) && kept[old] >= 0) {
                indicators.push_back(kept[old]);
                codes << task.indicatorCodes.value(int(k));
            }
        }
        task.indicators = std::move(indicators);
        task.indicatorCodes = codes;
    }
    return out;
}

} // namespace pd
