#include "plan/PlanIndex.h"

namespace pd {

PlanIndex::PlanIndex(std::vector<PlanNode> nodes) : m_nodes(std::move(nodes))
{
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_byId[m_nodes[i].id] = i;
}

const PlanNode *PlanIndex::node(qint64 id) const
{
    const auto found = m_byId.find(id);
    return found == m_byId.end() ? nullptr : &m_nodes[found->second];
}

std::vector<const PlanNode *> PlanIndex::pathOf(qint64 nodeId) const
{
    std::vector<const PlanNode *> path;
    for (const PlanNode *n = node(nodeId); n; n = n->parentId ? node(n->parentId) : nullptr)
        path.insert(path.begin(), n);
    return path;
}

const PlanNode *PlanIndex::topOf(qint64 nodeId) const
{
    const auto path = pathOf(nodeId);
    return path.empty() ? nullptr : path.front();
}

PlanPart PlanIndex::partOf(qint64 nodeId) const
{
    const PlanNode *top = topOf(nodeId);
    if (!top)
        return PlanPart::Area;
    return planPartOf(top->kind);
}

int PlanIndex::partNumberOf(qint64 nodeId) const
{
    for (const PlanNode *n : pathOf(nodeId)) {
        if (n->kind == NodeKind::Area || n->kind == NodeKind::LivelihoodProject)
            return n->ordinal;
    }
    return 0;
}

} // namespace pd
