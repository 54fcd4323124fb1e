#include "adapterobject.h"

#include "core/jinja/callable.h"

#include <QJsonObject>

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::Value;

namespace {

Value constantFunction(std::string name, Value result)
{
    return Jinja::NativeFunction::make(std::move(name), [result](CallContext &, Arguments &)
                                           -> Result<Value> { return result; });
}

} // namespace

AdapterObject::AdapterObject(const MacroNamespace &macros, QJsonArray dispatchConfig,
                             QString rootProject)
    : m_macros(macros)
    , m_dispatchConfig(std::move(dispatchConfig))
    , m_rootProject(std::move(rootProject))
{ }

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
    const QString wanted = QString::fromStdString(macroNamespace.asString());
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
    if (m_macros.hasPackage(macroNamespace.asString()))
        return {m_rootProject.toStdString(), macroNamespace.asString()};
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
    const std::string &name = macroName.asString();
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
    return Jinja::failure("In dispatch: No macro named '" + name + "' found within namespace: '"
                          + (macroNamespace.isString() ? macroNamespace.asString() : "None")
                          + "'\n    Searched for: " + searched);
}

} // namespace Trellis::Core::Dbt
