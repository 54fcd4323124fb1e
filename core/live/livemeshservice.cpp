#include "livemeshservice.h"

#include "core/util/backgroundwork.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

namespace Trellis::Core {

namespace {

std::shared_ptr<const std::vector<QStringList>> listProjectFiles(const WorkspaceDiscovery &discovery)
{
    auto files = std::make_shared<std::vector<QStringList>>();
    files->reserve(discovery.projects.size());
    for (const DiscoveredProject &project : discovery.projects)
        files->push_back(WorkspaceScanner::sortAsFileManager(
            WorkspaceScanner::projectFiles(project.rootPath)));
    return files;
}

std::shared_ptr<const QHash<QString, QString>> mapNodesToOwnFiles(const Manifest &manifest)
{
    auto nodeOfFile = std::make_shared<QHash<QString, QString>>();
    for (const Node &node : manifest.nodes) {
        // A property file declares many nodes; only a file of the node's own names one.
        if (!node.absolutePath.isEmpty() && !node.absolutePath.endsWith(QLatin1String(".yml"))
            && !node.absolutePath.endsWith(QLatin1String(".yaml")))
            nodeOfFile->insert(node.absolutePath, node.uniqueId);
    }
    return nodeOfFile;
}

void accumulate(MeshChange &total, MeshChange step)
{
    total.rebuilt = total.rebuilt || step.rebuilt;
    total.configChanged = total.configChanged || step.configChanged;
    total.changedNodes += step.changedNodes;
    total.parseMs += step.parseMs;
    total.checkMs += step.checkMs;
}

// The GUI thread's views keep the previous copy until the next arrives, so they usually let go
// of it last.
std::shared_ptr<const Manifest> sharedManifest(const Manifest &manifest)
{
    return shareFreedInBackground<const Manifest>(new Manifest(manifest));
}

} // namespace

// What the GUI thread hands the worker. The worker takes all of it at once, so requests that
// pile up while it is busy become one batch.
struct LiveMeshService::Shared
{
    QMutex mutex;
    std::optional<QString> openRoot;
    bool rebuild = false;
    QHash<QString, std::optional<QString>> changes; // nullopt: released
    qint64 oldestEditMs = 0;
};

class LiveMeshService::Worker : public QObject
{
    Q_OBJECT

public:
    explicit Worker(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {}

    void process()
    {
        std::optional<QString> openRoot;
        bool rebuild = false;
        QHash<QString, std::optional<QString>> changes;
        qint64 oldestEditMs = 0;
        {
            QMutexLocker lock(&m_shared->mutex);
            openRoot = std::exchange(m_shared->openRoot, std::nullopt);
            rebuild = std::exchange(m_shared->rebuild, false);
            changes = std::exchange(m_shared->changes, {});
            oldestEditMs = std::exchange(m_shared->oldestEditMs, 0);
        }
        if (!openRoot && !rebuild && changes.isEmpty())
            return; // an earlier call took this batch

        MeshChange total;
        if (openRoot) {
            QElapsedTimer timer;
            timer.start();
            m_manifest.reset();
            m_structureChange = MeshChange();
            m_mesh = std::make_unique<LiveMesh>(*openRoot);
            total.rebuilt = true;
            total.parseMs = double(timer.nsecsElapsed()) / 1e6;
        }
        if (!m_mesh)
            return;
        if (rebuild)
            accumulate(total, m_mesh->rebuild());
        for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
            accumulate(total, change.value() ? m_mesh->edit(change.key(), *change.value())
                                             : m_mesh->release(change.key()));
        }
        publish(std::move(total), oldestEditMs);
    }

Q_SIGNALS:
    void published(const Trellis::Core::LiveMeshState &state);

private:
    // Copying the manifest costs tens of milliseconds on a large mesh, more than the update
    // and the rules together. So a keystroke that changed only SQL text keeps the previous copy
    // (its graph, configs and declarations are still current), and one that changed the graph
    // publishes its findings first, with the previous copy marked behind, then the new copy —
    // unless more edits are waiting, which will bring a newer one.
    void publish(MeshChange change, qint64 oldestEditMs)
    {
        if (change.rebuilt || !m_projectFiles) {
            m_projectFiles = listProjectFiles(m_mesh->discovery());
            m_nodeOfOwnFile = mapNodesToOwnFiles(m_mesh->manifest());
        }
        change.changedNodes.removeDuplicates();
        if (change.structureChanged())
            accumulate(m_structureChange, change);
        LiveMeshState state;
        state.rootPath = m_mesh->discovery().rootPath;
        state.discovery = m_mesh->discovery();
        state.projectFiles = m_projectFiles;
        state.nodeOfOwnFile = m_nodeOfOwnFile;
        state.diagnostics = std::make_shared<const std::vector<Diagnostic>>(m_mesh->diagnostics());
        state.change = std::move(change);
        state.oldestEditMs = oldestEditMs;

        const bool behind = !m_manifest || m_structureChange.structureChanged();
        if (behind && m_manifest && !m_structureChange.rebuilt) {
            state.generation = ++m_generation;
            state.manifest = m_manifest;
            state.manifestBehind = true;
            Q_EMIT published(state);
            if (hasPendingWork())
                return;
        }
        if (behind) {
            m_manifest = sharedManifest(m_mesh->manifest());
            m_structureChange.changedNodes.removeDuplicates();
            state.change = std::exchange(m_structureChange, MeshChange());
        }
        state.generation = ++m_generation;
        state.manifest = m_manifest;
        state.manifestBehind = false;
        Q_EMIT published(state);
    }

