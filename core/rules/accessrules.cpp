#include "accessrules.h"

#include "core/rules/rulecodes.h"

namespace Trellis::Core {

namespace {

const QStringList &accessValues()
{
    static const QStringList values{QStringLiteral("private"), QStringLiteral("protected"),
                                    QStringLiteral("public")};
    return values;
}

// dbt's DbtReferenceError, word for word, so a search for dbt's message finds ours.
QString referenceError(const Node &from, const Node &to, const QString &access,
                       const QString &scope, const QString &scopeType)
{
    return AccessRules::tr("Node %1 attempted to reference node %2, which is not allowed because "
                           "the referenced node is %3 to the '%4' %5.")
        .arg(from.uniqueId, to.uniqueId, access, scope, scopeType);
}

} // namespace

QStringList AccessRules::codes() const
{
    return {RuleCode::PrivateRef, RuleCode::CrossProjectRef, RuleCode::PrivateWithoutGroup,
            RuleCode::InvalidAccess};
}

void AccessRules::checkNode(const RuleContext &context, const Node &node,
                            std::vector<Diagnostic> &findings) const
{
    if (node.type == ResourceType::Model || node.type == ResourceType::Exposure)
        checkRefs(context, node, findings);
    if (node.type == ResourceType::Model)
        checkDeclaration(node, context.factsOf(node), findings);
}

void AccessRules::checkRefs(const RuleContext &context, const Node &node,
                            std::vector<Diagnostic> &findings)
{
    for (const ResolvedRef &ref : context.refsOf(node)) {
        const Node *target = ref.target;
        if (!target || target->type != ResourceType::Model || target == &node)
            continue;
        const NodeFacts &from = context.factsOf(node);
        const NodeFacts &to = context.factsOf(*target);
        const QString &access = to.access;
        const bool otherProject = target->packageName != node.packageName
            && to.inWorkspace && context.factsOf(node).inWorkspace;
        if (access == QLatin1String("private")) {
            // Exposures have no group: they reach a private model only when it has none either.
            const bool allowed = !otherProject
                && (node.type == ResourceType::Exposure ? to.group.isEmpty()
                                                        : from.group == to.group);
            if (allowed)
                continue;
            const QString advice = otherProject
                ? tr("Only public models can be referenced from another project.")
                : node.type == ResourceType::Exposure
                ? tr("An exposure has no group, so it can only reference private models that "
                     "have none; reference a public model instead, or make '%1' protected.")
                      .arg(target->name)
                : from.group.isEmpty()
                ? tr("Reference a public model instead, or add '%1' to the '%2' group.")
                      .arg(node.name, to.group)
                : tr("Reference a public model instead, or make '%1' public or part of the "
                     "'%2' group.")
                      .arg(target->name, from.group);
            Diagnostic d = RuleContext::findingAtRef(
                Severity::Error, RuleCode::PrivateRef, node, *ref.call,
                referenceError(node, *target, access, to.group, QStringLiteral("group"))
                    + QLatin1Char(' ') + advice);
            d.related.push_back(RuleContext::relatedTo(
                *target, tr("'%1' is declared private here").arg(target->name)));
            findings.push_back(std::move(d));
        } else if (otherProject && access != QLatin1String("public")) {
            // A mesh publishes only public models: to another project the rest does not exist.
            Diagnostic d = RuleContext::findingAtRef(
                Severity::Error, RuleCode::CrossProjectRef, node, *ref.call,
                referenceError(node, *target, access, target->packageName,
                               QStringLiteral("package"))
                    + QLatin1Char(' ')
                    + tr("Only public models can be referenced from another project; set "
                         "'access: public' on '%1' or reference one of its public models.")
                          .arg(target->name));
            d.related.push_back(
                RuleContext::relatedTo(*target, tr("'%1' is declared here").arg(target->name)));
            findings.push_back(std::move(d));
        }
    }
}

void AccessRules::checkDeclaration(const Node &node, const NodeFacts &facts,
                                   std::vector<Diagnostic> &findings)
{
    const QString &access = facts.access;
    if (!accessValues().contains(access)) {
        findings.push_back(RuleContext::finding(
            Severity::Error, RuleCode::InvalidAccess, RuleContext::locationOf(node), node,
            tr("Node %1 has an invalid value (%2) for the access field; use private, protected or "
               "public.")
                .arg(node.uniqueId, access)));
    } else if (access == QLatin1String("private") && facts.group.isEmpty()) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::PrivateWithoutGroup, RuleContext::locationOf(node), node,
            tr("Model '%1' is private but belongs to no group, so no other node may reference it; "
               "add it to a group or make it protected.")
                .arg(node.name)));
    }
}

} // namespace Trellis::Core
