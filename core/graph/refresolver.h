#pragma once

#include "core/graph/node.h"

#include <QHash>

#include <vector>

namespace Trellis::Core {

// Resolves ref() and source() calls to unique ids, as dbt does: a one-argument ref looks in the
// calling project first, then in the packages it installs, then in any package of the mesh (the
// first by name); a two-argument ref names the project
// or package; an unpinned ref to a versioned model means its latest version (latest_version, or
// else the highest). Built over a node list that must outlive it; thread-safe to read.
class RefResolver
{
public:
    explicit RefResolver(const std::vector<Node> &nodes);

    // The unique id, or empty when nothing matches.
    QString resolveRef(const RefCall &ref, const QString &fromPackage,
                       const QStringList &searchPackages) const;
    QString resolveSource(const SourceCall &source, const QString &fromPackage,
                          const QStringList &searchPackages) const;

    // Every refable node named `name` in any package (for "did you mean" hints and completion).
    std::vector<const Node *> candidates(const QString &name) const;

private:
    const Node *pickVersion(const std::vector<const Node *> &versions, const QString &version) const;

    // (package, name) → nodes: one node, or one per version of a versioned model.
    QHash<QString, std::vector<const Node *>> m_refable;
    QHash<QString, std::vector<const Node *>> m_byName;
    QHash<QString, const Node *> m_sources; // "package\nsource\ntable"
};

} // namespace Trellis::Core
