#pragma once

#include "plan/PlanTypes.h"

#include <unordered_map>
#include <vector>

namespace pd {

/// Where each node and indicator sits in the report: its part and its number (area 1–9,
/// livelihood project 1–36), looked up from the node tree once.
class PlanIndex
{
public:
    PlanIndex() = default;
    explicit PlanIndex(std::vector<PlanNode> nodes);

    const std::vector<PlanNode> &nodes() const { return m_nodes; }
    const PlanNode *node(qint64 id) const;
    PlanPart partOf(qint64 nodeId) const;
    /// The area number for area nodes, the project number for livelihood nodes, else 0.
    int partNumberOf(qint64 nodeId) const;
    /// The area (or livelihood project, or top part) node containing nodeId.
    const PlanNode *topOf(qint64 nodeId) const;
    /// The chain from the top part down to nodeId.
    std::vector<const PlanNode *> pathOf(qint64 nodeId) const;

private:
    std::vector<PlanNode> m_nodes;
    std::unordered_map<qint64, int> m_byId;
};

} // namespace pd
