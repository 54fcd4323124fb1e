#pragma once

#include "core/graph/manifest.h"
#include "core/project/workspacediscovery.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Turns a workspace folder into the Manifest every view uses: discovers its projects and the
// packages they install, reads dbt_project.yml trees and property YAML, creates every node with
// dbt's unique id and resolved config (dbt_project.yml < property YAML < config() in the file),
// and resolves ref()/source() calls to edges, across projects. Problems become diagnostics on
// the manifest; nothing here throws or gives up on the whole workspace for one bad file.
// Blocking file I/O; call it off the GUI thread. Stateless; thread-safe.
class ManifestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ManifestBuilder)

public:
    static Manifest build(const QString &workspaceRoot);
    // For callers that discovered the workspace already (the window lists its files too).
    static Manifest build(const WorkspaceDiscovery &discovery);
};

} // namespace Trellis::Core
