#include "workspaceloader.h"

#include "core/graph/manifestbuilder.h"
#include "core/project/workspacediscovery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

namespace Trellis::App {

WorkspaceLoader::WorkspaceLoader(QObject *parent)
    : QObject(parent)
{}

WorkspaceSnapshot WorkspaceLoader::scan(const QString &workspaceRoot)
{
    QElapsedTimer timer;
    timer.start();
    WorkspaceSnapshot snapshot;
    const Core::WorkspaceDiscovery discovery = Core::WorkspaceScanner::discover(workspaceRoot);
    snapshot.rootPath = discovery.rootPath;
    for (const Core::DiscoveredProject &project : discovery.projects) {
        snapshot.projects.push_back(
            {project.name, project.rootPath, Core::WorkspaceScanner::projectFiles(project.rootPath)});
    }
    snapshot.manifest = std::make_shared<Core::Manifest>(Core::ManifestBuilder::build(discovery));
    snapshot.elapsedMs = timer.elapsed();
    return snapshot;
}

void WorkspaceLoader::load(const QString &workspaceRoot)
{
    const quint64 token = ++m_lastToken;
    m_pendingToken = token;
    QPointer<WorkspaceLoader> guard(this);
    QThreadPool::globalInstance()->start([guard, token, workspaceRoot] {
        WorkspaceSnapshot snapshot = scan(workspaceRoot);
        // Posted to the application object, which outlives the loader: the loader itself may be
        // gone by the time the scan ends, and the guard is only checked on the GUI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, token, snapshot = std::move(snapshot)] {
                if (!guard || token != guard->m_pendingToken)
                    return;
                guard->m_pendingToken = 0;
                Q_EMIT guard->loaded(snapshot);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Trellis::App
