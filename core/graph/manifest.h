#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/graph/node.h"
#include "core/project/dbtproject.h"

#include <QHash>

#include <vector>

namespace Trellis::Core {

// The whole mesh after parsing: every project, every enabled resource with its dbt unique id and
// resolved dependencies, the disabled ones apart (as dbt keeps them), and what parsing found
// wrong. Built once by ManifestBuilder, then read-only and safe to share between threads.
class Manifest
{
public:
    std::vector<DbtProject> projects;   // workspace projects, sorted by name
    std::vector<DbtProject> packages;   // packages they install (local, dbt_packages/)
    std::vector<Node> nodes;            // enabled resources of every type
    std::vector<Node> disabled;         // `enabled: false`
    std::vector<Diagnostic> diagnostics;
    // Resources Trellis reads and keeps without interpreting them yet, keyed by unique id as
    // manifest.json keys them: semantic models, metrics, saved queries, unit tests.
    QJsonObject semanticModels;
    QJsonObject metrics;
    QJsonObject savedQueries;
    QJsonObject unitTests;

    // Call after filling `nodes`: indexes ids and derives the parent and child maps.
    void index();
    // Gives an indexed node new parents, keeping the child map in step (an edit's update).
    void replaceParents(const QString &uniqueId, const QStringList &parents);

    const Node *find(const QString &uniqueId) const;
    const DbtProject *project(const QString &name) const;
    // Unique ids a node depends on, and those that depend on it (dbt's parent_map / child_map).
    QStringList parents(const QString &uniqueId) const;
    QStringList children(const QString &uniqueId) const;

    qsizetype count(ResourceType type) const;

private:
    QHash<QString, qsizetype> m_positions;
    QHash<QString, QStringList> m_children;
};

} // namespace Trellis::Core
