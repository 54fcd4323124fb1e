#include "nodecyclerule.h"

#include "core/rules/cyclefinder.h"
#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

QStringList NodeCycleRule::codes() const
{
    return {RuleCode::NodeCycle};
}

void NodeCycleRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    const std::vector<Node> &nodes = context.manifest().nodes;
    // Edges run from parent to child, the direction dbt prints a cycle in. Nothing depends on a
    // test, so tests cannot close a cycle and stay out of the graph.
    // The context's child lists are just that graph, in manifest order.
    std::vector<std::vector<int>> edges(nodes.size());
    for (size_t parent = 0; parent < nodes.size(); ++parent) {
        const std::vector<const Node *> &children = context.childrenOf(nodes[parent]);
        edges[parent].reserve(children.size());
        for (const Node *child : children)
            edges[parent].push_back(int(context.indexOf(*child)));
    }
    for (const std::vector<int> &cycle : CycleFinder::cycles(edges)) {
        QStringList ids;
        for (const int member : cycle)
            ids.append(nodes[size_t(member)].uniqueId);
        ids.append(ids.front());
        const auto step = [&](size_t i) {
            return std::pair<const Node &, const Node &>(
                nodes[size_t(cycle[i])], nodes[size_t(cycle[(i + 1) % cycle.size()])]);
        };
        const auto [firstParent, firstChild] = step(0);
        Diagnostic d = RuleContext::finding(
            Severity::Error, RuleCode::NodeCycle, whereDepends(context, firstChild, firstParent),
            firstChild,
            tr("Found a cycle: %1. Remove one of these references; a model cannot depend on "
               "itself, even through others.")
                .arg(ids.join(QLatin1String(" --> "))));
        for (size_t i = 1; i < cycle.size(); ++i) {
            const auto [parent, child] = step(i);
            const SourceLocation where = whereDepends(context, child, parent);
            d.related.push_back({where.file, where.line, where.column,
                                 tr("'%1' references '%2'").arg(child.name, parent.name)});
        }
        findings.push_back(std::move(d));
    }
}

bool NodeCycleRule::mayHaveChanged(const RuleContext &context, const std::vector<NodeEdit> &edits,
                                   const std::vector<Diagnostic> &before) const
{
    if (!before.empty())
        return true;
    std::vector<bool> seen(context.manifest().nodes.size(), false);
    std::vector<const Node *> stack;
    for (const NodeEdit &edit : edits) {
        if (edit.node->type == ResourceType::Test)
            continue; // tests are no part of the graph the cycles are searched in
        std::vector<const Node *> added;
        for (const Node *parent : context.parentsOf(*edit.node)) {
            if (std::find(edit.formerParents.begin(), edit.formerParents.end(), parent)
                == edit.formerParents.end())
                added.push_back(parent);
        }
        if (added.empty())
            continue;
        // Down from the edited node, looking for a parent it has just gained.
        std::fill(seen.begin(), seen.end(), false);
        stack.assign(1, edit.node);
        while (!stack.empty()) {
            const Node *node = stack.back();
            stack.pop_back();
            if (std::find(added.begin(), added.end(), node) != added.end())
                return true;
            for (const Node *child : context.childrenOf(*node)) {
                if (!seen[context.indexOf(*child)]) {
                    seen[context.indexOf(*child)] = true;
                    stack.push_back(child);
                }
            }
        }
    }
    return false;
}

SourceLocation NodeCycleRule::whereDepends(const RuleContext &context, const Node &child,
                                           const Node &parent)
{
    for (const ResolvedRef &ref : context.refsOf(child)) {
        if (ref.target == &parent)
            return ref.call->location;
    }
    return RuleContext::locationOf(child);
}

} // namespace Trellis::Core
