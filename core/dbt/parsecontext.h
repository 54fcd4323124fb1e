#pragma once

#include "core/dbt/contextmembers.h"
#include "core/dbt/macronamespace.h"
#include "core/dbt/projectvars.h"
#include "core/dbt/sqlcalls.h"

#include <QCoreApplication>

namespace Trellis::Core::Dbt {

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
