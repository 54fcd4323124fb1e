#include "namingrules.h"

#include "core/rules/rulecodes.h"

#include <algorithm>
#include <map>

namespace Trellis::Core {

QStringList DuplicateNameRule::codes() const
{
    return {RuleCode::DuplicateName};
}

void DuplicateNameRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    // One pass with a hash of the first node per name; only names seen twice are sorted.
    QHash<QString, const Node *> first;
    first.reserve(qsizetype(context.manifest().nodes.size()));
    std::map<QString, std::vector<const Node *>> duplicates; // "package.name.version"
    for (const Node &node : context.manifest().nodes) {
        if (!RuleContext::isRefable(node))
            continue;
        // Built in one buffer: a key for every model of a mesh.
        QString key;
        key.reserve(node.packageName.size() + node.name.size() + node.version.size() + 2);
        key.append(node.packageName).append(QLatin1Char('.')).append(node.name);
        key.append(QLatin1Char('.')).append(node.version);
        const Node *&seen = first[key]; // one lookup whether the name is new or not
        if (!seen) {
            seen = &node;
            continue;
        }
        std::vector<const Node *> &sameName = duplicates[key];
        if (sameName.empty())
            sameName.push_back(seen);
        sameName.push_back(&node);
    }
    for (auto &[key, sameName] : duplicates) {
        std::sort(sameName.begin(), sameName.end(), [](const Node *a, const Node *b) {
            return a->originalFilePath < b->originalFilePath;
        });
        const Node &firstNode = *sameName.front();
        const bool sameType = std::all_of(sameName.begin(), sameName.end(),
                                          [&](const Node *n) { return n->type == firstNode.type; });
        QStringList listed;
        for (const Node *node : sameName)
            listed.append(QStringLiteral("%1 (%2)").arg(node->uniqueId, node->originalFilePath));
        const QString message
            = tr("dbt found two %1 with the name \"%2\". Since these resources have the same name, "
                 "dbt will be unable to find the correct resource when looking for ref(\"%2\"). To "
                 "fix this, change the name of one of these resources: %3.")
                  .arg(sameType ? resourceTypeName(firstNode.type) + QLatin1Char('s')
                                : tr("resources"),
                       firstNode.name, listed.join(QLatin1String("; ")));
        for (size_t i = 1; i < sameName.size(); ++i) {
            Diagnostic d = RuleContext::finding(Severity::Error, RuleCode::DuplicateName,
                                                RuleContext::locationOf(*sameName[i]), *sameName[i],
                                                message);
            d.related.push_back(
                RuleContext::relatedTo(firstNode, tr("the other '%1'").arg(firstNode.name)));
            findings.push_back(std::move(d));
        }
    }
}

QStringList AmbiguousRefRule::codes() const
{
    return {RuleCode::AmbiguousRef};
}

void AmbiguousRefRule::checkNode(const RuleContext &context, const Node &node,
                                 std::vector<Diagnostic> &findings) const
{
    for (const ResolvedRef &ref : context.refsOf(node)) {
        if (!ref.target || !ref.call->package.isEmpty()
            || ref.target->packageName == node.packageName)
            continue;
        QStringList packages = context.packagesDefining(ref.call->name);
        if (packages.size() < 2)
            continue;
        packages.sort();
        findings.push_back(RuleContext::findingAtRef(
            Severity::Warning, RuleCode::AmbiguousRef, node, *ref.call,
            tr("ref('%1') in %2 is ambiguous: '%1' exists in %3, and resolves to %4 only because "
               "of the search order; write ref('%5', '%1') to say which one is meant.")
                .arg(ref.call->name, node.uniqueId, packages.join(QLatin1String(", ")),
                     ref.target->uniqueId, ref.target->packageName)));
    }
}

} // namespace Trellis::Core
