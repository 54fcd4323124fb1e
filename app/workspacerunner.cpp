#include "workspacerunner.h"

#include "core/build/buildrunner.h"
#include "core/engine/workspacedatabase.h"
#include "core/util/backgroundwork.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>

namespace Trellis::App {

using Core::Build::NodeOutcome;

struct WorkspaceRunner::Shared
{
    std::array<std::atomic<quint64>, KindCount> latest{};
    QMutex mutex;
    std::shared_ptr<Core::WorkspaceDatabase> database; // guarded by mutex
};

// Lives on the runner's thread and does the work; answers go back to the runner (GUI thread)
// as queued calls, which the runner filters by token once more.
class WorkspaceRunnerWorker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::WorkspaceRunner)

public:
    WorkspaceRunnerWorker(std::shared_ptr<WorkspaceRunner::Shared> shared)
        : m_shared(std::move(shared))
    {}

    bool isLatest(WorkspaceRunner::Kind kind, quint64 token) const
    {
        return m_shared->latest[kind].load() == token;
    }

    void open(const QString &databasePath)
    {
        m_runner.reset();
        m_database.reset();
        m_openError = {};
        auto database = Core::WorkspaceDatabase::open(databasePath);
        if (database)
            m_database = std::shared_ptr<Core::WorkspaceDatabase>(std::move(*database));
        else
            m_openError = database.error();
        QMutexLocker lock(&m_shared->mutex);
        m_shared->database = m_database;
    }

    void setManifest(std::shared_ptr<const Core::Manifest> manifest)
    {
        // The runner keeps a reference to its manifest: it goes first.
        m_runner.reset();
        m_manifest = std::move(manifest);
    }

    CompiledSql compile(quint64 token, const QString &id, const QString &text)
    {
        CompiledSql result;
        result.token = token;
        result.uniqueId = id;
        const Core::Node *node = m_manifest ? m_manifest->find(id) : nullptr;
        Core::Build::BuildRunner *runner = ensureRunner(result.error);
        if (!runner)
            return result;
        if (!node) {
            result.error.message = tr("there is no node %1 in the workspace").arg(id);
            return result;
        }
        result.modelPath = node->absolutePath;
        result.modelSource = text.isNull() ? node->rawCode : text;
        Core::Result<Core::Build::CompiledNode> compiled = [&] {
            if (text.isNull())
                return runner->compile(id);
            // The editor's buffer is newer than the manifest's text after an edit that left
            // the graph as it was.
            Core::Node edited = *node;
            edited.rawCode = text;
            return runner->compile(edited);
        }();
        if (!compiled) {
            result.error = compiled.error();
            if (result.error.file.isEmpty())
                result.error.file = node->absolutePath;
            return result;
        }
        result.ok = true;
        result.sql = compiled->sql;
        return result;
    }

    // Builds the node's inputs; false (and the first failure in `error`) when one failed.
    bool buildInputs(quint64 token, const QString &id, Core::Error &error,
                     const std::function<void(const QString &)> &status)
    {
        Core::Build::BuildRunner *runner = ensureRunner(error);
        if (!runner)
            return false;
        const QStringList upstream = runner->upstreamOf(id);
        if (upstream.isEmpty())
            return true;
        status(tr("Building %n upstream node(s)…", nullptr, int(upstream.size())));
        int done = 0;
        std::optional<NodeOutcome> failed;
        runner->run(upstream, [&](const NodeOutcome &outcome) {
            if (outcome.type != Core::ResourceType::Source)
                ++done;
            if (!failed && (outcome.failed() || outcome.status == NodeOutcome::Status::Skipped))
                failed = outcome;
            if (isLatest(WorkspaceRunner::PreviewKind, token))
                status(tr("Building upstream nodes: %1 of %2 (%3)…")
                           .arg(done)
                           .arg(upstream.size())
                           .arg(outcome.name));
        });
        if (!failed)
            return true;
        error = failed->errors.value(0);
        error.message = tr("%1, which this node reads, could not be built: %2")
                            .arg(failed->name,
                                 error.message.isEmpty() ? failed->note : error.message);
        return false;
    }

    std::vector<NodeOutcome> build(const QStringList &ids,
                                   const Core::Build::BuildRunner::Progress &progress,
                                   Core::Error &error)
    {
        Core::Build::BuildRunner *runner = ensureRunner(error);
        if (!runner)
            return {};
        // What the nodes read must exist; what is up to date is reused, not rebuilt.
        QStringList withInputs = ids;
        QSet<QString> listed(ids.begin(), ids.end());
        for (const QString &id : ids) {
            for (const QString &input : runner->upstreamOf(id)) {
                if (!listed.contains(input)) {
                    listed.insert(input);
                    withInputs.append(input);
                }
            }
        }
        return runner->run(withInputs, progress);
    }

    std::shared_ptr<const Core::Manifest> manifest() const { return m_manifest; }

private:
    Core::Build::BuildRunner *ensureRunner(Core::Error &error)
    {
        if (!m_database) {
            error = m_openError.message.isEmpty()
                ? Core::Error{{}, 0, 0, tr("no workspace is open")}
                : m_openError;
            return nullptr;
        }
        if (!m_manifest) {
            error = Core::Error{{}, 0, 0, tr("the workspace is still being read")};
            return nullptr;
        }
        if (!m_runner)
            m_runner = std::make_unique<Core::Build::BuildRunner>(*m_manifest, *m_database);
        return m_runner.get();
    }

    std::shared_ptr<WorkspaceRunner::Shared> m_shared;
    std::shared_ptr<Core::WorkspaceDatabase> m_database;
    Core::Error m_openError;
    std::shared_ptr<const Core::Manifest> m_manifest;
    std::unique_ptr<Core::Build::BuildRunner> m_runner; // over the two above; declared last
};

