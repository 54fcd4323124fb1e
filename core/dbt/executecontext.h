#pragma once

#include "core/dbt/contextmembers.h"
#include "core/dbt/executehost.h"
#include "core/dbt/macronamespace.h"
#include "core/dbt/projectvars.h"

#include <QCoreApplication>

#include <unordered_map>

namespace Trellis::Core::Dbt {

// dbt's execute mode (execute = true) for the nodes of one package: renders a model, test,
// snapshot or analysis into the SQL the workspace runs. ref() and source() render the relations
// the host names ("schema"."identifier", or __dbt__cte__name for an ephemeral model), `this` is
// the node's own relation, config.get()/require() read the node's resolved config, var() insists
// on vars that exist, and run_query, statement blocks, load_result and the adapter's relation
// methods go to the host's workspace database. Shares the context members every mode has with
// ParseContext (installNodeMembers) and the package's macros (MacroNamespace).
//
// Built once per package for one build and used by one thread; the host must outlive it.
class ExecuteContext
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Dbt::ExecuteContext)

public:
    using Variables = std::vector<std::pair<std::string, Jinja::Value>>;

    ExecuteContext(const Jinja::Environment &environment, const ContextScope &scope,
                   ExecuteHost &host);
    ExecuteContext(const ExecuteContext &) = delete;
    ExecuteContext &operator=(const ExecuteContext &) = delete;
    ~ExecuteContext();

    // Macro files whose top level failed while the context was built.
    const std::vector<Error> &setupProblems() const { return m_setupProblems; }

    // Renders `text` (read from `file`) as `node`, whose relation is `self`. `variables` are
    // visible to this render only (a generic test's keyword arguments).
    Result<QString> render(const QString &text, const QString &file, const NodeContext &node,
                           const Relation &self, const Variables &variables = {});

private:
    void installExecuteMembers(const ContextScope &scope);
    void set(std::string_view name, Jinja::Value value);

    const Jinja::Environment &m_environment;
    ExecuteHost &m_host;
    Target m_target;
    ProjectVars m_vars;
    Jinja::Ref<Jinja::Dict> m_context;
    MacroNamespace m_macros;
    std::vector<Error> m_setupProblems;
    const QJsonObject *m_config = nullptr; // the node being rendered, for `config`
    // store_result()/load_result() of the render in progress, by name.
    std::unordered_map<std::string, Jinja::Value> m_results;
};

} // namespace Trellis::Core::Dbt
