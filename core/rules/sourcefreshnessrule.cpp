#include "sourcefreshnessrule.h"

#include "core/rules/rulecodes.h"

#include <QJsonObject>

namespace Trellis::Core {

namespace {

// A warn_after or error_after with a count: `freshness: {warn_after: {count: null}}` turns a
// source's check off for one table, as in dbt.
bool checksFreshness(const QJsonObject &freshness)
{
    for (const QLatin1String key : {QLatin1String("warn_after"), QLatin1String("error_after")}) {
        const QJsonValue count = freshness.value(key).toObject().value(QLatin1String("count"));
        if (count.isDouble() || (count.isString() && !count.toString().isEmpty()))
            return true;
    }
    return false;
}

} // namespace

QStringList SourceFreshnessRule::codes() const
{
    return {RuleCode::SourceWithoutFreshness};
}

void SourceFreshnessRule::checkNode(const RuleContext &context, const Node &node,
                                    std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Source || !context.factsOf(node).inWorkspace
        || checksFreshness(node.freshness))
        return;
    findings.push_back(RuleContext::finding(
        Severity::Warning, RuleCode::SourceWithoutFreshness, RuleContext::locationOf(node), node,
        tr("Source table '%1' has no freshness check (dbt-project-evaluator: "
           "fct_sources_without_freshness); give it or its source a freshness with warn_after or "
           "error_after, and a loaded_at_field, so a stalled load shows.")
            .arg(RuleContext::displayName(node))));
}

} // namespace Trellis::Core
