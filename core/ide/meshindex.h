#pragma once

#include "core/graph/manifest.h"
#include "core/graph/refresolver.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace Trellis::Core::Ide {

// The lookups the language services need over one manifest snapshot: which project a file
// belongs to, which nodes a file defines or declares, ref/source resolution as dbt does it, a
// model's versions, and every ref to a node. Built once per snapshot (linear in its size); the
// manifest must outlive it. Read-only after construction, so threads may share it.
class MeshIndex
{
public:
    explicit MeshIndex(const Manifest &manifest);

    const Manifest &manifest() const { return m_manifest; }

    // The project or installed package whose folder holds the file; nullptr when none.
    const DbtProject *projectOfFile(const QString &filePath) const;
    // Nodes whose own file this is (a model's SQL, a macro file); and nodes a property file
    // declares (the `- name:` entries of a models/*.yml).
    std::vector<const Node *> nodesOfFile(const QString &filePath) const;
    std::vector<const Node *> nodesDeclaredIn(const QString &filePath) const;

    // dbt's resolution from `fromProject`; nullptr when nothing matches.
    const Node *resolveRef(const QString &fromProject, const QString &package, const QString &name,
                           const QString &version) const;
    const Node *resolveSource(const QString &fromProject, const QString &source,
                              const QString &table) const;
    // A doc block or macro by name, the calling project's first. `macro` takes "pkg.name" too.
    const Node *doc(const QString &fromProject, const QString &name) const;
    const Node *macro(const QString &fromProject, const QString &name) const;

    const std::vector<const Node *> &nodesOfType(ResourceType type) const;
    // The models (every version) of one project or package.
    std::vector<const Node *> modelsOf(const QString &package) const
    {
        return m_models.value(package);
    }
    // Every version of the model `node` is one of, lowest first (just `node` when unversioned).
    std::vector<const Node *> versionsOf(const Node &node) const;
    // The version an unpinned ref resolves to: latest_version, else the highest.
    bool isLatestVersion(const Node &node) const;
    const Node *group(const QString &project, const QString &name) const;

    // The projects `project` lists under `projects:` in dependencies.yml.
    QStringList upstreamProjects(const QString &project) const;
    QStringList packageNames() const { return m_packageNames; }

    // Every ref()/source() written anywhere in the mesh (models, tests, exposures) that
    // resolves to `uniqueId`.
    std::vector<SourceLocation> references(const QString &uniqueId) const;

    static QString normalizedPath(const QString &path);

private:
    const Node *byName(ResourceType type, const QString &fromProject, const QString &name) const;

    const Manifest &m_manifest;
    RefResolver m_resolver;
    QStringList m_packageNames;
    QHash<QString, std::vector<const Node *>> m_byFile;
    QHash<QString, std::vector<const Node *>> m_byDeclaration;
    QHash<QString, std::vector<const Node *>> m_versions; // "package\nname" of versioned models
    QHash<QString, std::vector<const Node *>> m_models; // by package
    std::vector<std::vector<const Node *>> m_byType;
};

} // namespace Trellis::Core::Ide