    bool hasPendingWork() const
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->openRoot || m_shared->rebuild || !m_shared->changes.isEmpty();
    }

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<LiveMesh> m_mesh;
    std::shared_ptr<const std::vector<QStringList>> m_projectFiles;
    std::shared_ptr<const QHash<QString, QString>> m_nodeOfOwnFile;
    std::shared_ptr<const Manifest> m_manifest;
    MeshChange m_structureChange; // what changed since m_manifest was copied
    quint64 m_generation = 0; // across opens, so a state of an older open is recognisable
};

LiveMeshService::LiveMeshService(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread(this))
    , m_worker(new Worker(m_shared))
{
    qRegisterMetaType<Trellis::Core::LiveMeshState>();
    m_thread->setObjectName(QStringLiteral("LiveMesh"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::published, this, [this](const LiveMeshState &state) {
        // States of a workspace opened before the current one may still be queued.
        if (state.rootPath == m_root && state.generation > m_lastGeneration) {
            m_lastGeneration = state.generation;
            Q_EMIT stateChanged(state);
        }
    });
    // At the GUI's priority, unlike the other workers: squiggles must follow typing within
    // 150 ms even when other programs keep the cores busy, and an edit costs it milliseconds.
    m_thread->start();

    // Short enough that squiggles follow typing (the whole path stays under 150 ms), long
    // enough that a burst of keystrokes costs one update.
    m_debounce.setInterval(60);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &LiveMeshService::flush);
}

LiveMeshService::~LiveMeshService()
{
    m_thread->quit();
    m_thread->wait();
}

void LiveMeshService::open(const QString &root)
{
    m_root = QDir::cleanPath(QDir(root).absolutePath());
    m_waiting.clear();
    m_debounce.stop();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->openRoot = m_root;
        m_shared->rebuild = false;
        m_shared->changes.clear();
        m_shared->oldestEditMs = 0;
    }
    wakeWorker();
}

qint64 LiveMeshService::nowMs()
{
    return QDeadlineTimer::current().deadlineNSecs() / 1000000;
}

void LiveMeshService::edit(const QString &path, const QString &text)
{
    if (m_waiting.isEmpty())
        m_oldestWaitingMs = nowMs();
    m_waiting.insert(path, text);
    m_debounce.start();
}

void LiveMeshService::release(const QString &path)
{
    if (m_waiting.isEmpty())
        m_oldestWaitingMs = nowMs();
    m_waiting.insert(path, std::nullopt);
    flush(); // a save should show at once
}

void LiveMeshService::rebuild()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->rebuild = true;
    }
    wakeWorker();
}

void LiveMeshService::flush()
{
    m_debounce.stop();
    if (m_waiting.isEmpty())
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        for (auto change = m_waiting.cbegin(); change != m_waiting.cend(); ++change)
            m_shared->changes.insert(change.key(), change.value());
        if (m_shared->oldestEditMs == 0)
            m_shared->oldestEditMs = m_oldestWaitingMs;
    }
    m_waiting.clear();
    wakeWorker();
}

void LiveMeshService::wakeWorker()
{
    QMetaObject::invokeMethod(m_worker, &Worker::process, Qt::QueuedConnection);
}

} // namespace Trellis::Core

#include "livemeshservice.moc"
