#include "chainedviewsrule.h"

#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

bool isView(const Node &node)
{
    if (node.type != ResourceType::Model)
        return false;
    const QString materialized = node.materialized();
    // dbt builds a model as a view unless told otherwise.
    return materialized.isEmpty() || materialized == QLatin1String("view")
        || materialized == QLatin1String("ephemeral");
}

// For every node, the longest run of views ending at it (0 for a table or a source) and the
// parent that run continues through, computed once for the whole graph with an explicit stack,
// as a mesh's chains can be longer than the call stack is deep.
class ViewRuns
{
public:
    explicit ViewRuns(const RuleContext &context)
        : m_context(context)
        , m_length(context.manifest().nodes.size(), kUnknown)
        , m_via(context.manifest().nodes.size(), nullptr)
    { }

    int lengthAt(const Node &node)
    {
        std::vector<const Node *> &stack = m_stack;
        stack.assign(1, &node);
        while (!stack.empty()) {
            const Node *top = stack.back();
            int &length = m_length[m_context.indexOf(*top)];
            if (length >= 0) {
                stack.pop_back();
                continue;
            }
            if (!isView(*top)) {
                length = 0;
                stack.pop_back();
                continue;
            }
            if (length == kUnknown) {
                // Parents first; a parent met again while in progress closes a cycle (reported
                // by TRL0212) and counts as no run.
                length = kInProgress;
                for (const Node *parent : m_context.parentsOf(*top)) {
                    if (m_length[m_context.indexOf(*parent)] == kUnknown)
                        stack.push_back(parent);
                }
                continue;
            }
            stack.pop_back();
            length = 1 + longestParentRun(*top);
        }
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
    std::vector<const Node *> m_stack; // lengthAt's, kept to spare an allocation per call
};

} // namespace

QStringList ChainedViewsRule::codes() const
{
    return {RuleCode::ChainedViews};
}

void ChainedViewsRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    ViewRuns runs(context);
    const int threshold = context.thresholds().chainedViews;
    for (const Node &model : context.manifest().nodes) {
        if (model.type != ResourceType::Model || !context.factsOf(model).inWorkspace)
            continue;
        for (const Node *parent : context.parentsOf(model))
            runs.lengthAt(*parent);
        const int chain = runs.longestParentRun(model);
        if (chain <= threshold)
            continue;
        findings.push_back(RuleContext::finding(
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

} // namespace Trellis::Core
