#include "parseconfigobject.h"

#include "core/dbt/valuejson.h"
#include "core/jinja/callable.h"
#include "core/jinja/dict.h"

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::Value;

ParseConfigObject::ParseConfigObject(QJsonObject *const *target)
    : m_target(target)
{ }

Result<Value> ParseConfigObject::call(CallContext &, Arguments &arguments) const
{
    std::vector<std::pair<QString, QJsonValue>> options;
    if (arguments.positional.size() == 1 && arguments.keyword.empty()
        && arguments.positional.front().isDict()) {
        for (const auto &[key, value] : arguments.positional.front().asDict().entries())
            options.emplace_back(QString::fromStdString(key.str()), toJson(value));
    } else if (arguments.positional.empty() && !arguments.keyword.empty()) {
        for (const auto &[key, value] : arguments.keyword)
            options.emplace_back(QString::fromStdString(key), toJson(value));
    } else {
        return Jinja::failure("Invalid inline model config: config() takes keyword arguments or "
                              "one dict");
    }
    QJsonObject *target = *m_target;
    for (auto &[key, value] : options) {
        if (key == QLatin1String("pre_hook") || key == QLatin1String("post_hook"))
            key.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (target)
            target->insert(key, value);
    }
    return Value::string(std::string());
}

Value ParseConfigObject::attribute(std::string_view name) const
{
    const auto answer = [](std::string functionName, Value result) {
        return Jinja::NativeFunction::make(std::move(functionName),
                                           [result](CallContext &, Arguments &) -> Result<Value> {
                                               return result;
                                           });
    };
    if (name == "get" || name == "require")
        return answer(std::string(name), Value::string(std::string()));
    if (name == "persist_relation_docs" || name == "persist_column_docs")
        return answer(std::string(name), Value::boolean(false));
    if (name == "set") {
        const Jinja::Ref<const ParseConfigObject> self(this);
        return Jinja::NativeFunction::make("set", [self](CallContext &context, Arguments &arguments)
                                                      -> Result<Value> {
            auto bound = Jinja::bindArguments("set", arguments, {"name", "value"}, 2);
            if (!bound)
                return fail(bound.error());
            auto options = Jinja::makeRef<Jinja::Dict>();
            options->set(*(*bound)[0], *(*bound)[1]);
            Arguments single;
            single.positional.push_back(Value::dict(options));
            return self->call(context, single);
        });
    }
    return Object::attribute(name);
}

} // namespace Trellis::Core::Dbt
