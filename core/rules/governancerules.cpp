#include "governancerules.h"

#include "core/rules/rulecodes.h"

namespace Trellis::Core {

QStringList GovernanceRules::codes() const
{
    return {RuleCode::PublicWithoutContract, RuleCode::UndocumentedPublicModel};
}

void GovernanceRules::checkNode(const RuleContext &context, const Node &node,
                                std::vector<Diagnostic> &findings) const
{
    const NodeFacts &facts = context.factsOf(node);
    if (node.type != ResourceType::Model || facts.access != QLatin1String("public"))
        return;
    if (!facts.contractEnforced) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::PublicWithoutContract, RuleContext::locationOf(node),
            node,
            tr("Public model '%1' has no enforced contract, so its consumers in other projects "
               "have no guarantee of its columns and types; add 'contract: {enforced: true}' "
               "and declare each column's data_type.")
                .arg(node.name)));
    }
    QStringList undocumented;
    for (const ColumnDeclaration &column : node.columns) {
        if (column.description.trimmed().isEmpty())
            undocumented.append(column.name);
    }
    if (node.description.trimmed().isEmpty()) {
        findings.push_back(RuleContext::finding(
            Severity::Info, RuleCode::UndocumentedPublicModel, RuleContext::locationOf(node),
            node,
            tr("Public model '%1' has no description; describe what a row is and who owns it, "
               "for the teams that build on it.")
                .arg(node.name)));
    } else if (!undocumented.isEmpty()) {
        findings.push_back(
            RuleContext::finding(Severity::Info, RuleCode::UndocumentedPublicModel,
                                 RuleContext::locationOf(node), node,
                                 tr("Public model '%1' has undocumented columns: %2; describe "
                                    "them for the teams that "
                                    "build on it.")
                                     .arg(node.name, undocumented.join(QLatin1String(", ")))));
    }
}

} // namespace Trellis::Core
