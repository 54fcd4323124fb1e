#include "parsecontext.h"

#include "core/dbt/adapterobject.h"
#include "core/dbt/contextmembers.h"
#include "core/dbt/datetimeobject.h"
#include "core/dbt/hostobject.h"
#include "core/dbt/parseconfigobject.h"
#include "core/dbt/relationobject.h"
#include "core/dbt/staticsqlanalyzer.h"
#include "core/jinja/callable.h"
#include "core/jinja/jsonconversion.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::NativeFunction;
using Jinja::Value;

namespace {

// The dbt-core release whose parse-time behaviour Trellis follows.
constexpr std::string_view kDbtVersion = "1.9.0";

Value text(const QString &value)
{
    return Value::string(value.toStdString());
}

Value function(std::string name, NativeFunction::Function body)
{
    return NativeFunction::make(std::move(name), std::move(body));
}

Value returning(std::string name, Value result)
{
    return function(std::move(name), [result](CallContext &, Arguments &) -> Result<Value> {
        return result;
    });
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
        {"warn", returning("warn", Value::string(std::string()))},
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

Value flagsObject()
{
    return HostObject::make("Flags", {
        {"FULL_REFRESH", Value::boolean(false)},
        {"STORE_FAILURES", Value::boolean(false)},
        {"FAIL_FAST", Value::boolean(false)},
        {"WARN_ERROR", Value::boolean(false)},
        {"EMPTY", Value::boolean(false)},
        {"WHICH", Value::string("parse")},
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
        return RelationObject::make({part(0), part(1), part(2)});
    });
    return HostObject::make("Api", {{"Relation", HostObject::make("RelationFactory", {{"create", create}})}});
}

// A package that is listed but not installed. dbt would stop at the first call into it; the
// parser lets every macro of it answer '' instead, so that the refs a model passes to it
// (dbt_utils.star(from=ref('x'))) and makes elsewhere are still found. The missing install is
// reported on its own.
class AbsentPackage final : public Jinja::Object
{
public:
    std::string typeName() const override { return "AbsentPackage"; }
    Value attribute(std::string_view name) const override
    {
        return returning(std::string(name), Value::string(std::string()));
    }
};

} // namespace

ParseContext::ParseContext(const Jinja::Environment &environment, const ContextScope &scope)
    : m_environment(environment)
    , m_target(scope.target)
    , m_vars(*scope.package, *scope.root)
    , m_context(Jinja::makeRef<Jinja::Dict>())
{
    installContextMembers(scope);
    installCallCapture();
    for (const QString &package : scope.missingPackages)
        set(package.toStdString(), Value::object(Jinja::makeRef<AbsentPackage>()));
    // Macros last: a project may override any member above (a custom ref() is common).
    m_macros.install(environment, *m_context, scope.macroPackages, m_setupProblems);
}

ParseContext::~ParseContext()
{
    // The context holds functions that point back at this object; empty it so that a macro
    // kept alive elsewhere cannot reach a dead context.
    m_context->clear();
}

void ParseContext::set(std::string_view name, Value value)
{
    m_context->set(name, std::move(value));
}

void ParseContext::installContextMembers(const ContextScope &scope)
{
    set("target", targetDictionary(m_target));
    set("database", text(m_target.database));
    set("schema", text(m_target.schema));

    set("execute", Value::boolean(false));
    set("project_name", text(scope.root->name));
    set("dbt_version", Value::string(std::string(kDbtVersion)));
    set("invocation_id", text(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    set("run_started_at", DateTimeObject::make(QDateTime::currentDateTimeUtc()));
    set("modules", modulesObject());
    set("flags", flagsObject());
    set("graph", emptyGraph());
    set("selected_resources", Value::list());
    set("exceptions", exceptionsObject());
    set("api", apiObject());
    set("adapter", Value::object(Jinja::makeRef<AdapterObject>(m_macros, scope.root->dispatch,
                                                               scope.root->name)));
    set("fromjson", fromJsonFunction());
    set("tojson", toJsonFunction());
    set("log", returning("log", Value::string(std::string())));
    set("print", returning("print", Value::string(std::string())));
    set("load_result", returning("load_result", Value::none()));
    set("store_result", returning("store_result", Value::string(std::string())));
    set("store_raw_result", returning("store_raw_result", Value::string(std::string())));
    set("env_var", envVarFunction());
    set("return", function("return", [](CallContext &context, Arguments &arguments) -> Result<Value> {
        return context.returnFromMacro(arguments.positional.empty() ? Value::none()
                                                                    : arguments.positional.front());
    }));
    set("local_md5", function("local_md5", [](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("local_md5", arguments, {"value"}, 1);
        if (!bound)
            return fail(bound.error());
        const std::string input = (*bound)[0]->str();
        return Value::string(QCryptographicHash::hash(QByteArray::fromStdString(input),
                                                      QCryptographicHash::Md5).toHex().toStdString());
    }));
    set("var", function("var", [this](CallContext &, Arguments &arguments) -> Result<Value> {
        auto bound = Jinja::bindArguments("var", arguments, {"var_name", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        if (const auto found = m_vars.find(QString::fromStdString((*bound)[0]->str())))
            return Jinja::JsonConversion::fromJson(*found);
        // dbt's parser answers None for a var it cannot find; only a run insists on it.
        return (*bound)[1].value_or(Value::none());
    }));
}

void ParseContext::installCallCapture()
{
    Value ref = function("ref", [this](CallContext &, Arguments &arguments) -> Result<Value> {
        if (arguments.positional.empty() || arguments.positional.size() > 2)
            return Jinja::failure("ref() takes at most two arguments ("
                                  + std::to_string(arguments.positional.size()) + " given)");
        RefCall call;
        const Value &name = arguments.positional.back();
        if (!name.isString())
            return Jinja::failure("The name argument to ref() must be a string, got " + name.typeName());
        call.name = QString::fromStdString(name.asString());
        if (arguments.positional.size() == 2) {
            const Value &package = arguments.positional.front();
            if (!package.isString() && !package.isNone())
                return Jinja::failure("The package argument to ref() must be a string or None, got "
                                      + package.typeName());
            if (package.isString())
                call.package = QString::fromStdString(package.asString());
        }
        for (const auto &[keyword, value] : arguments.keyword) {
            if ((keyword == "version" || keyword == "v") && !value.isNone())
                call.version = QString::fromStdString(value.str());
        }
        if (m_calls)
            m_calls->refs.push_back(call);
        return m_this;
    });
    Value source = function("source", [this](CallContext &, Arguments &arguments) -> Result<Value> {
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
        if (m_calls) {
            m_calls->sources.push_back({QString::fromStdString(sourceName.asString()),
                                        QString::fromStdString(tableName.asString()), {}});
        }
        return m_this;
    });
    Value config = Value::object(Jinja::makeRef<ParseConfigObject>(&m_configTarget));
    set("ref", ref);
    set("source", source);
    set("config", config);
    set("builtins", HostObject::make("Builtins", {{"ref", ref}, {"source", source}, {"config", config}}));
}

Value ParseContext::thisRelation(const NodeContext &node) const
{
    const QString schema = node.config.value(QLatin1String("schema")).toString();
    QString alias = node.config.value(QLatin1String("alias")).toString();
    if (alias.isEmpty())
        alias = node.version.isEmpty() ? node.name : node.name + QStringLiteral("_v") + node.version;
    return RelationObject::make({m_target.database.toStdString(),
                                 (schema.isEmpty() ? m_target.schema
                                                   : m_target.schema + QLatin1Char('_') + schema)
                                     .toStdString(),
                                 alias.toStdString()});
}

Value ParseContext::modelDictionary(const NodeContext &node)
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

Result<SqlCalls> ParseContext::render(const QString &text, const QString &file, const NodeContext &node)
{
    const QByteArray source = text.toUtf8();
    auto parsed = m_environment.parse(std::string_view(source.constData(), std::size_t(source.size())),
                                      file.toStdString());
    if (!parsed)
        return fail(parsed.error());

    SqlCalls calls;
    m_calls = &calls;
    m_configTarget = &calls.config;
    m_this = thisRelation(node);
    set("this", m_this);
    set("model", modelDictionary(node));
    auto rendered = m_environment.render(**parsed, Value::dict(m_context));
    m_calls = nullptr;
    m_configTarget = nullptr;
    if (!rendered)
        return fail(rendered.error());
    locateCalls(calls, text, file);
    return calls;
}

// A rendered call is located at the literal call it came from; a call a macro or a computed
// argument made is located at the first call the file makes that only rendering resolves, or
// else at the top of the file.
void ParseContext::locateCalls(SqlCalls &rendered, const QString &text, const QString &file)
{
    SqlCalls literal = StaticSqlAnalyzer::analyze(text, file);
    const SourceLocation fallback = literal.problems.empty()
                                        ? SourceLocation{file, 1, 1}
                                        : SourceLocation{file, literal.problems.front().line,
                                                         literal.problems.front().column};
    std::vector<bool> refUsed(literal.refs.size());
    for (RefCall &ref : rendered.refs) {
        ref.location = fallback;
        for (std::size_t i = 0; i < literal.refs.size(); ++i) {
            const RefCall &candidate = literal.refs[i];
            if (!refUsed[i] && candidate.name == ref.name && candidate.package == ref.package
                && candidate.version == ref.version) {
                ref.location = candidate.location;
                refUsed[i] = true;
                break;
            }
        }
    }
    std::vector<bool> sourceUsed(literal.sources.size());
    for (SourceCall &source : rendered.sources) {
        source.location = fallback;
        for (std::size_t i = 0; i < literal.sources.size(); ++i) {
            const SourceCall &candidate = literal.sources[i];
            if (!sourceUsed[i] && candidate.source == source.source && candidate.table == source.table) {
                source.location = candidate.location;
                sourceUsed[i] = true;
                break;
            }
        }
    }
    rendered.macroCalls = std::move(literal.macroCalls);
}

} // namespace Trellis::Core::Dbt
