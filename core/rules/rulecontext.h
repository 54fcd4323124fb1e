#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/graph/manifest.h"
#include "core/rules/modellayer.h"
#include "core/rules/rulethresholds.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <vector>

namespace Trellis::Core {

// A ref() call of a node together with the node it resolved to (null when it resolved to
// nothing; the manifest builder has reported that already).
struct ResolvedRef
{
    const RefCall *call = nullptr;
    const Node *target = nullptr;
};

// The configs rules ask about most, read once per check from each node's JSON config (a JSON
// lookup per rule and reference would dominate a check of a large mesh).
struct NodeFacts
{
    QString access; // models only; empty for other types
    QString group;
    QString materialized; // models only, as configured; empty means dbt's default, a view
    ModelLayer::Type layer = ModelLayer::Type::Other; // models only
    bool contractEnforced = false;
    bool inWorkspace = false; // of a workspace project, not a package or an upstream manifest
    bool isView = false; // a model built as a view or ephemeral model
};

// What every rule needs to know about a manifest beyond the manifest itself: each node's
// parents and facts, which node each ref() call resolved to, which projects are workspace
// projects, which groups exist, the day the check runs on (deprecation dates are relative to
// it) and the workspace's thresholds. Computed once per check, or kept while the manifest is
// updated in place and refreshed node by node (deriving it is most of a full check's cost).
// Read-only while rules run, so they can share it; it points into the manifest, which must outlive
// it.
class RuleContext
{
public:
    RuleContext(const Manifest &manifest, QDate today, const RuleThresholds &thresholds = {});

    // Re-derives what the context knows of one node after the manifest changed it in place (an
    // edit's update): its refs, parents and facts, and its parents' children. Other nodes keep
    // theirs, which stay valid because an in-place update moves no node. Returns the parents
    // the node had before, for a re-check of the nodes around it.
    std::vector<const Node *> refresh(const Node &node);

    const Manifest &manifest() const { return m_manifest; }
    QDate today() const { return m_today; }
    const RuleThresholds &thresholds() const { return m_thresholds; }

    // The refs of `node` in the order written, each with its target.
    const std::vector<ResolvedRef> &refsOf(const Node &node) const { return m_refs[indexOf(node)]; }
    // The nodes `node` depends on (its dependsOnNodes that exist).
    const std::vector<const Node *> &parentsOf(const Node &node) const
    {
        return m_parents[indexOf(node)];
    }
    // The nodes that depend on `node`, in manifest order, tests left out: dbt-project-evaluator
    // leaves them out of its DAG, and nothing depends on a test.
    const std::vector<const Node *> &childrenOf(const Node &node) const
    {
        return m_children[indexOf(node)];
    }
    const NodeFacts &factsOf(const Node &node) const { return m_facts[indexOf(node)]; }
    size_t indexOf(const Node &node) const { return size_t(&node - m_manifest.nodes.data()); }
    bool isWorkspaceProject(const QString &name) const
    {
        return m_workspaceProjects.contains(name);
    }
    // The group `name` as `fromPackage` sees it: its own, else one of a package.
    const Node *group(const QString &fromPackage, const QString &name) const;
    // The projects and packages that define a model, seed or snapshot called `name`.
    QStringList packagesDefining(const QString &name) const { return m_packagesByName.value(name); }
    // The versions of a versioned model, oldest first; empty for an unversioned one.
    std::vector<const Node *> versionsOf(const Node &model) const;
    // What ref() can point at: models, seeds and snapshots.
    static bool isRefable(const Node &node);
    // Group names visible from `fromPackage`, sorted (for "expected one of" hints).
    QStringList groupNames(const QString &fromPackage) const;

    // Where `node` reads `parent`: its source() or ref() call, else the node itself.
    SourceLocation callTo(const Node &node, const Node &parent) const;
    // How findings name a node: "source.table" for a source table, "name.v2" for a version.
    static QString displayName(const Node &node);
    // Where a finding about the node as a whole belongs: its YAML entry, else its file.
    static SourceLocation locationOf(const Node &node);
    // A finding located at `where`, concerning `node`.
    static Diagnostic finding(Severity severity, const QString &code, const SourceLocation &where,
                              const Node &node, const QString &message);
    // A finding at a ref() call, spanning the call up to its closing parenthesis when the call
    // is in the node's own SQL.
    static Diagnostic findingAtRef(Severity severity, const QString &code, const Node &node,
                                   const RefCall &call, const QString &message);
    static RelatedLocation relatedTo(const Node &node, const QString &message);

private:
    void derive(const Node &node, bool inWorkspace);
    void linkToParents(const Node &node);
    void unlinkFromParents(const Node &node);

    const Manifest &m_manifest;
    QDate m_today;
    RuleThresholds m_thresholds;
    // Parallel to manifest.nodes:
    std::vector<std::vector<ResolvedRef>> m_refs;
    std::vector<std::vector<const Node *>> m_parents;
    std::vector<std::vector<const Node *>> m_children;
    std::vector<NodeFacts> m_facts;
    QSet<QString> m_workspaceProjects;
    QHash<QString, QHash<QString, const Node *>> m_groups; // package → group name → group
    // Declarations only, so an in-place update never makes these stale:
    QHash<QString, QStringList> m_packagesByName;
    QHash<QString, std::vector<const Node *>> m_versions; // "package\nname" → sorted versions
};

} // namespace Trellis::Core
