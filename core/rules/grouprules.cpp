#include "grouprules.h"

#include "core/rules/rulecodes.h"

namespace Trellis::Core {

QStringList GroupRules::codes() const
{
    return {RuleCode::UnknownGroup};
}

void GroupRules::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    for (const Node &node : context.manifest().nodes) {
        if (node.type == ResourceType::Group)
            continue;
        const QString &group = context.factsOf(node).group;
        if (group.isEmpty() || context.group(node.packageName, group))
            continue;
        const QStringList known = context.groupNames(node.packageName);
        findings.push_back(RuleContext::finding(
            Severity::Error, RuleCode::UnknownGroup, RuleContext::locationOf(node), node,
            tr("Invalid group '%1', expected one of [%2]; define it under 'groups:' in a property "
               "file of project '%3'.")
                .arg(group,
                     known.isEmpty() ? QString()
                                     : QLatin1Char('\'') + known.join(QLatin1String("', '"))
                             + QLatin1Char('\''),
                     node.packageName)));
    }
}

} // namespace Trellis::Core
