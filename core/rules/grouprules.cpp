#include "grouprules.h"

#include "core/rules/rulecodes.h"

namespace Trellis::Core {

QStringList GroupRules::codes() const
{
    return {RuleCode::UnknownGroup};
}

void GroupRules::checkNode(const RuleContext &context, const Node &node,
                           std::vector<Diagnostic> &findings) const
{
    if (node.type == ResourceType::Group)
        return;
    const QString &group = context.factsOf(node).group;
    if (group.isEmpty() || context.group(node.packageName, group))
        return;
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

} // namespace Trellis::Core