WorkspaceRunner::WorkspaceRunner(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_worker(new WorkspaceRunnerWorker(m_shared))
{
    m_thread.setObjectName(QStringLiteral("WorkspaceRunner"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(Core::BackgroundPriority);
}

WorkspaceRunner::~WorkspaceRunner()
{
    // Nothing queued is wanted any more; a build under way finishes its statement first.
    for (auto &latest : m_shared->latest)
        latest = 0;
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 WorkspaceRunner::next(Kind kind)
{
    const quint64 token = m_nextToken++;
    m_shared->latest[kind] = token;
    return token;
}

void WorkspaceRunner::setWorkspace(const QString &rootPath, const QString &databasePath)
{
    const QString path
        = databasePath.isEmpty() ? Core::WorkspaceDatabase::defaultPath(rootPath) : databasePath;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->open(path); });
}

void WorkspaceRunner::setManifest(std::shared_ptr<const Core::Manifest> manifest)
{
    m_manifest = manifest;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, manifest = std::move(manifest)] {
        worker->setManifest(manifest);
    });
}

quint64 WorkspaceRunner::compile(const QString &uniqueId, const QString &text)
{
    const quint64 token = next(CompileKind);
    QPointer<WorkspaceRunner> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, token, uniqueId, text] {
        if (!worker->isLatest(CompileKind, token))
            return;
        CompiledSql result = worker->compile(token, uniqueId, text);
        QMetaObject::invokeMethod(self, [self, result = std::move(result)] {
            if (self && self->m_shared->latest[CompileKind] == result.token)
                Q_EMIT self->compiled(result);
        });
    });
    return token;
}

quint64 WorkspaceRunner::preparePreview(const QString &uniqueId, const QString &text)
{
    const quint64 token = next(PreviewKind);
    QPointer<WorkspaceRunner> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, token, uniqueId, text] {
        if (!worker->isLatest(PreviewKind, token))
            return;
        const auto status = [self, token](const QString &message) {
            QMetaObject::invokeMethod(self, [self, token, message] {
                if (self && self->m_shared->latest[PreviewKind] == token)
                    Q_EMIT self->previewStatusChanged(token, message);
            });
        };
        CompiledSql result;
        result.token = token;
        result.uniqueId = uniqueId;
        if (worker->buildInputs(token, uniqueId, result.error, status)) {
            status(tr("Compiling…"));
            result = worker->compile(token, uniqueId, text);
        }
        QMetaObject::invokeMethod(self, [self, result = std::move(result)] {
            if (self && self->m_shared->latest[PreviewKind] == result.token)
                Q_EMIT self->previewPrepared(result);
        });
    });
    return token;
}

void WorkspaceRunner::cancelPreview()
{
    next(PreviewKind);
}

quint64 WorkspaceRunner::build(const QStringList &ids)
{
    const quint64 token = next(BuildKind);
    QPointer<WorkspaceRunner> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, token, ids] {
        if (!worker->isLatest(BuildKind, token))
            return;
        BuildReport report;
        report.token = token;
        report.manifest = worker->manifest();
        Core::Error error;
        report.outcomes = worker->build(
            ids,
            [self, token](const NodeOutcome &outcome) {
                QMetaObject::invokeMethod(self, [self, token, outcome] {
                    if (self && self->m_shared->latest[BuildKind] == token)
                        Q_EMIT self->buildProgressed(token, outcome);
                });
            },
            error);
        if (!error.message.isEmpty()) {
            NodeOutcome failure;
            failure.status = NodeOutcome::Status::Error;
            failure.name = tr("workspace");
            failure.errors.append(error);
            report.outcomes.push_back(failure);
        }
        QMetaObject::invokeMethod(self, [self, report = std::move(report)] {
            if (self && self->m_shared->latest[BuildKind] == report.token)
                Q_EMIT self->buildFinished(report);
        });
    });
    return token;
}

Core::QueryConnectionSource WorkspaceRunner::queryConnections() const
{
    const std::shared_ptr<Shared> shared = m_shared;
    const auto database = [shared] {
        QMutexLocker lock(&shared->mutex);
        return shared->database;
    };
    return {
        [database]() -> Core::Result<Core::SqliteConnection> {
            if (const auto open = database())
                return open->openConnection();
            return Core::fail(Core::Error{{}, 0, 0, tr("the workspace database is not open")});
        },
        [database](Core::SqliteConnection &connection) -> Core::Result<void> {
            if (const auto open = database())
                return open->attachSchemas(connection);
            return {};
        },
    };
}

QString WorkspaceRunner::nodeOfFile(const Core::Manifest &manifest, const QString &path)
{
    for (const Core::Node &node : manifest.nodes) {
        const bool runnable = node.type == Core::ResourceType::Model
            || node.type == Core::ResourceType::Snapshot
            || node.type == Core::ResourceType::Analysis;
        if (runnable && node.absolutePath == path)
            return node.uniqueId;
    }
    return QString();
}

} // namespace Trellis::App
