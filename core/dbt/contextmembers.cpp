#include "contextmembers.h"

#include "core/dbt/adapterobject.h"
#include "core/dbt/datetimeobject.h"
#include "core/dbt/hostobject.h"
#include "core/dbt/projectvars.h"
#include "core/dbt/relationobject.h"
#include "core/jinja/callable.h"
#include "core/jinja/dict.h"
#include "core/jinja/jsonconversion.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::NativeFunction;
using Jinja::Value;

namespace {

constexpr std::string_view kSecretPrefix = "DBT_ENV_SECRET_";
// The dbt-core release whose behaviour Trellis follows.
constexpr std::string_view kDbtVersion = "1.9.0";

Value text(const QString &value)
{
    return Value::string(value.toStdString());
}

Value function(std::string name, NativeFunction::Function body)
{
    return NativeFunction::make(std::move(name), std::move(body));
}

Value stringList(const QStringList &values)
{
    std::vector<Value> items;
    for (const QString &value : values)
        items.push_back(text(value));
    return Value::list(std::move(items));
}

Value exceptionsObject()
{
    const auto raising = [](std::string name) {
        return function(name, [name](CallContext &, Arguments &arguments) -> Result<Value> {
            const std::string message = arguments.positional.empty() ? name : arguments.positional.front().str();
            return Jinja::failure(message);
        });
    };
    return HostObject::make("Exceptions", {
        {"raise_compiler_error", raising("raise_compiler_error")},
        {"raise_not_implemented", raising("raise_not_implemented")},
        {"raise_fail_fast_error", raising("raise_fail_fast_error")},
        {"warn", constantFunction("warn", Value::string(std::string()))},
    });
}

Value fromJsonFunction()
{
    return function("fromjson", [](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("fromjson", arguments, {"string", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        auto parsed = Jinja::JsonConversion::parse((*bound)[0]->str());
        if (parsed)
            return *parsed;
        return (*bound)[1].value_or(Value::none());
    });
}

Value toJsonFunction()
{
    return function("tojson", [](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("tojson", arguments, {"value", "default", "sort_keys"}, 1);
        if (!bound)
            return fail(bound.error());
        auto written = Jinja::JsonConversion::toJson(*(*bound)[0]);
        if (!written)
            return (*bound)[1].value_or(Value::none());
        return Value::string(std::move(*written));
    });
}

Value emptyGraph()
{
    auto graph = Jinja::makeRef<Jinja::Dict>();
    for (const char *section : {"nodes", "sources", "exposures", "metrics", "groups",
                                "semantic_models", "saved_queries", "unit_tests"})
        graph->set(section, Value::emptyDict());
    return Value::dict(graph);
}

Value flagsObject(std::string_view invocation)
{
    return HostObject::make("Flags", {
        {"FULL_REFRESH", Value::boolean(false)},
        {"STORE_FAILURES", Value::boolean(false)},
        {"FAIL_FAST", Value::boolean(false)},
        {"WARN_ERROR", Value::boolean(false)},
        {"EMPTY", Value::boolean(false)},
        {"WHICH", Value::string(std::string(invocation))},
    });
}

Value apiObject()
{
    Value create = function("create", [](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("create", arguments,
                                          {"database", "schema", "identifier", "type"});
        if (!bound)
            return fail(bound.error());
        const auto part = [&](std::size_t i) {
            return (*bound)[i] && !(*bound)[i]->isNone() ? (*bound)[i]->str() : std::string();
        };
        return RelationObject::make({part(0), part(1), part(2), {}});
    });
    return HostObject::make("Api", {{"Relation", HostObject::make("RelationFactory", {{"create", create}})}});
}

Value localMd5Function()
{
    return function("local_md5", [](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("local_md5", arguments, {"value"}, 1);
        if (!bound)
            return fail(bound.error());
        const std::string input = (*bound)[0]->str();
        return Value::string(QCryptographicHash::hash(QByteArray::fromStdString(input),
                                                      QCryptographicHash::Md5).toHex().toStdString());
    });
}

} // namespace

Value constantFunction(std::string name, Value result)
{
    return function(std::move(name), [result](CallContext &, Arguments &) -> Result<Value> {
        return result;
    });
}

Value targetDictionary(const Target &target)
{
    auto dictionary = Jinja::makeRef<Jinja::Dict>();
    dictionary->set("name", text(target.name));
    dictionary->set("target_name", text(target.name));
    dictionary->set("type", Value::string(std::string(AdapterObject::kType)));
    dictionary->set("database", text(target.database));
    dictionary->set("schema", text(target.schema));
    dictionary->set("profile_name", text(target.profileName));
    dictionary->set("threads", Value::integer(target.threads));
    return Value::dict(dictionary);
}

Value envVarFunction()
{
    return Jinja::NativeFunction::make("env_var", [](Jinja::CallContext &, Jinja::Arguments &arguments)
                                                      -> Result<Value> {
        auto bound = Jinja::bindArguments("env_var", arguments, {"var", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        const std::string name = (*bound)[0]->str();
        if (std::string_view(name).substr(0, kSecretPrefix.size()) == kSecretPrefix)
            return Jinja::failure("Secret env vars are allowed only in profiles.yml or packages.yml. "
                                  "Found '" + name + "' referenced elsewhere.");
        const QByteArray value = qgetenv(name.c_str());
        if (!value.isNull())
            return Value::string(value.toStdString());
        if ((*bound)[1] && !(*bound)[1]->isNone())
            return *(*bound)[1];
        return Jinja::failure("Env var required but not provided: '" + name + "'");
    });
}

void installNodeMembers(Jinja::Dict &context, const Target &target, const QString &projectName,
                        bool execute, std::string_view invocation)
{
    context.set("target", targetDictionary(target));
    context.set("database", text(target.database));
    context.set("schema", text(target.schema));
    context.set("execute", Value::boolean(execute));
    context.set("project_name", text(projectName));
    context.set("dbt_version", Value::string(std::string(kDbtVersion)));
    context.set("invocation_id", text(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    context.set("run_started_at", DateTimeObject::make(QDateTime::currentDateTimeUtc()));
    context.set("modules", modulesObject());
    context.set("flags", flagsObject(invocation));
    context.set("graph", emptyGraph());
    context.set("selected_resources", Value::list());
    context.set("exceptions", exceptionsObject());
    context.set("api", apiObject());
    context.set("fromjson", fromJsonFunction());
    context.set("tojson", toJsonFunction());
    context.set("log", constantFunction("log", Value::string(std::string())));
    context.set("print", constantFunction("print", Value::string(std::string())));
    context.set("env_var", envVarFunction());
    context.set("return", function("return", [](CallContext &call, Arguments &arguments) -> Result<Value> {
        return call.returnFromMacro(arguments.positional.empty() ? Value::none()
                                                                 : arguments.positional.front());
    }));
    context.set("local_md5", localMd5Function());
}

Value varFunction(const ProjectVars &vars, bool execute)
{
    const ProjectVars *scope = &vars;
    return function("var", [scope, execute](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("var", arguments, {"var_name", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        const std::string name = (*bound)[0]->str();
        if (const auto found = scope->find(QString::fromStdString(name)))
            return Jinja::JsonConversion::fromJson(*found);
        if ((*bound)[1])
            return *(*bound)[1];
        // dbt's parser answers None for a var it cannot find; only a run insists on it.
        if (!execute)
            return Value::none();
        return Jinja::failure("Required var '" + name + "' not found in config:\nVars supplied to "
                              "this node = {}");
    });
}

Value modelDictionary(const NodeContext &node)
{
    auto model = Jinja::makeRef<Jinja::Dict>();
    model->set("unique_id", text(node.uniqueId));
    model->set("resource_type", text(node.resourceType));
    model->set("name", text(node.name));
    model->set("package_name", text(node.packageName));
    model->set("original_file_path", text(node.originalFilePath));
    model->set("fqn", stringList(node.fqn));
    model->set("version", node.version.isEmpty() ? Value::none() : text(node.version));
    model->set("config", Jinja::JsonConversion::fromJson(node.config));
    return Value::dict(model);
}

Result<RefCall> refCallFromArguments(const Arguments &arguments)
{
    if (arguments.positional.empty() || arguments.positional.size() > 2)
        return Jinja::failure("ref() takes at most two arguments ("
                              + std::to_string(arguments.positional.size()) + " given)");
    RefCall call;
    const Value &name = arguments.positional.back();
    if (!name.isString())
        return Jinja::failure("The name argument to ref() must be a string, got " + name.typeName());
    call.name = QString::fromUtf8(name.text());
    if (arguments.positional.size() == 2) {
        const Value &package = arguments.positional.front();
        if (!package.isString() && !package.isNone())
            return Jinja::failure("The package argument to ref() must be a string or None, got "
                                  + package.typeName());
        if (package.isString())
            call.package = QString::fromUtf8(package.text());
    }
    for (const auto &[keyword, value] : arguments.keyword) {
        if ((keyword == "version" || keyword == "v") && !value.isNone())
            call.version = QString::fromStdString(value.str());
    }
    return call;
}

Result<SourceCall> sourceCallFromArguments(const Arguments &arguments)
{
    if (arguments.positional.size() != 2)
        return Jinja::failure("source() takes exactly two arguments ("
                              + std::to_string(arguments.positional.size()) + " given)");
    const Value &sourceName = arguments.positional[0];
    const Value &tableName = arguments.positional[1];
    if (!sourceName.isString())
        return Jinja::failure("The source name (first) argument to source() must be a string, got "
                              + sourceName.typeName());
    if (!tableName.isString())
        return Jinja::failure("The table name (second) argument to source() must be a string, got "
                              + tableName.typeName());
    return SourceCall{
        QString::fromUtf8(sourceName.text()), QString::fromUtf8(tableName.text()), {}};
}

} // namespace Trellis::Core::Dbt
