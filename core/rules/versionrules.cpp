#include "versionrules.h"

#include "core/rules/rulecodes.h"

#include <set>

namespace Trellis::Core {

namespace {

// dbt reads deprecation_date as a date or a date-time; the day is what matters here.
QDate deprecationDay(const Node &node)
{
    return QDate::fromString(node.deprecationDate.left(10), Qt::ISODate);
}

QString versionSuffix(const Node &node)
{
    return node.version.isEmpty() ? QString() : QStringLiteral(".v") + node.version;
}

} // namespace

QStringList VersionDeclarationRule::codes() const
{
    return {RuleCode::DeprecatedModel, RuleCode::InvalidDeprecationDate};
}

void VersionDeclarationRule::check(const RuleContext &context,
                                   std::vector<Diagnostic> &findings) const
{
    for (const Node &node : context.manifest().nodes) {
        if (node.type != ResourceType::Model || node.deprecationDate.isEmpty())
            continue;
        const QDate day = deprecationDay(node);
        if (!day.isValid()) {
            findings.push_back(RuleContext::finding(
                Severity::Error, RuleCode::InvalidDeprecationDate, RuleContext::locationOf(node),
                node,
                tr("deprecation_date '%1' of model '%2' is not a date; write it as YYYY-MM-DD.")
                    .arg(node.deprecationDate, node.name)));
        } else if (day <= context.today()) {
            findings.push_back(RuleContext::finding(
                Severity::Info, RuleCode::DeprecatedModel, RuleContext::locationOf(node), node,
                tr("Model %1%2 has passed its deprecation date of %3. This model should be "
                   "disabled "
                   "or removed.")
                    .arg(node.name, versionSuffix(node), node.deprecationDate)));
        }
    }
}

QStringList DeprecatedRefRule::codes() const
{
    return {RuleCode::DeprecatedRef, RuleCode::UpcomingDeprecation};
}

void DeprecatedRefRule::checkNode(const RuleContext &context, const Node &node,
                                  std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Model)
        return;
    std::set<const Node *> reported; // dbt warns once per referenced model
    for (const ResolvedRef &ref : context.refsOf(node)) {
        const Node *target = ref.target;
        if (!target || target->deprecationDate.isEmpty() || !reported.insert(target).second)
            continue;
        const QDate day = deprecationDay(*target);
        if (!day.isValid())
            continue;
        const bool past = day <= context.today();
        QString message = past
            ? tr("While compiling '%1': Found a reference to %2.%3%4, which was "
                 "deprecated on '%5'. ")
            : tr("While compiling '%1': Found a reference to %2.%3%4, which is "
                 "slated for deprecation on '%5'. ");
        message = message.arg(node.name, target->packageName, target->name,
                              versionSuffix(*target), target->deprecationDate);
        QString latest = target->latestVersion;
        if (latest.isEmpty() && !target->version.isEmpty())
            latest = context.versionsOf(*target).back()->version;
        if (!target->version.isEmpty() && !latest.isEmpty() && latest != target->version) {
            message += (past ? tr("A new version of '%1' is available. Migrate now: "
                                  "{{ ref('%2', '%1', v='%3') }}.")
                             : tr("A new version of '%1' is available. Try it out: "
                                  "{{ ref('%2', '%1', v='%3') }}."))
                           .arg(target->name, target->packageName, latest);
        }
        Diagnostic d = RuleContext::findingAtRef(
            Severity::Warning, past ? RuleCode::DeprecatedRef : RuleCode::UpcomingDeprecation,
            node, *ref.call, message.trimmed());
        d.related.push_back(RuleContext::relatedTo(
            *target, tr("deprecation_date of %1%2").arg(target->name, versionSuffix(*target))));
        findings.push_back(std::move(d));
    }
}

} // namespace Trellis::Core
