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

QStringList ExposureParentsRule::codes() const
{
    return {RuleCode::ExposureOnNonPublic};
}

void ExposureParentsRule::checkNode(const RuleContext &context, const Node &node,
                                    std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Exposure || !context.factsOf(node).inWorkspace)
        return;
    for (const Node *parent : context.parentsOf(node)) {
        const QString access = context.factsOf(*parent).access;
        if (parent->type == ResourceType::Model && access == QLatin1String("public"))
            continue;
        const QString message
            = parent->type == ResourceType::Model
                  ? tr("Exposure '%1' depends on '%2', a %3 model (dbt-project-evaluator: "
                       "fct_exposures_dependent_on_private_models); make it public, with a "
                       "contract, or expose a public model instead.")
                        .arg(node.name, RuleContext::displayName(*parent), access)
                  : tr("Exposure '%1' depends on %2 '%3', which is not a public model "
                       "(dbt-project-evaluator: fct_exposures_dependent_on_private_models); "
                       "expose a public model built on it instead.")
                        .arg(node.name, resourceTypeName(parent->type),
                             RuleContext::displayName(*parent));
        findings.push_back(RuleContext::finding(Severity::Warning, RuleCode::ExposureOnNonPublic,
                                                context.callTo(node, *parent), node, message));
    }
}

QStringList ExposureMaterializationRule::codes() const
{
    return {RuleCode::ExposureParentMaterialization};
}

void ExposureMaterializationRule::checkNode(const RuleContext &context, const Node &node,
                                            std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Exposure || !context.factsOf(node).inWorkspace)
        return;
    for (const Node *parent : context.parentsOf(node)) {
        QString message;
        if (parent->type == ResourceType::Source) {
            message = tr("Exposure '%1' reads source '%2' (dbt-project-evaluator: "
                         "fct_exposure_parents_materializations); expose a model built on it, "
                         "materialized as a table or incremental model.")
                          .arg(node.name, RuleContext::displayName(*parent));
        } else if (parent->type == ResourceType::Model) {
            // dbt builds a model as a view unless told otherwise.
            QString materialized = context.factsOf(*parent).materialized;
            if (materialized.isEmpty())
                materialized = QStringLiteral("view");
            if (materialized != QLatin1String("view") && materialized != QLatin1String("ephemeral"))
                continue;
            message = tr("Exposure '%1' reads '%2', materialized as %3 (dbt-project-evaluator: "
                         "fct_exposure_parents_materializations); materialize it as a table or "
                         "incremental model, so what the exposure queries is computed once.")
                          .arg(node.name, RuleContext::displayName(*parent), materialized);
        } else {
            continue;
        }
        findings.push_back(RuleContext::finding(Severity::Warning,
                                                RuleCode::ExposureParentMaterialization,
                                                context.callTo(node, *parent), node, message));
    }
}

} // namespace Trellis::Core
