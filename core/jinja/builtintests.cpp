#include "builtintests.h"

#include "environment.h"
#include "object.h"
#include "operators.h"

namespace Trellis::Core::Jinja {

namespace {

using Test = Environment::TestFunction;

Result<Value> onlyArgument(std::string_view test, Arguments &arguments)
{
    auto bound = bindArguments(test, arguments, {"other"}, 1);
    if (!bound)
        return fail(bound.error());
    return *(*bound)[0];
}

Test comparison(Ast::CompareOperator op, std::string_view name)
{
    return [op, name](CallContext &, const Value &input, Arguments &arguments) -> Result<bool> {
        auto other = onlyArgument(name, arguments);
        if (!other)
            return fail(other.error());
        return Operators::compare(op, input, *other);
    };
}

Test noArguments(bool (*predicate)(const Value &))
{
    return [predicate](CallContext &, const Value &input, Arguments &) -> Result<bool> {
        return predicate(input);
    };
}

Result<bool> parity(const Value &input, bool wantOdd)
{
    if (input.isUndefined())
        return failure(input.undefinedMessage());
    if (input.isFloat()) {
        const double remainder = std::fmod(input.asFloat(), 2.0);
        return wantOdd ? remainder != 0.0 : remainder == 0.0;
    }
    if (!input.isInt() && !input.isBool())
        return failure("not all arguments converted during string formatting");
    return ((input.asInt() % 2) != 0) == wantOdd;
}

bool isStringWithCase(const Value &input, bool upper)
{
    const std::string text = input.str();
    bool anyCased = false;
    for (const char c : text) {
        if (c >= 'a' && c <= 'z') {
            if (upper)
                return false;
            anyCased = true;
        } else if (c >= 'A' && c <= 'Z') {
            if (!upper)
                return false;
            anyCased = true;
        }
    }
    return anyCased;
}

} // namespace

void BuiltinTests::install(Environment &environment)
{
    environment.setTest("defined", noArguments([](const Value &v) { return !v.isUndefined(); }));
    environment.setTest("undefined", noArguments([](const Value &v) { return v.isUndefined(); }));
    environment.setTest("none", noArguments([](const Value &v) { return v.isNone(); }));
    environment.setTest("boolean", noArguments([](const Value &v) { return v.isBool(); }));
    environment.setTest("false",
                        noArguments([](const Value &v) { return v.isBool() && !v.asBool(); }));
    environment.setTest("true",
                        noArguments([](const Value &v) { return v.isBool() && v.asBool(); }));
    environment.setTest("integer", noArguments([](const Value &v) { return v.isInt(); }));
    environment.setTest("float", noArguments([](const Value &v) { return v.isFloat(); }));
    environment.setTest("number", noArguments([](const Value &v) { return v.isNumber(); }));
    environment.setTest("string", noArguments([](const Value &v) { return v.isString(); }));
    environment.setTest("mapping", noArguments([](const Value &v) { return v.isDict(); }));
    environment.setTest("iterable",
                        noArguments([](const Value &v) { return Operators::isIterable(v); }));
    environment.setTest("sequence", noArguments([](const Value &v) {
                            return v.isString() || v.isSequence() || v.isDict() || v.isUndefined();
                        }));
    environment.setTest("callable", noArguments([](const Value &v) {
                            return v.isCallable() || v.isUndefined()
                                || (v.isObject() && v.asObject().isCallable());
                        }));
    environment.setTest("escaped",
                        noArguments([](const Value &v) { return v.isString() && v.isSafe(); }));
    environment.setTest("lower",
                        noArguments([](const Value &v) { return isStringWithCase(v, false); }));
    environment.setTest("upper",
                        noArguments([](const Value &v) { return isStringWithCase(v, true); }));
    environment.setTest(
        "odd", [](CallContext &, const Value &input, Arguments &) { return parity(input, true); });
    environment.setTest("even", [](CallContext &, const Value &input, Arguments &) {
        return parity(input, false);
    });
    environment.setTest(
        "divisibleby", [](CallContext &, const Value &input, Arguments &arguments) -> Result<bool> {
            auto divisor = onlyArgument("divisibleby", arguments);
            if (!divisor)
                return fail(divisor.error());
            auto remainder
                = Operators::binary(Ast::BinaryOperator::Modulo, input, *divisor, RenderLimits());
            if (!remainder)
                return fail(remainder.error());
            return remainder->equals(Value::integer(0));
        });
    environment.setTest(
        "sameas", [](CallContext &, const Value &input, Arguments &arguments) -> Result<bool> {
            auto other = onlyArgument("sameas", arguments);
            if (!other)
                return fail(other.error());
            return input.sameAs(*other);
        });
    environment.setTest(
        "in", [](CallContext &context, const Value &input, Arguments &arguments) -> Result<bool> {
            auto container = onlyArgument("in", arguments);
            if (!container)
                return fail(container.error());
            return Operators::contains(context, *container, input);
        });
    environment.setTest(
        "filter", [&environment](CallContext &, const Value &input, Arguments &) -> Result<bool> {
            return input.isString() && environment.filter(input.text()) != nullptr;
        });
    environment.setTest(
        "test", [&environment](CallContext &, const Value &input, Arguments &) -> Result<bool> {
            return input.isString() && environment.test(input.text()) != nullptr;
        });
    using Ast::CompareOperator;
    for (const char *name : {"eq", "equalto", "=="})
        environment.setTest(name, comparison(CompareOperator::Equal, name));
    for (const char *name : {"ne", "!="})
        environment.setTest(name, comparison(CompareOperator::NotEqual, name));
    for (const char *name : {"lt", "lessthan", "<"})
        environment.setTest(name, comparison(CompareOperator::Less, name));
    for (const char *name : {"le", "<="})
        environment.setTest(name, comparison(CompareOperator::LessEqual, name));
    for (const char *name : {"gt", "greaterthan", ">"})
        environment.setTest(name, comparison(CompareOperator::Greater, name));
    for (const char *name : {"ge", ">="})
        environment.setTest(name, comparison(CompareOperator::GreaterEqual, name));
}

} // namespace Trellis::Core::Jinja
