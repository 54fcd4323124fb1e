#include "nodecyclerule.h"

#include "core/rules/cyclefinder.h"
#include "core/rules/rulecodes.h"

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
    std::vector<std::vector<int>> edges(nodes.size());
    for (size_t child = 0; child < nodes.size(); ++child) {
        if (nodes[child].type == ResourceType::Test)
            continue;
        for (const Node *parent : context.parentsOf(nodes[child]))
            edges[context.indexOf(*parent)].push_back(int(child));
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
