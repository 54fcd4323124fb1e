#include "adapterobject.h"

#include "core/dbt/agatetable.h"
#include "core/dbt/contextmembers.h"
#include "core/dbt/hostobject.h"
#include "core/jinja/callable.h"

#include <QJsonObject>

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::Value;

namespace {

QString qtext(const Value &value)
{
    return value.isNone() || value.isUndefined() ? QString() : QString::fromStdString(value.str());
}

// A relation argument's schema and identifier, from a Relation or from the string parts.
std::pair<QString, QString> relationParts(const Value &relation)
{
    if (relation.isObject()) {
        const Jinja::Object &object = relation.asObject();
        return {qtext(object.attribute("schema")), qtext(object.attribute("identifier"))};
    }
    return {QString(), qtext(relation)};
}

Value columnObject(const RelationColumn &column)
{
    const Value name = Value::string(column.name.toStdString());
    const Value type = Value::string(column.dataType.toStdString());
    std::string quoted = "\"" + column.name.toStdString() + "\"";
    return HostObject::make("Column", {{"name", name}, {"column", name}, {"data_type", type},
                                       {"dtype", type}, {"quoted", Value::string(quoted)}});
}

} // namespace

AdapterObject::AdapterObject(const MacroNamespace &macros, QJsonArray dispatchConfig,
                             QString rootProject, ExecuteHost *host)
    : m_macros(macros)
    , m_dispatchConfig(std::move(dispatchConfig))
    , m_rootProject(std::move(rootProject))
    , m_host(host)
{ }

Value AdapterObject::hostMethod(std::string_view name) const
{
    ExecuteHost *host = m_host;
    const auto existing = [host](const QString &schema, const QString &identifier) -> Value {
        const std::optional<QString> type = host->relationType(schema, identifier);
        if (!type)
            return Value::none();
        return RelationObject::make({"main", schema.toStdString(), identifier.toStdString(),
                                     type->toStdString()});
    };
    if (name == "get_relation") {
        return Jinja::NativeFunction::make("get_relation", [existing](CallContext &, Arguments &arguments)
                                                               -> Result<Value> {
            auto bound = Jinja::bindArguments("get_relation", arguments,
                                              {"database", "schema", "identifier"}, 3);
            if (!bound)
                return fail(bound.error());
            return existing(qtext(*(*bound)[1]), qtext(*(*bound)[2]));
        });
    }
    if (name == "load_relation" || name == "already_exists") {
        const bool asBoolean = name == "already_exists";
        return Jinja::NativeFunction::make(std::string(name), [existing, asBoolean](CallContext &, Arguments &arguments)
                                                                  -> Result<Value> {
            QString schema;
            QString identifier;
            if (asBoolean) {
                auto bound = Jinja::bindArguments("already_exists", arguments, {"schema", "name"}, 2);
                if (!bound)
                    return fail(bound.error());
                schema = qtext(*(*bound)[0]);
                identifier = qtext(*(*bound)[1]);
            } else {
                auto bound = Jinja::bindArguments("load_relation", arguments, {"relation"}, 1);
                if (!bound)
                    return fail(bound.error());
                std::tie(schema, identifier) = relationParts(*(*bound)[0]);
            }
            const Value found = existing(schema, identifier);
            return asBoolean ? Value::boolean(!found.isNone()) : found;
        });
    }
    if (name == "get_columns_in_relation") {
        return Jinja::NativeFunction::make("get_columns_in_relation", [host](CallContext &, Arguments &arguments)
                                                                          -> Result<Value> {
            auto bound = Jinja::bindArguments("get_columns_in_relation", arguments, {"relation"}, 1);
            if (!bound)
                return fail(bound.error());
            const auto [schema, identifier] = relationParts(*(*bound)[0]);
            std::vector<Value> columns;
            for (const RelationColumn &column : host->columns(schema, identifier))
                columns.push_back(columnObject(column));
            return Value::list(std::move(columns));
        });
    }
    if (name == "execute") {
        return Jinja::NativeFunction::make("execute", [host](CallContext &, Arguments &arguments)
                                                          -> Result<Value> {
            auto bound = Jinja::bindArguments("execute", arguments,
                                              {"sql", "auto_begin", "fetch", "limit"}, 1);
            if (!bound)
                return fail(bound.error());
            Result<QueryTable> table = host->query(qtext(*(*bound)[0]));
            if (!table)
                return Jinja::failure(table.error().message.toStdString());
            const qsizetype rows = table->rows.size();
            const Value response = HostObject::make(
                "AdapterResponse", {{"_message", Value::string("OK")}, {"code", Value::string("SELECT")},
                                    {"rows_affected", Value::integer(rows)}});
            const bool fetch = (*bound)[2] && (*bound)[2]->truthy();
            return Value::tuple({response, AgateTable::make(fetch ? std::move(*table) : QueryTable{})});
        });
    }
    if (name == "check_schema_exists")
        return constantFunction("check_schema_exists", Value::boolean(true));
    return Value::undefined({});
}

