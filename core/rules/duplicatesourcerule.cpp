#include "duplicatesourcerule.h"

#include "core/rules/rulecodes.h"

#include <QHash>

namespace Trellis::Core {

QStringList DuplicateSourceRule::codes() const
{
    return {RuleCode::DuplicateSource};
}

void DuplicateSourceRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    // The first source table seen per relation; manifest order is declaration order, so the
    // later declarations are the ones reported.
    QHash<QString, const Node *> first;
    for (const Node &source : context.manifest().nodes) {
        if (source.type != ResourceType::Source || !context.factsOf(source).inWorkspace)
            continue;
        // An empty database is the target's, so only sources that leave it out or name the
        // same one can point at one relation.
        const QString relation = source.database.isEmpty()
                                     ? source.schema + QLatin1Char('.') + source.identifier
                                     : source.database + QLatin1Char('.') + source.schema
                                           + QLatin1Char('.') + source.identifier;
        const QString key = source.packageName + QLatin1Char('\n') + relation;
        const auto seen = first.constFind(key);
        if (seen == first.cend()) {
            first.insert(key, &source);
            continue;
        }
        const Node &original = **seen;
        Diagnostic d = RuleContext::finding(
            Severity::Warning, RuleCode::DuplicateSource, RuleContext::locationOf(source), source,
            tr("Source '%1' points at %2, as source '%3' does (dbt-project-evaluator: "
               "fct_duplicate_sources); keep one source for each relation.")
                .arg(RuleContext::displayName(source), relation,
                     RuleContext::displayName(original)));
        d.related.push_back(RuleContext::relatedTo(
            original, tr("'%1' is declared here").arg(RuleContext::displayName(original))));
        findings.push_back(std::move(d));
    }
}

} // namespace Trellis::Core
