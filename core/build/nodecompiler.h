#pragma once

#include "core/dbt/executecontext.h"
#include "core/dbt/executehost.h"
#include "core/dbt/macropackage.h"
#include "core/graph/manifest.h"
#include "core/graph/refresolver.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <memory>

struct sqlite3;

namespace Trellis::Core::Build {

// A node's SQL as the workspace runs it.
struct CompiledNode
{
    QString uniqueId;
    QString sql; // ephemeral models injected as CTEs, as dbt injects them
    QStringList ephemerals; // unique ids of the ephemeral models injected, dependencies first
};

// Compiles nodes in dbt's execute mode for the SQLite workspace. Knows where every node lives
// ("schema"."identifier", schema and alias from the projects' generate_schema_name and
// generate_alias_name), answers the execute context's ref(), source(), run_query and adapter
// questions (reading the workspace through `db` under a read-only authorizer), and injects
// ephemeral models as `__dbt__cte__<name>` CTEs. Generic tests compile by calling their test
// macro with the declared arguments, as dbt does.
//
// Loads every package's macros once, keeps one execute context per package, and is used by one
// thread (the one owning `db`). The manifest and the connection must outlive it.
class NodeCompiler final : public Dbt::ExecuteHost
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::NodeCompiler)

public:
    NodeCompiler(const Manifest &manifest, sqlite3 *db);
    ~NodeCompiler() override;

    // Macro files that could not be loaded (each with its file and line).
    const std::vector<Error> &problems() const { return m_problems; }

    // Where the node is (or will be) built; sources as bound.
    Result<Dbt::Relation> relationOf(const Node &node);
    // Makes source() of `sourceId` read `relation` (a seed of the same name, say).
    void bindSource(const QString &sourceId, const Dbt::Relation &relation);

    // The SQL of a model, snapshot, analysis or test. Errors carry the node's file and line.
    Result<CompiledNode> compile(const Node &node);
    // What a Jinja expression from the node's YAML renders to (`ref('dim_stations')` in a test
    // argument or a foreign key's `to:`).
    Result<QString> renderExpression(const Node &node, const QString &expression);

    // ExecuteHost
    Result<Dbt::Relation> resolveRef(const RefCall &call) override;
    Result<Dbt::Relation> resolveSource(const QString &sourceName,
                                        const QString &tableName) override;
    Result<Dbt::QueryTable> query(const QString &sql) override;
    std::optional<QString> relationType(const QString &schema, const QString &identifier) override;
    std::vector<Dbt::RelationColumn> columns(const QString &schema,
                                             const QString &identifier) override;

    // Inserts CTEs into `sql` after its leading WITH, or in front of it (dbt's _add_ctes).
    static QString injectCtes(const QString &sql, const QStringList &ctes);

private:
    struct Compilation;
    Dbt::ExecuteContext &contextFor(const QString &package);
    Result<QString> renderNode(const Node &node, const QString &text,
                               const Dbt::ExecuteContext::Variables &variables = {});
    Result<QString> renderText(const Node &node);
    Result<QString> genericTestText(const Node &node, Dbt::ExecuteContext::Variables &variables);
    Result<QString> nameFromMacro(const Node &node, const char *macro, const QString &custom);
    Result<void> addEphemeral(const Node &node);

    const Manifest &m_manifest;
    sqlite3 *m_db;
    RefResolver m_resolver;
    QStringList m_packageNames;
    Jinja::Environment m_environment;
    std::vector<std::unique_ptr<Dbt::MacroPackage>> m_macroPackages;
    std::map<QString, std::unique_ptr<Dbt::ExecuteContext>> m_contexts;
    std::vector<Error> m_problems;
    QHash<QString, Dbt::Relation> m_relations;
    QHash<QString, Dbt::Relation> m_boundSources;
    const Node *m_current = nullptr; // the node rendering, for ref() and source()
    Compilation *m_compilation = nullptr; // the compile() in progress
};

} // namespace Trellis::Core::Build
