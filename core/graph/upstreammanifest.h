#pragma once

#include "core/graph/node.h"

#include <QCoreApplication>

namespace Trellis::Core {

// The models of an upstream project read from its manifest.json (dbt's artifact, or the one
// `trellis manifest` writes), as dbt-loom injects them: every model of that project with its
// access, group, contract, columns, constraints and versions, so that cross-project refs,
// access rules and contracts work without the upstream's files. Their own parents are left
// out: they belong to the upstream's graph, not this workspace's. Blocking file I/O; pure.
class UpstreamManifest
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::UpstreamManifest)

public:
    static Result<std::vector<Node>> readModels(const QString &manifestPath, const QString &projectName);
};

} // namespace Trellis::Core
