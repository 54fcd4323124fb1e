#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Trellis::Core {

// dbt's rules for combining node configs, level by level: dbt_project.yml (root to leaf folder)
// < property YAML `config:` < `{{ config() }}` in the file. Most keys are replaced by the later
// level; a few accumulate, exactly as dbt-core's MergeBehavior says: `tags`, `pre-hook`,
// `post-hook` append; `meta`, `quoting`, `column_types`, `persist_docs`, `docs`, `contract`
// update key by key; `grants` appends per privilege. Pure functions.
class ConfigMerger
{
public:
    // Merges `overlay` into `base` (overlay wins where it replaces).
    static void merge(QJsonObject &base, const QJsonObject &overlay);

    // The spelling dbt stores a key under: leading '+' dropped, `pre_hook` → `pre-hook`.
    static QString normalizeKey(const QString &key);
    static QJsonObject normalizeKeys(const QJsonObject &config);
};

// One resource type's tree in dbt_project.yml (`models:`, `seeds:`, …) and the config it gives a
// node. The tree nests by package name, then folders, then (optionally) the node's own name;
// at every level, keys starting with '+' and keys whose value is not a mapping are configs, and
// mappings under other keys are deeper levels — the same split dbt makes.
class ProjectConfigTree
{
public:
    ProjectConfigTree() = default;
    explicit ProjectConfigTree(QJsonObject tree);

    // `fqn` is dbt's fully qualified name: package, folders below the resource path, node name.
    QJsonObject configFor(const QStringList &fqn) const;

    // Paths of the tree that match no node: dbt warns "Configuration paths exist in your
    // dbt_project.yml file which do not apply to any resources". Each path is the keys from the
    // tree's root.
    QList<QStringList> unusedPaths(const QList<QStringList> &fqns) const;

private:
    QJsonObject m_tree;
};

} // namespace Trellis::Core
