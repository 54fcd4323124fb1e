#include "toomanyjoinsrule.h"

#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

QStringList TooManyJoinsRule::codes() const
{
    return {RuleCode::TooManyJoins};
}

void TooManyJoinsRule::checkNode(const RuleContext &context, const Node &node,
                                 std::vector<Diagnostic> &findings) const
{
    const int threshold = context.thresholds().tooManyJoins;
    const size_t parents = context.parentsOf(node).size();
    if (node.type != ResourceType::Model || parents < size_t(std::max(threshold, 1))
        || !context.factsOf(node).inWorkspace)
        return;
    findings.push_back(RuleContext::finding(
        Severity::Warning, RuleCode::TooManyJoins, RuleContext::locationOf(node), node,
        tr("Model '%1' reads %2 models and sources (dbt-project-evaluator: fct_too_many_joins, "
           "threshold %3); join some of them in an intermediate model first.")
            .arg(node.name)
            .arg(parents)
            .arg(threshold)));
}

} // namespace Trellis::Core
