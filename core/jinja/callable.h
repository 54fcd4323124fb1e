#pragma once

#include "core/jinja/renderlimits.h"
#include "core/jinja/value.h"

#include <array>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Trellis::Core::Jinja {

// The arguments of one call, as written at the call site (`*args`/`**kwargs` already expanded).
struct Arguments
{
    std::vector<Value> positional;
    std::vector<std::pair<std::string, Value>> keyword;
};

class MacroFunction;

// What a native function (filter, test, global, method, host callable) may ask of the render
// that is calling it. Implemented by the interpreter; valid only during the call.
class CallContext
{
public:
    virtual ~CallContext() = default;

    virtual Result<Value> call(const Value &callee, Arguments arguments) = 0;
    // The filter or test may consume `arguments` (move values out of them): a caller that
    // applies it again fills them afresh.
    virtual Result<Value> applyFilter(std::string_view name, const Value &input,
                                      Arguments &arguments)
        = 0;
    virtual Result<bool> applyTest(std::string_view name, const Value &input, Arguments &arguments)
        = 0;
    // dbt's return(): a native function returns this to end the innermost macro call with
    // `value` as the macro's result.
    virtual Failure<Error> returnFromMacro(Value value) = 0;
    // Runs a macro (or caller block) in this render.
    virtual Result<Value> invokeMacro(const MacroFunction &macro, Arguments &arguments) = 0;
    // Charges work a native function does in a loop against the render's step limit.
    virtual Result<void> chargeSteps(std::uint64_t steps) = 0;
    virtual const RenderLimits &limits() const = 0;
};

// Anything callable from a template: macros, native functions, bound methods.
class Callable : public RefCounted
{
public:
    // The macro behind this callable, if it is one (the interpreter calls macros directly).
    virtual const MacroFunction *asMacro() const { return nullptr; }
    virtual Result<Value> call(CallContext &context, Arguments &arguments) const = 0;
    virtual std::string name() const = 0;
    virtual std::string repr() const;
    // Visits the values this callable keeps alive (a macro's closure), so that inserting a
    // container into itself can be refused before it forms a reference cycle.
    virtual void forEachReferencedValue(const std::function<void(const Value &)> &visit) const;
};

inline const Callable &Value::asCallable() const
{
    return static_cast<const Callable &>(*heap());
}

// A Callable implemented in C++. The function receives the arguments as written; use
// bindArguments() to match them to named parameters.
class NativeFunction final : public Callable
{
public:
    using Function = std::function<Result<Value>(CallContext &, Arguments &)>;

    NativeFunction(std::string name, Function function);
    static Value make(std::string name, Function function);

    Result<Value> call(CallContext &context, Arguments &arguments) const override;
    std::string name() const override { return m_name; }

private:
    std::string m_name;
    Function m_function;
};

// Arguments matched to a parameter list; a slot is empty when the caller did not pass it.
// Stored inline (native functions take a handful of parameters), so binding allocates nothing.
class BoundArguments
{
public:
    static constexpr std::size_t kMaxParameters = 8;

    explicit BoundArguments(std::size_t size)
        : m_size(size)
    { }
    std::optional<Value> &operator[](std::size_t index) { return m_slots[index]; }
    const std::optional<Value> &operator[](std::size_t index) const { return m_slots[index]; }
    std::size_t size() const { return m_size; }

private:
    std::array<std::optional<Value>, kMaxParameters> m_slots;
    std::size_t m_size;
};

// Binds `arguments` to `parameters` as Python binds a call: positionals first, then keywords by
// name. Fails on too many positionals, unknown or repeated keywords, or a missing one of the
// first `required` parameters. `function` names the callee in messages. At most
// BoundArguments::kMaxParameters parameters.
Result<BoundArguments> bindArguments(std::string_view function, Arguments &arguments,
                                     std::initializer_list<std::string_view> parameters,
                                     std::size_t required = 0);

} // namespace Trellis::Core::Jinja
