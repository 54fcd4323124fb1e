#pragma once

#include "core/rules/rulecontext.h"

#include <vector>

namespace Trellis::Core {

// The children of every node, by pointer, derived from the parents a rule context knows. The
// DAG rules that look downstream need them for every node, and the manifest's child map, keyed
// by unique id, would cost a hash lookup per child. Tests are left out, as dbt-project-evaluator
// leaves them out of its DAG. Built per check; points into the context's manifest.
class ChildIndex
{
public:
    explicit ChildIndex(const RuleContext &context);

    const std::vector<const Node *> &childrenOf(const Node &node) const
    {
        return m_children[m_context.indexOf(node)];
    }

private:
    const RuleContext &m_context;
    std::vector<std::vector<const Node *>> m_children; // parallel to manifest.nodes
};

} // namespace Trellis::Core
