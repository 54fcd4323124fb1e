#include "executecontext.h"

#include "core/dbt/adapterobject.h"
#include "core/dbt/agatetable.h"
#include "core/dbt/executeconfigobject.h"
#include "core/dbt/hostobject.h"
#include "core/jinja/callable.h"

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::NativeFunction;
using Jinja::Value;

ExecuteContext::ExecuteContext(const Jinja::Environment &environment, const ContextScope &scope,
                               ExecuteHost &host)
    : m_environment(environment)
    , m_host(host)
    , m_target(scope.target)
    , m_vars(*scope.package, *scope.root)
    , m_context(Jinja::makeRef<Jinja::Dict>())
{
    installExecuteMembers(scope);
    // Macros last: a project may override any member above (a custom ref() is common).
    m_macros.install(environment, *m_context, scope.macroPackages, m_setupProblems);
}

ExecuteContext::~ExecuteContext()
{
    // The context holds functions that point back at this object; empty it so that a macro
    // kept alive elsewhere cannot reach a dead context.
    m_context->clear();
}

void ExecuteContext::set(std::string_view name, Value value)
{
    m_context->set(name, std::move(value));
}

void ExecuteContext::installExecuteMembers(const ContextScope &scope)
{
    installNodeMembers(*m_context, m_target, scope.root->name, true, "build");
    set("adapter",
        Value::object(Jinja::makeRef<AdapterObject>(m_macros, scope.root->dispatch,
                                                    scope.root->name, &m_host)));
    set("var", varFunction(m_vars, true));

    const Value ref
        = NativeFunction::make("ref", [this](CallContext &, Arguments &arguments) -> Result<Value> {
              Result<RefCall> call = refCallFromArguments(arguments);
              if (!call)
                  return fail(call.error());
              Result<Relation> relation = m_host.resolveRef(*call);
              if (!relation)
                  return Jinja::failure(relation.error().message.toStdString());
              return RelationObject::make(std::move(*relation));
          });
    const Value source = NativeFunction::make(
        "source", [this](CallContext &, Arguments &arguments) -> Result<Value> {
            Result<SourceCall> call = sourceCallFromArguments(arguments);
            if (!call)
                return fail(call.error());
            Result<Relation> relation = m_host.resolveSource(call->source, call->table);
            if (!relation)
                return Jinja::failure(relation.error().message.toStdString());
            return RelationObject::make(std::move(*relation));
        });
    const Value config = Value::object(Jinja::makeRef<ExecuteConfigObject>(&m_config));
    set("ref", ref);
    set("source", source);
    set("config", config);
    set("builtins",
        HostObject::make("Builtins", {{"ref", ref}, {"source", source}, {"config", config}}));

    // statement blocks (core/dbt/macros/execution.sql) store what adapter.execute answered;
    // load_result() reads it back as dbt's result dict: response, table and data.
    const auto store = [this](std::string name, Arguments &arguments, bool raw) -> Result<Value> {
        auto bound = raw
            ? Jinja::bindArguments(name, arguments,
                                   {"name", "message", "code", "rows_affected", "agate_table"}, 1)
            : Jinja::bindArguments(name, arguments, {"name", "response", "agate_table"}, 1);
        if (!bound)
            return fail(bound.error());
        const std::optional<Value> &table = raw ? (*bound)[4] : (*bound)[2];
        auto result = Jinja::makeRef<Jinja::Dict>();
        result->set("response", (*bound)[1].value_or(Value::none()));
        result->set("table", table.value_or(Value::none()));
        const bool isTable = table && table->isObject() && table->asObject().typeName() == "Table";
        result->set("data",
                    isTable ? static_cast<const AgateTable &>(table->asObject()).dataTuples()
                            : Value::list());
        m_results.insert_or_assign((*bound)[0]->str(), Value::dict(result));
        return Value::string(std::string());
    };
    set("store_result",
        NativeFunction::make("store_result", [store](CallContext &, Arguments &arguments) {
            return store("store_result", arguments, false);
        }));
    set("store_raw_result",
        NativeFunction::make("store_raw_result", [store](CallContext &, Arguments &arguments) {
            return store("store_raw_result", arguments, true);
        }));
    set("load_result",
        NativeFunction::make(
            "load_result", [this](CallContext &, Arguments &arguments) -> Result<Value> {
                auto bound = Jinja::bindArguments("load_result", arguments, {"name"}, 1);
                if (!bound)
                    return fail(bound.error());
                const auto found = m_results.find((*bound)[0]->str());
                return found == m_results.end() ? Value::none() : found->second;
            }));
}

Result<QString> ExecuteContext::render(const QString &text, const QString &file,
                                       const NodeContext &node, const Relation &self,
                                       const Variables &variables)
{
    const QByteArray source = text.toUtf8();
    auto parsed = m_environment.parse(
        std::string_view(source.constData(), std::size_t(source.size())), file.toStdString());
    if (!parsed)
        return fail(parsed.error());

    m_results.clear();
    m_config = &node.config;
    set("this", RelationObject::make(self));
    set("model", modelDictionary(node));
    for (const auto &[name, value] : variables)
        set(name, value);
    auto rendered = m_environment.render(**parsed, Value::dict(m_context));
    for (const auto &[name, value] : variables)
        m_context->remove(Value::string(name));
    m_config = nullptr;
    if (!rendered)
        return fail(rendered.error());
    return QString::fromStdString(*rendered);
}

} // namespace Trellis::Core::Dbt
