#pragma once

#include "core/dbt/sqlcalls.h"
#include "core/jinja/callable.h"
#include "core/jinja/dict.h"
#include "core/jinja/value.h"

#include "core/project/dbtproject.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Trellis::Core::Dbt {

struct MacroPackage;
class ProjectVars;

// The warehouse target templates see as `target` (dbt reads it from profiles.yml; Trellis
// builds into its local SQLite workspace, whose main schema is "main").
struct Target
{
    QString name = QStringLiteral("dev");
    QString database = QStringLiteral("main");
    QString schema = QStringLiteral("main");
    QString profileName;
    int threads = 1;
};

// What a render needs to know of the node being rendered.
struct NodeContext
{
    QString uniqueId;
    QString resourceType;     // "model", "snapshot", "test", "analysis"
    QString name;
    QString packageName;
    QString originalFilePath;
    QString version;
    QStringList fqn;
    QJsonObject config;       // parse mode: before config() calls; execute mode: resolved
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

// A function of any arguments that always answers `result` (what many context members do
// when there is nothing to act on).
Jinja::Value constantFunction(std::string name, Jinja::Value result);

// Context members every dbt context shares, the project file's and the models' alike.
Jinja::Value targetDictionary(const Target &target);
// env_var(name, default=None): the process environment; a missing variable without a default
// fails as dbt does, and secret variables (DBT_ENV_SECRET_…) are refused outside profiles.
Jinja::Value envVarFunction();

// The members a node's render sees in parse and execute mode alike: target, execute,
// project_name, dbt_version, invocation_id, run_started_at, modules, flags (WHICH is
// `invocation`), graph, exceptions, api, fromjson/tojson, log/print, env_var, return and
// local_md5. Parse and execute contexts add their own ref, source, config, adapter and results.
void installNodeMembers(Jinja::Dict &context, const Target &target, const QString &projectName,
                        bool execute, std::string_view invocation);
// var(name, default): dbt's precedence through `vars`, which must outlive the function. A var
// that is missing without a default is None while parsing and an error when executing, as in
// dbt.
Jinja::Value varFunction(const ProjectVars &vars, bool execute);
// `model` for a node: its unique id, names, fqn, version and config.
Jinja::Value modelDictionary(const NodeContext &node);
// The call ref('m'), ref('p', 'm'), ref('m', v=2) stands for, checked as dbt checks it.
Result<RefCall> refCallFromArguments(const Jinja::Arguments &arguments);
// The call source('s', 't') stands for, checked as dbt checks it.
Result<SourceCall> sourceCallFromArguments(const Jinja::Arguments &arguments);

} // namespace Trellis::Core::Dbt
