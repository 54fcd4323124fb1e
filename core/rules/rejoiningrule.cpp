#include "rejoiningrule.h"

#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

// The evaluator counts a node's uses without exposures (and tests, which the context leaves out).
bool feedsOnlyOneNode(const RuleContext &context, const Node &node)
{
    const std::vector<const Node *> &children = context.childrenOf(node);
    return std::count_if(children.begin(), children.end(),
                         [](const Node *child) { return child->type != ResourceType::Exposure; })
        == 1;
}

} // namespace

QStringList RejoiningRule::codes() const
{
    return {RuleCode::RejoiningUpstream};
}

void RejoiningRule::checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                               std::vector<std::vector<Diagnostic>> &byNode) const
{
    for (const Node *childInSet : nodes) {
        const Node &child = *childInSet;
        const std::vector<const Node *> &parents = context.parentsOf(child);
        if (parents.size() < 2 || child.type == ResourceType::Test
            || child.type == ResourceType::Exposure
            || !context.factsOf(child).inWorkspace)
            continue;
        for (const Node *between : parents) {
            if (!feedsOnlyOneNode(context, *between))
                continue;
            for (const Node *upstream : context.parentsOf(*between)) {
                if (std::find(parents.begin(), parents.end(), upstream) == parents.end())
                    continue;
                Diagnostic d = RuleContext::finding(
                    Severity::Warning, RuleCode::RejoiningUpstream,
                    context.callTo(child, *upstream), child,
                    tr("'%1' reads '%2' directly and through '%3', which feeds nothing else "
                       "(dbt-project-evaluator: fct_rejoining_of_upstream_concepts); fold '%3' "
                       "into '%1' as a CTE, or read '%2' only through '%3'.")
                        .arg(RuleContext::displayName(child), RuleContext::displayName(*upstream),
                             RuleContext::displayName(*between)));
                d.related.push_back(RuleContext::relatedTo(
                    *between,
                    tr("'%1' is read only by '%2'")
                        .arg(RuleContext::displayName(*between), RuleContext::displayName(child))));
                byNode[context.indexOf(child)].push_back(std::move(d));
            }
        }
    }
}

void RejoiningRule::addAffected(const RuleContext &context, const NodeEdit &edit,
                                std::vector<const Node *> &affected) const
{
    // The edited node's children see it with new parents; the children of a parent that gained
    // or lost it see that parent feed a different number of nodes.
    const std::vector<const Node *> &children = context.childrenOf(*edit.node);
    affected.insert(affected.end(), children.begin(), children.end());
    for (const Node *parent : parentsBeforeAndAfter(context, edit)) {
        const std::vector<const Node *> &siblings = context.childrenOf(*parent);
        affected.insert(affected.end(), siblings.begin(), siblings.end());
    }
}

} // namespace Trellis::Core
