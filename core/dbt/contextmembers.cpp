#include "contextmembers.h"

#include "core/dbt/adapterobject.h"
#include "core/jinja/callable.h"
#include "core/jinja/dict.h"

namespace Trellis::Core::Dbt {

using Jinja::Value;

namespace {

constexpr std::string_view kSecretPrefix = "DBT_ENV_SECRET_";

Value text(const QString &value)
{
    return Value::string(value.toStdString());
}

} // namespace

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

} // namespace Trellis::Core::Dbt
