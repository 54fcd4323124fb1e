#pragma once

#include "core/graph/manifest.h"
#include "core/project/workspacediscovery.h"

#include <QCoreApplication>

#include <memory>

namespace Trellis::Core {

// Turns a workspace folder into the Manifest every view uses: discovers its projects and the
// packages they install, reads dbt_project.yml trees and property YAML, creates every node with
// dbt's unique id and resolved config (dbt_project.yml < property YAML < config() in the file),
// and resolves ref()/source() calls to edges, across projects. Problems become diagnostics on
// the manifest; nothing here throws or gives up on the whole workspace for one bad file.
// Blocking file I/O; call it off the GUI thread.
//
// The static build() functions parse once and are thread-safe. An instance builds the same
// manifest and keeps what it learnt (parsed macros, each package's parse context, configs
// before the files' config() calls, the ref index), so that an edited model updates the
// manifest in place far faster than a new build. An instance is used by one thread at a time.
class ManifestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ManifestBuilder)

public:
    static Manifest build(const QString &workspaceRoot);
    // For callers that discovered the workspace already (the window lists its files too).
    static Manifest build(const WorkspaceDiscovery &discovery);

    explicit ManifestBuilder(const WorkspaceDiscovery &discovery);
    ~ManifestBuilder();

    const Manifest &manifest() const;

    // Re-parses the model, analysis or singular test file `path` whose text is now `text` (as
    // an editor holds it, saved or not): its calls, config, edges and diagnostics. False, with
    // the manifest unchanged, when the change needs a new build: the file is no such node (a
    // property file, a macro, a snapshot, a new file) or the edit enables or disables a node.
    bool updateSqlFile(const QString &path, const QString &text);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace Trellis::Core
