#include "modelfanoutrule.h"

#include "core/rules/childindex.h"
#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

QStringList ModelFanoutRule::codes() const
{
    return {RuleCode::ModelFanout};
}

void ModelFanoutRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    const ChildIndex index(context);
    const int threshold = context.thresholds().modelsFanout;
    const auto isLeaf = [&](const Node *child) {
        return child->type == ResourceType::Model && index.childrenOf(*child).empty();
    };
    for (const Node &node : context.manifest().nodes) {
        const std::vector<const Node *> &children = index.childrenOf(node);
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
        findings.push_back(RuleContext::finding(
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

} // namespace Trellis::Core
