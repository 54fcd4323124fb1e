#include "executeconfigobject.h"

#include "core/dbt/contextmembers.h"
#include "core/jinja/callable.h"
#include "core/jinja/jsonconversion.h"

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::Value;

ExecuteConfigObject::ExecuteConfigObject(const QJsonObject *const *config)
    : m_config(config)
{ }

Result<Value> ExecuteConfigObject::call(CallContext &, Arguments &) const
{
    return Value::string(std::string());
}

std::optional<Value> ExecuteConfigObject::lookup(const std::string &name) const
{
    const QJsonObject *config = *m_config;
    if (!config)
        return std::nullopt;
    // dbt stores hooks as pre-hook/post-hook; templates ask for either spelling.
    QString key = QString::fromStdString(name);
    if (key == QLatin1String("pre_hook") || key == QLatin1String("post_hook"))
        key.replace(QLatin1Char('_'), QLatin1Char('-'));
    const auto found = config->constFind(key);
    if (found == config->constEnd() || found->isNull() || found->isUndefined())
        return std::nullopt;
    return Jinja::JsonConversion::fromJson(*found);
}

Value ExecuteConfigObject::attribute(std::string_view name) const
{
    const Jinja::Ref<const ExecuteConfigObject> self(this);
    if (name == "get") {
        return Jinja::NativeFunction::make(
            "get", [self](CallContext &, Arguments &arguments) -> Result<Value> {
                auto bound
                    = Jinja::bindArguments("get", arguments, {"name", "default", "validator"}, 1);
                if (!bound)
                    return fail(bound.error());
                if (auto value = self->lookup((*bound)[0]->str()))
                    return *value;
                return (*bound)[1].value_or(Value::none());
            });
    }
    if (name == "require") {
        return Jinja::NativeFunction::make(
            "require", [self](CallContext &, Arguments &arguments) -> Result<Value> {
                auto bound = Jinja::bindArguments("require", arguments, {"name", "validator"}, 1);
                if (!bound)
                    return fail(bound.error());
                const std::string key = (*bound)[0]->str();
                if (auto value = self->lookup(key))
                    return *value;
                return Jinja::failure("Required config \"" + key + "\" was not provided");
            });
    }
    if (name == "set")
        return constantFunction("set", Value::string(std::string()));
    if (name == "persist_relation_docs" || name == "persist_column_docs")
        return constantFunction(std::string(name), Value::boolean(false));
    return Object::attribute(name);
}

} // namespace Trellis::Core::Dbt
