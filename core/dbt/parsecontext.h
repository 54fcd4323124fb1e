#pragma once

#include "core/dbt/contextmembers.h"
#include "core/dbt/macronamespace.h"
#include "core/dbt/projectvars.h"
#include "core/dbt/sqlcalls.h"

#include <QCoreApplication>

namespace Trellis::Core::Dbt {

// What a render needs to know of the node being parsed.
struct NodeContext
{
    QString uniqueId;
    QString resourceType;     // "model", "snapshot", "test", "analysis"
    QString name;
    QString packageName;
    QString originalFilePath;
    QString version;
    QStringList fqn;
    QJsonObject config;       // dbt_project.yml and property YAML levels, before config() calls
};

// Everything one package's renders share: the package, the project running it, and the macro
// packages visible to it in increasing precedence (dbt's built-ins first, the package last).
struct ContextScope
{
    const DbtProject *package = nullptr;
    const DbtProject *root = nullptr;
    std::vector<const MacroPackage *> macroPackages;
    // Packages the root project lists but has not installed ("dbt_utils"): calls into them
    // answer '' so that the rest of a model still renders and its refs are still found.
    QStringList missingPackages;
    Target target;
};

// dbt's parse mode (execute = false) for the nodes of one package: renders a model, snapshot,
// analysis or singular test with ref, source, config, var, env_var, this, target, adapter,
// return, exceptions and the package's macros in its context, and returns the ref(), source()
// and config() calls the render made, wherever they were made (in the file or in a macro). Each
// call is located at the matching literal call in the file when there is one. Built once per
// package and used by one thread; a node's render never affects the next one's.
class ParseContext
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Dbt::ParseContext)

public:
    ParseContext(const Jinja::Environment &environment, const ContextScope &scope);
    ParseContext(const ParseContext &) = delete;
    ParseContext &operator=(const ParseContext &) = delete;
    ~ParseContext();

    // Macro files whose top level failed while the context was built.
    const std::vector<Error> &setupProblems() const { return m_setupProblems; }

    Result<SqlCalls> render(const QString &text, const QString &file, const NodeContext &node);

private:
    void installContextMembers(const ContextScope &scope);
    void installCallCapture();
    void set(std::string_view name, Jinja::Value value);
    Jinja::Value thisRelation(const NodeContext &node) const;
    static Jinja::Value modelDictionary(const NodeContext &node);
    static void locateCalls(SqlCalls &rendered, const QString &text, const QString &file);

    const Jinja::Environment &m_environment;
    Target m_target;
    ProjectVars m_vars;
    Jinja::Ref<Jinja::Dict> m_context;
    MacroNamespace m_macros;
    std::vector<Error> m_setupProblems;
    Jinja::Value m_this;
    SqlCalls *m_calls = nullptr;           // the render in progress, if any
    QJsonObject *m_configTarget = nullptr; // where config() records: m_calls->config
};

} // namespace Trellis::Core::Dbt
