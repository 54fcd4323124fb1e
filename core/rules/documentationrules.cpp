#include "documentationrules.h"

#include "core/rules/rulecodes.h"

namespace Trellis::Core {

QStringList DocumentationRules::codes() const
{
    return {RuleCode::UndocumentedModel, RuleCode::UndocumentedSourceTable};
}

void DocumentationRules::checkNode(const RuleContext &context, const Node &node,
                                   std::vector<Diagnostic> &findings) const
{
    if ((node.type != ResourceType::Model && node.type != ResourceType::Source)
        || !context.factsOf(node).inWorkspace
        || !QStringView(node.description).trimmed().isEmpty())
        return;
    if (node.type == ResourceType::Model) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::UndocumentedModel, RuleContext::locationOf(node), node,
            tr("Model '%1' has no description (dbt-project-evaluator: fct_undocumented_models); "
               "say what a row is in its property file.")
                .arg(RuleContext::displayName(node))));
    } else if (node.type == ResourceType::Source) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::UndocumentedSourceTable, RuleContext::locationOf(node),
            node,
            tr("Source table '%1' has no description (dbt-project-evaluator: "
               "fct_undocumented_source_tables); say what it holds and where it comes from.")
                .arg(RuleContext::displayName(node))));
    }
}

} // namespace Trellis::Core
