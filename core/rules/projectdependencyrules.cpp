#include "projectdependencyrules.h"

#include "core/rules/cyclefinder.h"
#include "core/rules/rulecodes.h"

#include <algorithm>
#include <map>

namespace Trellis::Core {

namespace {

bool lists(const DbtProject &project, const QString &upstream)
{
    return std::any_of(project.upstreamProjects.begin(), project.upstreamProjects.end(),
                       [&](const ProjectDependency &d) { return d.name == upstream; });
}

QString written(const RefCall &call)
{
    QString text = QStringLiteral("ref(");
    if (!call.package.isEmpty())
        text += QStringLiteral("'%1', ").arg(call.package);
    text += QStringLiteral("'%1'").arg(call.name);
    if (!call.version.isEmpty())
        text += QStringLiteral(", v=%1").arg(call.version);
    return text + QLatin1Char(')');
}

} // namespace

QStringList UnlistedProjectRule::codes() const
{
    return {RuleCode::ProjectNotListed};
}

void UnlistedProjectRule::checkNode(const RuleContext &context, const Node &node,
                                    std::vector<Diagnostic> &findings) const
{
    // Packages' own refs are their authors' business.
    if (context.refsOf(node).empty() || !context.factsOf(node).inWorkspace)
        return;
    const DbtProject *project = context.manifest().project(node.packageName);
    for (const ResolvedRef &ref : context.refsOf(node)) {
        if (!ref.target || ref.target->packageName == node.packageName
            || !context.isWorkspaceProject(ref.target->packageName)
            || lists(*project, ref.target->packageName))
            continue;
        Diagnostic d = RuleContext::findingAtRef(
            Severity::Error, RuleCode::ProjectNotListed, node, *ref.call,
            tr("%1 in %2 uses project '%3', which is not listed in dependencies.yml of project "
               "'%4'; add it under 'projects:' so dbt can resolve the reference.")
                .arg(written(*ref.call), node.uniqueId, ref.target->packageName,
                     node.packageName));
        d.related.push_back(RuleContext::relatedTo(
            *ref.target, tr("'%1' is declared here").arg(ref.target->name)));
        findings.push_back(std::move(d));
    }
}

QStringList ProjectCycleRule::codes() const
{
    return {RuleCode::ProjectCycle};
}

bool ProjectCycleRule::mayHaveChanged(const RuleContext &context,
                                      const std::vector<NodeEdit> &edits,
                                      const std::vector<Diagnostic> &before) const
{
    if (!before.empty())
        return true;
    for (const NodeEdit &edit : edits) {
        for (const Node *parent : context.parentsOf(*edit.node)) {
            if (parent->packageName != edit.node->packageName
                && std::find(edit.formerParents.begin(), edit.formerParents.end(), parent)
                    == edit.formerParents.end())
                return true;
        }
    }
    return false;
}

void ProjectCycleRule::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    const std::vector<DbtProject> &projects = context.manifest().projects;
    QHash<QString, int> indexOf;
    for (size_t i = 0; i < projects.size(); ++i)
        indexOf.insert(projects[i].name, int(i));
    // (from, to) → why; an ordered map keeps the adjacency lists deterministic.
    std::map<std::pair<int, int>, Edge> why;
    for (size_t i = 0; i < projects.size(); ++i) {
        for (const ProjectDependency &upstream : projects[i].upstreamProjects) {
            const auto to = indexOf.constFind(upstream.name);
            if (to != indexOf.cend())
                why.insert({{int(i), *to}, {upstream.location, QString(), true}});
        }
    }
    // A project's nodes mostly follow each other: look its index up once per run of them.
    const QString *previousPackage = nullptr;
    auto from = indexOf.cend();
    for (const Node &node : context.manifest().nodes) {
        if (context.refsOf(node).empty())
            continue;
        if (!previousPackage || *previousPackage != node.packageName) {
            previousPackage = &node.packageName;
            from = indexOf.constFind(node.packageName);
        }
        if (from == indexOf.cend())
            continue;
        for (const ResolvedRef &ref : context.refsOf(node)) {
            if (!ref.target || ref.target->packageName == node.packageName)
                continue;
            const auto to = indexOf.constFind(ref.target->packageName);
            if (to != indexOf.cend())
                why.insert({{*from, *to}, {ref.call->location, node.uniqueId, false}});
        }
    }
    std::vector<std::vector<int>> edges(projects.size());
    for (const auto &[pair, edge] : why)
        edges[size_t(pair.first)].push_back(pair.second);

    for (const std::vector<int> &cycle : CycleFinder::cycles(edges)) {
        QStringList names;
        for (const int project : cycle)
            names.append(projects[size_t(project)].name);
        names.append(names.front());
        const Edge &first = why.at({cycle.front(), cycle.size() > 1 ? cycle[1] : cycle.front()});
        Diagnostic d{Severity::Error,
                     RuleCode::ProjectCycle,
                     first.where.file,
                     first.where.line,
                     first.where.column,
                     tr("Projects depend on each other in a cycle: %1. dbt Mesh does not allow "
                        "cyclic dependencies between projects; move the shared models into one "
                        "project, or remove one of these dependencies.")
                         .arg(names.join(QLatin1String(" --> ")))};
        d.nodeId = first.nodeId;
        for (size_t i = 1; i < cycle.size(); ++i) {
            const Edge &edge = why.at({cycle[i], cycle[(i + 1) % cycle.size()]});
            d.related.push_back({edge.where.file, edge.where.line, edge.where.column,
                                 edge.declared
                                     ? tr("'%1' lists '%2' in dependencies.yml")
                                           .arg(names[qsizetype(i)], names[qsizetype(i) + 1])
                                     : tr("'%1' references '%2'")
                                           .arg(names[qsizetype(i)], names[qsizetype(i) + 1])});
        }
        findings.push_back(std::move(d));
    }
}

} // namespace Trellis::Core
