#pragma once

#include "core/build/buildoutcome.h"
#include "core/engine/queryworker.h"
#include "core/graph/manifest.h"

#include <QObject>
#include <QThread>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace Trellis::App {

// A node's SQL as the workspace runs it, or why it cannot be had.
struct CompiledSql
{
    quint64 token = 0;
    QString uniqueId;
    bool ok = false;
    QString sql;
    Core::Error error; // when !ok: the model's file and line where known
    QString modelPath; // the node's file, to place errors of queries over `sql`
    QString modelSource; // the text that was compiled (the editor's, when it was given)
};

struct BuildReport
{
    quint64 token = 0;
    std::vector<Core::Build::NodeOutcome> outcomes;
    // The manifest the build ran over, to place its outcomes.
    std::shared_ptr<const Core::Manifest> manifest;
};

class WorkspaceRunnerWorker;

// The window's access to the SQLite workspace: a worker thread that owns the workspace's
// database (the CLI's default location) and a BuildRunner over the newest manifest, recreated
// when a new one arrives. Requests return a token at once and answer with a signal carrying
// it; for each kind of request (compile, preview, build) the latest wins: older ones still
// queued are skipped, and answers to them are dropped. Model text given with a request (an
// editor's unsaved buffer) is compiled instead of the manifest's. Lives on the GUI thread and
// never blocks it.
class WorkspaceRunner : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceRunner(QObject *parent = nullptr);
    ~WorkspaceRunner() override;

    // Opens the workspace's database (or `databasePath`, when given) on the worker.
    void setWorkspace(const QString &rootPath, const QString &databasePath = {});
    void setManifest(std::shared_ptr<const Core::Manifest> manifest);
    std::shared_ptr<const Core::Manifest> manifest() const { return m_manifest; }

    // The SQL of a model, snapshot or analysis; `text` replaces its source when not null.
    quint64 compile(const QString &uniqueId, const QString &text = {});
    // Builds what the node reads (reusing what is up to date), then compiles it.
    quint64 preparePreview(const QString &uniqueId, const QString &text = {});
    // Drops the preview being prepared: its answer will not come.
    void cancelPreview();
    // Builds and tests `ids` in dependency order, and first what they read (reusing what is
    // up to date).
    quint64 build(const QStringList &ids);

    // Connections for a QueryRunner over the same database; they work once setWorkspace()
    // has been answered (any compiled() or previewPrepared() says so).
    Core::QueryConnectionSource queryConnections() const;

    // The model, snapshot or analysis defined in `path` (empty when none).
    static QString nodeOfFile(const Core::Manifest &manifest, const QString &path);

Q_SIGNALS:
    void compiled(const Trellis::App::CompiledSql &result);
    void previewStatusChanged(quint64 token, const QString &status);
    void previewPrepared(const Trellis::App::CompiledSql &result);
    void buildProgressed(quint64 token, const Trellis::Core::Build::NodeOutcome &outcome);
    void buildFinished(const Trellis::App::BuildReport &report);

public:
    enum Kind { CompileKind, PreviewKind, BuildKind, KindCount };
    // State the worker reads: the latest token of each kind, and the open database.
    struct Shared;

private:
    quint64 next(Kind kind);

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    WorkspaceRunnerWorker *m_worker;
    std::shared_ptr<const Core::Manifest> m_manifest;
    quint64 m_nextToken = 1;
};

} // namespace Trellis::App

Q_DECLARE_METATYPE(Trellis::App::CompiledSql)
Q_DECLARE_METATYPE(Trellis::App::BuildReport)
Q_DECLARE_METATYPE(Trellis::Core::Build::NodeOutcome)
