#pragma once

#include "core/graph/manifestbuilder.h"
#include "core/rules/meshchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Trellis::Core {

// What one change did to the mesh.
struct MeshChange
{
    // True when the edit needed a new build of the whole workspace rather than an in-place
    // update of the edited file's nodes.
    bool rebuilt = false;
    // Nodes added, removed, or whose parents changed: the lineage redraws around them.
    QStringList changedNodes;
    // An edited node's config changed (a config() call in its file).
    bool configChanged = false;
    bool graphChanged() const { return !changedNodes.isEmpty(); }
    // Whether views that show the graph, configs or declarations have anything new to show;
    // a keystroke that only changes SQL text has not.
    bool structureChanged() const { return rebuilt || configChanged || graphChanged(); }
    double parseMs = 0; // the update or build
    double checkMs = 0; // the rules
};

// The workspace as the editor sees it while the user types: the manifest with every open
// buffer's unsaved text applied, and the findings of every mesh rule over it, kept current edit
// by edit. An edited model, analysis or singular test is re-parsed in place, the rule context is
// refreshed for that file's nodes only, and only the rules the edit can have changed run again
// (MeshChecker::recheck): milliseconds on a 10,000-model mesh, where a full build and check
// cost seconds. Anything else (a property file, a
// macro, a new or removed file, the rules' settings) rebuilds the workspace, reapplying the
// unsaved buffers. Blocking; lives on one worker thread (LiveMeshService).
class LiveMesh
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::LiveMesh)

public:
    // Discovers and builds the workspace, reads its trellis-rules.yml, and checks it.
    explicit LiveMesh(const QString &workspaceRoot);
    ~LiveMesh();

    const WorkspaceDiscovery &discovery() const { return m_discovery; }
    const Manifest &manifest() const { return m_builder->manifest(); }
    // Parse diagnostics and rule findings, after the workspace's settings, sorted.
    const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }

    // An editor's current text of `path`, saved or not.
    MeshChange edit(const QString &path, const QString &text);
    // The editor no longer holds unsaved text of `path` (saved, reverted or closed): the file on
    // disk is what counts again.
    MeshChange release(const QString &path);
    // Files changed on disk behind the editor's back, or a setting changed: builds again.
    MeshChange rebuild();

private:
    // What an in-place update did, for the re-check.
    struct Update
    {
        std::vector<NodeEdit> edits; // the file's nodes, with the parents each had before
        bool graphChanged = false;   // parents or config of one of them
    };

    void build();
    void checkAll(MeshChange &change);
    void recheck(const Update &update, MeshChange &change);
    void setDiagnostics(std::vector<Diagnostic> found);
    CheckOptions loadOptions();
    std::optional<Update> updateInPlace(const QString &path, const QString &text, MeshChange &change);

    QString m_root;
    WorkspaceDiscovery m_discovery;
    std::unique_ptr<ManifestBuilder> m_builder;
    std::unique_ptr<RuleContext> m_context;
    MeshChecker m_checker;
    CheckState m_checkState;
    CheckOptions m_options;
    std::vector<Diagnostic> m_settingsProblems;
    std::vector<Diagnostic> m_diagnostics;
    QHash<QString, QString> m_buffers; // absolute path → unsaved text
};

} // namespace Trellis::Core
