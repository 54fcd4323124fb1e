#include "modelfanoutrule.h"

#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

QStringList ModelFanoutRule::codes() const
{
    return {RuleCode::ModelFanout};
}

void ModelFanoutRule::checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                                 std::vector<std::vector<Diagnostic>> &byNode) const
{
    const int threshold = context.thresholds().modelsFanout;
    const auto isLeaf = [&](const Node *child) {
        return child->type == ResourceType::Model && context.childrenOf(*child).empty();
    };
    for (const Node *nodeInSet : nodes) {
        const Node &node = *nodeInSet;
        const std::vector<const Node *> &children = context.childrenOf(node);
        // Counted before anything is named: most nodes of a mesh are below the threshold.
        const auto leafCount = std::count_if(children.begin(), children.end(), isLeaf);
        if (leafCount < std::max(threshold, 1) || !context.factsOf(node).inWorkspace)
            continue;
        QStringList leaves;
        for (const Node *child : children) {
            if (isLeaf(child))
                leaves.append(child->name);
        }
        leaves.sort();
        byNode[context.indexOf(node)].push_back(RuleContext::finding(
            Severity::Warning, RuleCode::ModelFanout, RuleContext::locationOf(node), node,
            tr("'%1' has %2 direct leaf children: %3 (dbt-project-evaluator: fct_model_fanout, "
               "threshold %4); move the transformation they share upstream, or let the BI tool "
               "do the final joins.")
                .arg(RuleContext::displayName(node))
                .arg(leaves.size())
                .arg(leaves.join(QLatin1String(", ")))
                .arg(threshold)));
    }
}

void ModelFanoutRule::addAffected(const RuleContext &context, const NodeEdit &edit,
                                  std::vector<const Node *> &affected) const
{
    // A parent that gained or lost the edited node has other children now, and may have
    // stopped or started being a leaf for its own parents.
    for (const Node *parent : parentsBeforeAndAfter(context, edit)) {
        affected.push_back(parent);
        const std::vector<const Node *> &grandparents = context.parentsOf(*parent);
        affected.insert(affected.end(), grandparents.begin(), grandparents.end());
    }
}

} // namespace Trellis::Core
