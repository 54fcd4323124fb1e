#pragma once

#include "core/build/buildledger.h"
#include "core/build/buildoutcome.h"
#include "core/build/nodecompiler.h"
#include "core/engine/guardedsql.h"
#include "core/engine/workspacedatabase.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <memory>

namespace Trellis::Core::Build {

struct BuildOptions
{
    // Rebuild every relation (incremental models from scratch) instead of reusing what is up to
    // date.
    bool fullRefresh = false;
    // A statement running longer than this is stopped.
    int timeLimitMs = GuardedSql::kDefaultTimeLimitMs;
    // Where compiled SQL is written (<folder>/<project>/<path>), so errors can point at it;
    // empty: not written.
    QString compiledFolder;
};

// Builds a mesh into its SQLite workspace, as `dbt build` does: seeds (SeedLoader, with
// column_types and delimiter), sources bound to data, models and snapshots (Materializer) and
// data tests (DataTestRunner), in dependency order across projects. A node whose parent failed
// is skipped. A relation whose compiled SQL, configuration and inputs hash as when it was last
// built (BuildLedger) is reused, not rebuilt.
//
// Sources read, in this order: the CSV named by `trellis_csv` in the source table's meta (a path
// relative to the project, loaded like a seed into the source's own relation; for sandbox
// data), else a seed or else a model whose relation has the table's identifier as its name
// (the source renders as that relation, and builds after it), else the CSV of a disabled seed of that name (loaded like trellis_csv),
// else the source's own relation when it exists, else a table Trellis creates empty from the
// declared columns, saying so.
//
// Runs on the thread that owns the workspace's main connection; blocking.
class BuildRunner
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::BuildRunner)

public:
    using Progress = std::function<void(const NodeOutcome &)>;

    BuildRunner(const Manifest &manifest, WorkspaceDatabase &workspace, BuildOptions options = {});
    ~BuildRunner();

    NodeCompiler &compiler() { return *m_compiler; }

    // Builds and tests `ids` (models, seeds, snapshots, tests; others are ignored) in
    // dependency order, reporting each outcome as it is known. Sources the nodes read are
    // reported too when Trellis had to create them.
    std::vector<NodeOutcome> run(const QStringList &ids, const Progress &progress = {});

    // The node's SQL as build would run it (sources bound as build binds them).
    Result<CompiledNode> compile(const QString &id);
    // The same for a node that is not the manifest's own, e.g. with an editor's unsaved text.
    Result<CompiledNode> compile(const Node &node);

    // The models, seeds and snapshots `id` reads from, directly or not (what a preview needs
    // built), ephemeral models left out; through a source, the seed or model it reads.
    QStringList upstreamOf(const QString &id);
    // Runs the compiled SQL of a model (or analysis) over its built inputs without building it,
    // wrapped so that its own ORDER BY and LIMIT stay valid; at most `limit` rows.
    Result<SqlRows> preview(const QString &id, qint64 limit);

    // `ids` ordered so that every node comes after what it reads (stable: by unique id among
    // equals).
    QStringList dependencyOrder(const QStringList &ids);

private:
    // Which seed or model each source reads (a relation of the source's identifier), known
    // before anything is built so that upstreamOf() and the build order see through sources.
    void mapSourceInputs();
    static QString identifierOf(const Node &source);
    // Loads or creates the sources no seed or model provides.
    void bindSources(std::vector<NodeOutcome> &outcomes, const Progress &progress);
    // Loads `csv` (when given) into the source's relation, or creates it empty if missing.
    Result<void> bindSource(const Node &source, const QString &csv, NodeOutcome &outcome);
    // The file meta.trellis_csv names, absolute; empty when none is named.
    QString csvOf(const Node &source) const;
    void buildSeed(const Node &seed, NodeOutcome &outcome);
    // Compiles and writes the compiled file (its path into compiledPath); on failure the
    // outcome says why.
    std::optional<CompiledNode> compileFor(const Node &node, NodeOutcome &outcome,
                                           QString &compiledPath);
    void buildModel(const Node &node, NodeOutcome &outcome);
    void runTest(const Node &test, NodeOutcome &outcome);
    QStringList parentsOf(const QString &id) const;
    QString inputsHash(const Node &node) const;
    QString writeCompiled(const Node &node, const QString &sql) const;
    Error locate(Error error, const Node &node, const QString &compiledPath,
                 const QString &sql) const;
    Result<RelationName> relationName(const Node &node);

    const Manifest &m_manifest;
    WorkspaceDatabase &m_workspace;
    BuildOptions m_options;
    std::unique_ptr<NodeCompiler> m_compiler;
    BuildLedger m_ledger;
    QHash<QString, QString> m_sourceInputs; // source id → the seed or model it reads
    QSet<QString> m_unboundSources; // sources without data: what reads them is skipped
    bool m_sourceInputsMapped = false;
    bool m_sourcesBound = false;
};

} // namespace Trellis::Core::Build
