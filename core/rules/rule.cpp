#include "rule.h"

#include <algorithm>
#include <iterator>

namespace Trellis::Core {

void NeighbourhoodRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    const std::vector<Node> &nodes = context.manifest().nodes;
    std::vector<const Node *> all;
    all.reserve(nodes.size());
    for (const Node &node : nodes)
        all.push_back(&node);
    std::vector<std::vector<Diagnostic>> byNode(nodes.size());
    checkNodes(context, all, byNode);
    for (std::vector<Diagnostic> &ofNode : byNode)
        std::move(ofNode.begin(), ofNode.end(), std::back_inserter(findings));
}

std::vector<const Node *> NeighbourhoodRule::parentsBeforeAndAfter(const RuleContext &context,
                                                                   const NodeEdit &edit)
{
    std::vector<const Node *> parents = context.parentsOf(*edit.node);
    for (const Node *former : edit.formerParents) {
        if (std::find(parents.begin(), parents.end(), former) == parents.end())
            parents.push_back(former);
    }
    return parents;
}

} // namespace Trellis::Core
