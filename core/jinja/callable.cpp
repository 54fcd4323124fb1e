#include "callable.h"

namespace Trellis::Core::Jinja {

std::string Callable::repr() const
{
    return "<built-in function " + name() + ">";
}

void Callable::forEachReferencedValue(const std::function<void(const Value &)> &) const { }

NativeFunction::NativeFunction(std::string name, Function function)
    : m_name(std::move(name))
    , m_function(std::move(function))
{ }

Value NativeFunction::make(std::string name, Function function)
{
    return Value::callable(makeRef<NativeFunction>(std::move(name), std::move(function)));
}

Result<Value> NativeFunction::call(CallContext &context, Arguments &arguments) const
{
    return m_function(context, arguments);
}

Result<BoundArguments> bindArguments(std::string_view function, Arguments &arguments,
                                     std::initializer_list<std::string_view> parameters,
                                     std::size_t required)
{
    Q_ASSERT(parameters.size() <= BoundArguments::kMaxParameters);
    BoundArguments bound(parameters.size());
    if (arguments.positional.size() > parameters.size()) {
        return failure(std::string(function) + "() takes at most "
                       + std::to_string(parameters.size()) + " argument(s) ("
                       + std::to_string(arguments.positional.size()) + " given)");
    }
    for (std::size_t i = 0; i < arguments.positional.size(); ++i)
        bound[i] = std::move(arguments.positional[i]);
    for (auto &[name, value] : arguments.keyword) {
        std::size_t index = 0;
        for (const std::string_view parameter : parameters) {
            if (parameter == name)
                break;
            ++index;
        }
        if (index == parameters.size()) {
            return failure(std::string(function) + "() got an unexpected keyword argument '" + name
                           + "'");
        }
        if (bound[index]) {
            return failure(std::string(function) + "() got multiple values for argument '" + name
                           + "'");
        }
        bound[index] = std::move(value);
    }
    for (std::size_t i = 0; i < required; ++i) {
        if (!bound[i]) {
            return failure(std::string(function) + "() missing required argument '"
                           + std::string(*(parameters.begin() + i)) + "'");
        }
    }
    return bound;
}

} // namespace Trellis::Core::Jinja