Value AdapterObject::attribute(std::string_view name) const
{
    if (name == "dispatch") {
        const Jinja::Ref<const AdapterObject> self(this);
        return Jinja::NativeFunction::make("dispatch", [self](CallContext &, Arguments &arguments) {
            return self->dispatch(arguments);
        });
    }
    if (name == "type")
        return constantFunction("type", Value::string(std::string(kType)));
    if (name == "quote") {
        return Jinja::NativeFunction::make("quote", [](CallContext &, Arguments &arguments) -> Result<Value> {
            auto bound = Jinja::bindArguments("quote", arguments, {"identifier"}, 1);
            if (!bound)
                return fail(bound.error());
            std::string quoted = "\"";
            for (const char c : (*bound)[0]->str())
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            return Value::string(quoted + "\"");
        });
    }
    if (m_host) {
        if (Value method = hostMethod(name); !method.isUndefined())
            return method;
    }
    if (name == "get_columns_in_relation" || name == "get_missing_columns"
        || name == "list_relations_without_caching" || name == "list_schemas")
        return constantFunction(std::string(name), Value::list());
    if (name == "check_schema_exists" || name == "already_exists")
        return constantFunction(std::string(name), Value::boolean(false));
    // Every other adapter method (get_relation, create_schema, …) has nothing to act on while
    // parsing; dbt's parse-time adapter answers None as well.
    return constantFunction(std::string(name), Value::none());
}

std::vector<std::string> AdapterObject::searchPackages(const Value &macroNamespace) const
{
    if (!macroNamespace.isString())
        return {std::string()};
    const QString wanted = QString::fromUtf8(macroNamespace.text());
    for (const QJsonValue &entry : m_dispatchConfig) {
        const QJsonObject rule = entry.toObject();
        if (rule.value(QLatin1String("macro_namespace")).toString() != wanted)
            continue;
        std::vector<std::string> order;
        for (const QJsonValue &package : rule.value(QLatin1String("search_order")).toArray())
            order.push_back(package.toString().toStdString());
        if (!order.empty())
            return order;
    }
    if (m_macros.hasPackage(macroNamespace.text()))
        return {m_rootProject.toStdString(), std::string(macroNamespace.text())};
    return {std::string()};
}

Result<Value> AdapterObject::dispatch(Arguments &arguments) const
{
    auto bound = Jinja::bindArguments("dispatch", arguments,
                                      {"macro_name", "macro_namespace", "packages"}, 1);
    if (!bound)
        return fail(bound.error());
    const Value macroName = *(*bound)[0];
    const Value macroNamespace = (*bound)[1].value_or(Value::none());
    if (!macroName.isString())
        return Jinja::failure("In adapter.dispatch, the macro name must be a string, got "
                              + macroName.typeName());
    const std::string name(macroName.text());
    if (const auto dot = name.find('.'); dot != std::string::npos) {
        return Jinja::failure("In adapter.dispatch, got a macro name of \"" + name
                              + "\", but \".\" is not a valid macro name component. Did you mean "
                                "`adapter.dispatch(\"" + name.substr(dot + 1)
                              + "\", macro_namespace=\"" + name.substr(0, dot) + "\")`?");
    }
    if (!macroNamespace.isNone() && !macroNamespace.isString())
        return Jinja::failure("In adapter.dispatch, got a " + macroNamespace.typeName()
                              + " macro_namespace argument, but macro_namespace should be None "
                                "or a string.");
    std::string searched;
    for (const std::string &package : searchPackages(macroNamespace)) {
        for (const std::string_view prefix : {kType, std::string_view("default")}) {
            const std::string candidate = std::string(prefix) + "__" + name;
            if (const Value *macro = m_macros.find(package, candidate))
                return *macro;
            if (!searched.empty())
                searched += ", ";
            searched += "'" + (package.empty() ? candidate : package + "." + candidate) + "'";
        }
    }
    return Jinja::failure(
        "In dispatch: No macro named '" + name + "' found within namespace: '"
        + (macroNamespace.isString() ? std::string(macroNamespace.text()) : "None")
        + "'\n    Searched for: " + searched);
}

} // namespace Trellis::Core::Dbt
