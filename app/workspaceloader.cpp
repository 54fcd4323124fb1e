#include "workspaceloader.h"

#include "core/graph/manifestbuilder.h"
#include "core/project/workspacediscovery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace Trellis::App {

namespace {
const QString kDiscoveryCode = QStringLiteral("TRL0001");
}

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
    for (const Core::Error &problem : discovery.problems) {
        snapshot.diagnostics.push_back(
            Core::Diagnostic::fromError(problem, Core::Severity::Error, kDiscoveryCode));
    }
    auto manifest = std::make_shared<Core::Manifest>(Core::ManifestBuilder::build(workspaceRoot));
    // Discovery already reported unreadable dbt_project.yml files; the builder's view of the
    // same problem would only repeat them.
    for (const Core::Diagnostic &diagnostic : manifest->diagnostics) {
        const bool duplicate = std::any_of(snapshot.diagnostics.begin(), snapshot.diagnostics.end(),
                                           [&](const Core::Diagnostic &d) {
                                               return d.file == diagnostic.file && d.line == diagnostic.line;
                                           });
        if (!duplicate)
            snapshot.diagnostics.push_back(diagnostic);
    }
    snapshot.manifest = std::move(manifest);
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
