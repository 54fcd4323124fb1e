#include "liveworkspace.h"

namespace Trellis::App {

LiveWorkspace::LiveWorkspace(QObject *parent)
    : QObject(parent)
{
    connect(&m_service, &Core::LiveMeshService::stateChanged, this, &LiveWorkspace::publish);
}

void LiveWorkspace::open(const QString &workspaceRoot)
{
    m_loading = true;
    m_service.open(workspaceRoot);
}

void LiveWorkspace::publish(const Core::LiveMeshState &state)
{
    if (state.change.rebuilt && !state.manifestBehind) {
        m_loading = false;
        WorkspaceSnapshot snapshot;
        snapshot.rootPath = state.rootPath;
        for (size_t i = 0; i < state.discovery.projects.size(); ++i) {
            const Core::DiscoveredProject &project = state.discovery.projects[i];
            snapshot.projects.push_back({project.name, project.rootPath, state.projectFiles->at(i)});
        }
        snapshot.nodeOfOwnFile = state.nodeOfOwnFile;
        snapshot.manifest = state.manifest;
        snapshot.diagnostics = state.diagnostics;
        snapshot.elapsedMs = qint64(state.change.parseMs + state.change.checkMs);
        Q_EMIT loaded(snapshot);
    }
    Q_EMIT updated(state);
}

} // namespace Trellis::App
