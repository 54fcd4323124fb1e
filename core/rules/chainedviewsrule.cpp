#include "chainedviewsrule.h"

#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

// For every node asked about, the longest run of views ending at it (0 for a table or a source)
// and the parent that run continues through, each computed once per check. The walk up the
// views is Tarjan's strongly connected components with an explicit stack (a mesh's chains can
// be longer than the call stack is deep): a view on a cycle (reported by TRL0212) counts as no
// run, whichever node the walk started from, so a re-check of a few nodes finds what a full
// check finds. A component is done once all it reads is done, so runs are known parents first.
class ViewRuns
{
public:
    explicit ViewRuns(const RuleContext &context)
        : m_context(context)
        , m_length(context.manifest().nodes.size(), kUnknown)
        , m_via(context.manifest().nodes.size(), nullptr)
        , m_order(context.manifest().nodes.size(), -1)
        , m_low(context.manifest().nodes.size(), -1)
    { }

    int lengthAt(const Node &node)
    {
        if (m_length[m_context.indexOf(node)] == kUnknown)
            visit(node);
        return m_length[m_context.indexOf(node)];
    }

    // The longest run among the node's parents, remembering which parent carries it.
    int longestParentRun(const Node &node)
    {
        int longest = 0;
        for (const Node *parent : m_context.parentsOf(node)) {
            const int run = std::max(m_length[m_context.indexOf(*parent)], 0);
            if (run > longest) {
                longest = run;
                m_via[m_context.indexOf(node)] = parent;
            }
        }
        return longest;
    }

    // Tarjan's algorithm from `root` over the edges from each view to its parents.
    void visit(const Node &root)
    {
        struct Call
        {
            const Node *node;
            size_t nextParent;
        };
        std::vector<Call> calls{{&root, 0}};
        while (!calls.empty()) {
            Call &call = calls.back();
            const size_t at = m_context.indexOf(*call.node);
            if (call.nextParent == 0 && m_order[at] < 0) {
                m_order[at] = m_low[at] = m_nextOrder++;
                m_length[at] = kInProgress;
                m_component.push_back(call.node);
            }
            const std::vector<const Node *> &parents
                = m_context.factsOf(*call.node).isView ? m_context.parentsOf(*call.node) : kNone;
            if (call.nextParent < parents.size()) {
                const Node *parent = parents[call.nextParent++];
                const size_t p = m_context.indexOf(*parent);
                if (m_length[p] == kUnknown)
                    calls.push_back({parent, 0});
                else if (m_length[p] == kInProgress)
                    m_low[at] = std::min(m_low[at], m_order[p]);
                continue;
            }
            if (m_low[at] == m_order[at])
                finishComponent(*call.node);
            const int low = m_low[at];
            calls.pop_back();
            if (!calls.empty()) {
                int &callerLow = m_low[m_context.indexOf(*calls.back().node)];
                callerLow = std::min(callerLow, low);
            }
        }
    }

    // Pops the component rooted at `root`: one node that does not read itself gets its run,
    // the nodes of a cycle get none.
    void finishComponent(const Node &root)
    {
        const auto first = std::find(m_component.begin(), m_component.end(), &root);
        const bool cycle = m_component.end() - first > 1
            || std::find(m_context.parentsOf(root).begin(), m_context.parentsOf(root).end(), &root)
                != m_context.parentsOf(root).end();
        for (auto member = first; member != m_component.end(); ++member)
            m_length[m_context.indexOf(**member)] = 0;
        if (!cycle && m_context.factsOf(root).isView)
            m_length[m_context.indexOf(root)] = 1 + longestParentRun(root);
        m_component.erase(first, m_component.end());
    }

    // The nodes of the longest run above `node`, from its start down to its direct parent.
    QStringList chainAbove(const Node &node) const
    {
        QStringList names;
        for (const Node *at = m_via[m_context.indexOf(node)];
             at && m_length[m_context.indexOf(*at)] > 0; at = m_via[m_context.indexOf(*at)])
            names.prepend(RuleContext::displayName(*at));
        return names;
    }

    const Node *parentInChain(const Node &node) const { return m_via[m_context.indexOf(node)]; }

private:
    static constexpr int kUnknown = -1;
    static constexpr int kInProgress = -2;

    const RuleContext &m_context;
    std::vector<int> m_length;
    std::vector<const Node *> m_via;
    std::vector<int> m_order; // Tarjan's: when the walk reached each node
    std::vector<int> m_low;   // and the earliest node still open that it reaches
    int m_nextOrder = 0;
    std::vector<const Node *> m_component; // nodes reached whose component is still open
    inline static const std::vector<const Node *> kNone{};
};

} // namespace

QStringList ChainedViewsRule::codes() const
{
    return {RuleCode::ChainedViews};
}

void ChainedViewsRule::checkNodes(const RuleContext &context,
                                  const std::vector<const Node *> &nodes,
                                  std::vector<std::vector<Diagnostic>> &byNode) const
{
    ViewRuns runs(context);
    const int threshold = context.thresholds().chainedViews;
    for (const Node *modelInSet : nodes) {
        const Node &model = *modelInSet;
        if (model.type != ResourceType::Model || !context.factsOf(model).inWorkspace)
            continue;
        for (const Node *parent : context.parentsOf(model))
            runs.lengthAt(*parent);
        const int chain = runs.longestParentRun(model);
        if (chain <= threshold)
            continue;
        byNode[context.indexOf(model)].push_back(RuleContext::finding(
            Severity::Warning, RuleCode::ChainedViews,
            context.callTo(model, *runs.parentInChain(model)), model,
            tr("Model '%1' is built on a chain of %2 views and ephemeral models: %3 "
               "(dbt-project-evaluator: fct_chained_views_dependencies, threshold %4); "
               "materialize one of them as a table or incremental model.")
                .arg(model.name)
                .arg(chain)
                .arg(runs.chainAbove(model).join(QLatin1String(" -> ")))
                .arg(threshold)));
    }
}

void ChainedViewsRule::addAffected(const RuleContext &context, const NodeEdit &edit,
                                   std::vector<const Node *> &affected) const
{
    // The run ending at the edited node may be longer or shorter now, and so may every run that
    // continues from it through views; a table below ends the runs but sees them end.
    std::vector<bool> seen(context.manifest().nodes.size(), false);
    std::vector<const Node *> stack{edit.node};
    seen[context.indexOf(*edit.node)] = true;
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        affected.push_back(node);
        if (node != edit.node && !context.factsOf(*node).isView)
            continue;
        for (const Node *child : context.childrenOf(*node)) {
            if (!seen[context.indexOf(*child)]) {
                seen[context.indexOf(*child)] = true;
                stack.push_back(child);
            }
        }
    }
}

} // namespace Trellis::Core
