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
    // Every path returns `result`, so it is built in place rather than moved slot by slot.
    Result<BoundArguments> result = BoundArguments(parameters.size());
    BoundArguments &bound = *result;
    if (arguments.positional.size() > parameters.size()) {
        result = failure(std::string(function) + "() takes at most "
                         + std::to_string(parameters.size()) + " argument(s) ("
                         + std::to_string(arguments.positional.size()) + " given)");
        return result;
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
            result = failure(std::string(function) + "() got an unexpected keyword argument '"
                             + name + "'");
            return result;
        }
        if (bound[index]) {
            result = failure(std::string(function) + "() got multiple values for argument '"
                             + name + "'");
            return result;
        }
        bound[index] = std::move(value);
    }
    for (std::size_t i = 0; i < required; ++i) {
        if (!bound[i]) {
            result = failure(std::string(function) + "() missing required argument '"
                             + std::string(*(parameters.begin() + i)) + "'");
            return result;
        }
    }
    return result;
}

} // namespace Trellis::Core::Jinja
