#pragma once

#include "core/live/livemesh.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QThread;

namespace Trellis::Core {

// One published state of the live mesh: immutable, shared by every view that shows it.
struct LiveMeshState
{
    QString rootPath;
    quint64 generation = 0; // increases with every state of the same open()
    WorkspaceDiscovery discovery;
    // The files of each project (relative paths, as a file manager orders them), parallel to
    // discovery.projects; listed again only when the workspace was built again.
    std::shared_ptr<const std::vector<QStringList>> projectFiles;
    // The unique id of the node each file is the own file of (its SQL, CSV, …; not the property
    // YAML that declares many), by absolute path; made with projectFiles.
    std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile;
    // A copy of the manifest whose graph, configs and declarations are current — unless
    // manifestBehind: then the findings are current and a state with a new copy follows. After
    // a keystroke that changed only a model's SQL text it is the previous state's copy, whose
    // text of that model is older than the editor's.
    std::shared_ptr<const Manifest> manifest;
    bool manifestBehind = false;
    std::shared_ptr<const std::vector<Diagnostic>> diagnostics;
    // What changed since the previous state; with a new manifest copy, what changed since the
    // previous copy.
    MeshChange change;
    // When the earliest edit this state answers was made (LiveMeshService::nowMs()); the view
    // subtracts it from the time it shows the state. 0 for open() and rebuild().
    qint64 oldestEditMs = 0;
};

// Keeps a LiveMesh on a worker thread of its own and feeds it the editors' changes: edits are
// debounced, and everything that arrived while the worker was busy is applied as one batch
// (the latest text of each file wins), so a slow rebuild never queues up stale work. Each batch
// ends in one published state. Lives on the GUI thread; its signals arrive there.
class LiveMeshService : public QObject
{
    Q_OBJECT

public:
    explicit LiveMeshService(QObject *parent = nullptr);
    ~LiveMeshService() override;

    // Builds the workspace at `root` on the worker, replacing the one open before; pending
    // changes of the old workspace are dropped.
    void open(const QString &root);
    // An editor's current text of a file; applied after the debounce delay.
    void edit(const QString &path, const QString &text);
    // The editor's text of `path` is no longer unsaved (saved or discarded).
    void release(const QString &path);
    // Builds the open workspace again (files changed on disk, settings changed).
    void rebuild();

    // A monotonic clock in milliseconds, the one oldestEditMs is read from.
    static qint64 nowMs();

    void setDebounceMs(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int debounceMs() const { return m_debounce.interval(); }

Q_SIGNALS:
    void stateChanged(const Trellis::Core::LiveMeshState &state);

private:
    struct Shared;
    class Worker;
    void flush();
    void wakeWorker();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread;
    Worker *m_worker;
    QTimer m_debounce;
    QString m_root;
    quint64 m_lastGeneration = 0;
    // Edits waiting for the debounce, GUI thread only (nullopt: released).
    QHash<QString, std::optional<QString>> m_waiting;
    qint64 m_oldestWaitingMs = 0;
};

} // namespace Trellis::Core

Q_DECLARE_METATYPE(Trellis::Core::LiveMeshState)
