#include "operators.h"

#include "builtinmethods.h"
#include "dict.h"
#include "markup.h"
#include "object.h"
#include "rangeobject.h"
#include "textformatter.h"
#include "utf8.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace Trellis::Core::Jinja {

using Ast::BinaryOperator;
using Ast::CompareOperator;

namespace {

std::string joined(std::string_view first, std::string_view second)
{
    std::string out;
    out.reserve(first.size() + second.size());
    out += first;
    out += second;
    return out;
}

const char *operatorSymbol(BinaryOperator op)
{
    switch (op) {
    case BinaryOperator::Add:
        return "+";
    case BinaryOperator::Subtract:
        return "-";
    case BinaryOperator::Multiply:
        return "*";
    case BinaryOperator::Divide:
        return "/";
    case BinaryOperator::FloorDivide:
        return "//";
    case BinaryOperator::Modulo:
        return "%";
    case BinaryOperator::Power:
        return "**";
    case BinaryOperator::Concat:
        return "~";
    }
    return "?";
}

Failure<Error> unsupported(BinaryOperator op, const Value &left, const Value &right)
{
    return failure(std::string("unsupported operand type(s) for ") + operatorSymbol(op) + ": '"
                   + left.typeName() + "' and '" + right.typeName() + "'");
}

Failure<Error> overflow()
{
    return failure("integer result too large (Trellis integers are 64-bit)");
}

// Repeats a string or sequence `count` times, refusing results past the output limit.
Result<Value> repeat(const Value &sequence, std::int64_t count, const RenderLimits &limits)
{
    if (count <= 0)
        return sequence.isString() ? Value::string({}, sequence.isSafe())
                                   : (sequence.isList() ? Value::list() : Value::tuple({}));
    if (sequence.isString()) {
        const std::string_view text = sequence.text();
        if (!text.empty() && std::uint64_t(count) > limits.maxOutputBytes / text.size())
            return failure("string repetition exceeds the output limit");
        std::string out;
        out.reserve(text.size() * std::size_t(count));
        for (std::int64_t i = 0; i < count; ++i)
            out += text;
        return Value::string(std::move(out), sequence.isSafe());
    }
    const auto &items = sequence.items();
    if (!items.empty() && count > limits.maxSequenceLength / std::int64_t(items.size()))
        return failure("list repetition exceeds the sequence length limit");
    std::vector<Value> out;
    out.reserve(items.size() * std::size_t(count));
    for (std::int64_t i = 0; i < count; ++i)
        out.insert(out.end(), items.begin(), items.end());
    return sequence.isList() ? Value::list(std::move(out)) : Value::tuple(std::move(out));
}

Result<Value> add(const Value &left, const Value &right, const RenderLimits &limits)
{
    if (left.isNumber() && right.isNumber()) {
        if (left.isFloat() || right.isFloat())
            return Value::number(left.asFloat() + right.asFloat());
        std::int64_t sum;
        if (__builtin_add_overflow(left.asInt(), right.asInt(), &sum))
            return overflow();
        return Value::integer(sum);
    }
    if (left.isString() && right.isString()) {
        if (left.text().size() + right.text().size() > limits.maxOutputBytes)
            return failure("string concatenation exceeds the output limit");
        // Markup escapes the plain side of a concatenation (Markup.__add__ / __radd__).
        if (left.isSafe() != right.isSafe()) {
            const Value escaped = Markup::escape(left.isSafe() ? right : left);
            return Value::string(left.isSafe() ? joined(left.text(), escaped.text())
                                               : joined(escaped.text(), right.text()),
                                 true);
        }
        return Value::string(joined(left.text(), right.text()), left.isSafe());
    }
    if (left.kind() == right.kind() && left.isSequence()) {
        if (std::int64_t(left.items().size() + right.items().size()) > limits.maxSequenceLength)
            return failure("list concatenation exceeds the sequence length limit");
        std::vector<Value> items = left.items();
        items.insert(items.end(), right.items().begin(), right.items().end());
        return left.isList() ? Value::list(std::move(items)) : Value::tuple(std::move(items));
    }
    if (left.isString() || left.isSequence()) {
        return failure("can only concatenate " + left.typeName() + " (not \"" + right.typeName()
                       + "\") to " + left.typeName());
    }
    return unsupported(BinaryOperator::Add, left, right);
}

Result<Value> multiply(const Value &left, const Value &right, const RenderLimits &limits)
{
    if (left.isNumber() && right.isNumber()) {
        if (left.isFloat() || right.isFloat())
            return Value::number(left.asFloat() * right.asFloat());
        std::int64_t product;
        if (__builtin_mul_overflow(left.asInt(), right.asInt(), &product))
            return overflow();
        return Value::integer(product);
    }
    if ((left.isString() || left.isSequence()) && (right.isInt() || right.isBool()))
        return repeat(left, right.asInt(), limits);
    if ((right.isString() || right.isSequence()) && (left.isInt() || left.isBool()))
        return repeat(right, left.asInt(), limits);
    if (left.isString() || left.isSequence() || right.isString() || right.isSequence()) {
        const Value &other = left.isString() || left.isSequence() ? right : left;
        return failure("can't multiply sequence by non-int of type '" + other.typeName() + "'");
    }
    return unsupported(BinaryOperator::Multiply, left, right);
}

std::int64_t floorDivide(std::int64_t a, std::int64_t b)
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}

double floatModulo(double a, double b)
{
    double remainder = std::fmod(a, b);
    if (remainder != 0.0 && ((remainder < 0) != (b < 0)))
        remainder += b;
    else if (remainder == 0.0)
        remainder = std::copysign(0.0, b);
    return remainder;
}

Result<Value> power(const Value &left, const Value &right)
{
    if (!left.isNumber() || !right.isNumber())
        return unsupported(BinaryOperator::Power, left, right);
    if (left.isFloat() || right.isFloat() || right.asInt() < 0) {
        if (left.asFloat() == 0.0 && right.asFloat() < 0)
            return failure("0.0 cannot be raised to a negative power");
        const double result = std::pow(left.asFloat(), right.asFloat());
        if (std::isinf(result) && std::isfinite(left.asFloat()))
            return failure("numerical result out of range");
        return Value::number(result);
    }
    std::int64_t base = left.asInt();
    std::int64_t exponent = right.asInt();
    std::int64_t result = 1;
    while (exponent > 0) {
        if (exponent & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                return overflow();
        }
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(base, base, &base))
            return overflow();
    }
    return Value::integer(result);
}

Result<Value> arithmetic(BinaryOperator op, const Value &left, const Value &right)
{
    if (!left.isNumber() || !right.isNumber())
        return unsupported(op, left, right);
    const bool useFloat = left.isFloat() || right.isFloat();
    switch (op) {
    case BinaryOperator::Subtract: {
        if (useFloat)
            return Value::number(left.asFloat() - right.asFloat());
        std::int64_t difference;
        if (__builtin_sub_overflow(left.asInt(), right.asInt(), &difference))
            return overflow();
        return Value::integer(difference);
    }
    case BinaryOperator::Divide:
        if (right.asFloat() == 0.0)
            return failure(useFloat ? "float division by zero" : "division by zero");
        return Value::number(left.asFloat() / right.asFloat());
    case BinaryOperator::FloorDivide:
        if (useFloat) {
            if (right.asFloat() == 0.0)
                return failure("float floor division by zero");
            return Value::number(std::floor(left.asFloat() / right.asFloat()));
        }
        if (right.asInt() == 0)
            return failure("integer division or modulo by zero");
        if (left.asInt() == std::numeric_limits<std::int64_t>::min() && right.asInt() == -1)
            return overflow();
        return Value::integer(floorDivide(left.asInt(), right.asInt()));
    case BinaryOperator::Modulo:
        if (useFloat) {
            if (right.asFloat() == 0.0)
                return failure("float modulo");
            return Value::number(floatModulo(left.asFloat(), right.asFloat()));
        }
        if (right.asInt() == 0)
            return failure("integer modulo by zero");
        if (right.asInt() == -1)
            return Value::integer(0);
        return Value::integer(left.asInt()
                              - floorDivide(left.asInt(), right.asInt()) * right.asInt());
    default:
        return unsupported(op, left, right);
    }
}

const char *compareSymbol(CompareOperator op)
{
    switch (op) {
    case CompareOperator::Less:
        return "<";
    case CompareOperator::LessEqual:
        return "<=";
    case CompareOperator::Greater:
        return ">";
    case CompareOperator::GreaterEqual:
        return ">=";
    default:
        return "==";
    }
}

// Three-way comparison of ordered values; nothing if Python has no order between them.
std::optional<int> order(const Value &left, const Value &right)
{
    if (left.isNumber() && right.isNumber()) {
        if (left.isFloat() || right.isFloat()) {
            const double a = left.asFloat();
            const double b = right.asFloat();
            if (std::isnan(a) || std::isnan(b))
                return 2; // every ordered comparison with NaN is false
            return a < b ? -1 : (a > b ? 1 : 0);
        }
        return left.asInt() < right.asInt() ? -1 : (left.asInt() > right.asInt() ? 1 : 0);
    }
    if (left.isString() && right.isString()) {
        const int result = left.text().compare(right.text());
        return result < 0 ? -1 : (result > 0 ? 1 : 0);
    }
    if (left.kind() == right.kind() && left.isSequence()) {
        const auto &a = left.items();
        const auto &b = right.items();
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
            if (a[i].equals(b[i]))
                continue;
            return order(a[i], b[i]);
        }
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    }
    return std::nullopt;
}

} // namespace

Result<Value> Operators::binary(BinaryOperator op, const Value &left, const Value &right,
                                const RenderLimits &limits)
{
    if (op == BinaryOperator::Concat) {
        // Two strings (a prefix and a name, mostly) are joined with one copy of each: a short
        // result in place, a longer one in a string allocated once.
        std::string text;
        if (left.isString() && right.isString()) {
            const std::string_view first = left.text();
            const std::string_view second = right.text();
            if (first.size() + second.size() <= Value::kShortStringCapacity) {
                char joined[Value::kShortStringCapacity];
                std::memcpy(joined, first.data(), first.size());
                std::memcpy(joined + first.size(), second.data(), second.size());
                return Value::stringCopy({joined, first.size() + second.size()});
            }
            text.reserve(first.size() + second.size());
            text.append(first).append(second);
        } else {
            text = left.str();
            right.appendStr(text);
        }
        if (text.size() > limits.maxOutputBytes)
            return failure("string concatenation exceeds the output limit");
        return Value::string(std::move(text));
    }
    if (left.isUndefined())
        return failure(left.undefinedMessage());
    if (right.isUndefined())
        return failure(right.undefinedMessage());
    switch (op) {
    case BinaryOperator::Add:
        return add(left, right, limits);
    case BinaryOperator::Multiply:
        return multiply(left, right, limits);
    case BinaryOperator::Power:
        return power(left, right);
    case BinaryOperator::Modulo:
        if (left.isString()) {
            auto formatted = TextFormatter::percent(
                left.text(), left.isSafe() && !right.isSafe() ? Markup::escape(right) : right);
            if (!formatted)
                return fail(formatted.error());
            return Value::string(std::move(*formatted), left.isSafe());
        }
        return arithmetic(op, left, right);
    default:
        return arithmetic(op, left, right);
    }
}

Result<Value> Operators::negate(const Value &operand)
{
    if (operand.isUndefined())
        return failure(operand.undefinedMessage());
    if (operand.isFloat())
        return Value::number(-operand.asFloat());
    if (operand.isInt() || operand.isBool()) {
        if (operand.asInt() == std::numeric_limits<std::int64_t>::min())
            return overflow();
        return Value::integer(-operand.asInt());
    }
    return failure("bad operand type for unary -: '" + operand.typeName() + "'");
}

Result<Value> Operators::plus(const Value &operand)
{
    if (operand.isUndefined())
        return failure(operand.undefinedMessage());
    if (operand.isFloat())
        return operand;
    if (operand.isInt() || operand.isBool())
        return Value::integer(operand.asInt());
    return failure("bad operand type for unary +: '" + operand.typeName() + "'");
}

Result<bool> Operators::lessThan(const Value &left, const Value &right)
{
    return compare(CompareOperator::Less, left, right);
}

Result<bool> Operators::compare(CompareOperator op, const Value &left, const Value &right)
{
    switch (op) {
    case CompareOperator::Equal:
        return left.equals(right);
    case CompareOperator::NotEqual:
        return !left.equals(right);
    case CompareOperator::In:
    case CompareOperator::NotIn:
        return failure("membership must be evaluated with a context");
    default:
        break;
    }
    if (left.isUndefined())
        return failure(left.undefinedMessage());
    if (right.isUndefined())
        return failure(right.undefinedMessage());
    const std::optional<int> result = order(left, right);
    if (!result) {
        return failure(std::string("'") + compareSymbol(op)
                       + "' not supported between instances of '" + left.typeName() + "' and '"
                       + right.typeName() + "'");
    }
    if (*result == 2)
        return false;
    switch (op) {
    case CompareOperator::Less:
        return *result < 0;
    case CompareOperator::LessEqual:
        return *result <= 0;
    case CompareOperator::Greater:
        return *result > 0;
    default:
        return *result >= 0;
    }
}

Result<bool> Operators::contains(CallContext &context, const Value &container, const Value &item)
{
    switch (container.kind()) {
    case ValueKind::String:
        if (!item.isString()) {
            if (item.isUndefined())
                return failure(item.undefinedMessage());
            return failure("'in <string>' requires string as left operand, not " + item.typeName());
        }
        return container.text().find(item.text()) != std::string::npos;
    case ValueKind::List:
    case ValueKind::Tuple:
        for (const Value &element : container.items()) {
            if (element.equals(item))
                return true;
        }
        return false;
    case ValueKind::Dict:
        if (!item.isHashable())
            return failure("unhashable type: '" + item.typeName() + "'");
        return container.asDict().find(item) != nullptr;
    case ValueKind::Undefined:
        return false;
    case ValueKind::Object: {
        if (!container.asObject().isIterable())
            break;
        auto elements = container.asObject().iterate(context);
        if (!elements)
            return fail(elements.error());
        for (const Value &element : *elements) {
            if (element.equals(item))
                return true;
        }
        return false;
    }
    default:
        break;
    }
    return failure("argument of type '" + container.typeName() + "' is not iterable");
}

bool Operators::isIterable(const Value &value)
{
    switch (value.kind()) {
    case ValueKind::String:
    case ValueKind::List:
    case ValueKind::Tuple:
    case ValueKind::Dict:
    case ValueKind::Undefined:
        return true;
    case ValueKind::Object:
        return value.asObject().isIterable();
    default:
        return false;
    }
}

Result<std::vector<Value>> Operators::iterate(CallContext &context, const Value &value)
{
    switch (value.kind()) {
    case ValueKind::List:
    case ValueKind::Tuple:
        return value.items();
    case ValueKind::Dict: {
        std::vector<Value> keys;
        keys.reserve(value.asDict().size());
        for (const auto &entry : value.asDict().entries())
            keys.push_back(entry.first);
        return keys;
    }
    case ValueKind::String: {
        const std::string_view text = value.text();
        std::vector<Value> characters;
        characters.reserve(text.size());
        for (std::size_t offset = 0; offset < text.size();) {
            const std::size_t length = Utf8::sequenceLength(text, offset);
            characters.push_back(Value::stringCopy(text.substr(offset, length), value.isSafe()));
            offset += length;
        }
        return characters;
    }
    case ValueKind::Undefined:
        return std::vector<Value>();
    case ValueKind::Object:
        return value.asObject().iterate(context);
    default:
        return failure("'" + value.typeName() + "' object is not iterable");
    }
}

Value Operators::item(const Value &object, const Value &key)
{
    switch (object.kind()) {
    case ValueKind::Dict:
        if (key.isHashable()) {
            if (const Value *found = object.asDict().find(key))
                return *found;
        }
        break;
    case ValueKind::List:
    case ValueKind::Tuple:
    case ValueKind::String:
        if (key.isInt() || key.isBool()) {
            std::int64_t index = key.asInt();
            if (object.isString()) {
                const std::string_view text = object.text();
                const auto length = std::int64_t(Utf8::length(text));
                if (index < 0)
                    index += length;
                if (index < 0 || index >= length)
                    return missingItem(object, key);
                const std::size_t offset = Utf8::offsetOf(text, std::size_t(index));
                return Value::string(
                    std::string(text.substr(offset, Utf8::sequenceLength(text, offset))));
            }
            const auto &items = object.items();
            if (index < 0)
                index += std::int64_t(items.size());
            if (index < 0 || index >= std::int64_t(items.size()))
                return missingItem(object, key);
            return items[std::size_t(index)];
        }
        break;
    case ValueKind::Object:
        return object.asObject().item(key);
    default:
        break;
    }
    if (key.isString() && BuiltinMethods::exists(object, key.text()))
        return BuiltinMethods::bind(object, key.text());
    return missingItem(object, key);
}

Value Operators::attribute(const Value &object, std::string_view name)
{
    return attribute(object, name, std::hash<std::string_view>{}(name),
                     BuiltinMethods::kindsWithMethod(name));
}

Value Operators::attribute(const Value &object, std::string_view name, std::size_t hash,
                           std::uint8_t methodKinds)
{
    if (object.isObject())
        return object.asObject().attribute(name);
    if (methodKinds & BuiltinMethods::kindBit(object.kind()))
        return BuiltinMethods::bind(object, name);
    if (object.isDict()) {
        if (const Value *found = object.asDict().find(name, hash))
            return *found;
    }
    return missingAttribute(object, name);
}

Result<Operators::SliceIndices> Operators::sliceIndices(std::int64_t length,
                                                        const Value &startValue,
                                                        const Value &stopValue,
                                                        const Value &stepValue)
{
    auto asIndex = [](const Value &value, std::int64_t fallback) -> Result<std::int64_t> {
        if (value.isNone() || value.isUndefined())
            return fallback;
        if (!value.isInt() && !value.isBool())
            return failure("slice indices must be integers or None");
        return value.asInt();
    };
    auto step = asIndex(stepValue, 1);
    if (!step)
        return fail(step.error());
    if (*step == 0)
        return failure("slice step cannot be zero");
    const bool backwards = *step < 0;
    auto start = asIndex(startValue, backwards ? length - 1 : 0);
    auto stop = asIndex(stopValue, backwards ? -1 : length);
    if (!start || !stop)
        return fail((!start ? start : stop).error());
    auto clamp = [&](std::int64_t index, bool isGiven) {
        if (!isGiven)
            return index;
        if (index < 0) {
            index += length;
            if (index < 0)
                index = backwards ? -1 : 0;
        } else if (index >= length) {
            index = backwards ? length - 1 : length;
        }
        return index;
    };
    const std::int64_t first = clamp(*start, !startValue.isNone() && !startValue.isUndefined());
    const std::int64_t last = clamp(*stop, !stopValue.isNone() && !stopValue.isUndefined());
    std::int64_t count = 0;
    if (backwards) {
        if (last < first)
            count = (first - last - 1) / (-*step) + 1;
    } else if (first < last) {
        count = (last - first - 1) / *step + 1;
    }
    return SliceIndices{first, *step, count};
}

Result<Value> Operators::slice(const Value &object, const Value &start, const Value &stop,
                               const Value &step)
{
    if (object.isUndefined())
        return failure(object.undefinedMessage());
    if (object.isObject()) {
        if (const auto *range = dynamic_cast<const RangeObject *>(&object.asObject()))
            return range->slice(start, stop, step);
    }
    if (object.isString()) {
        const std::string_view text = object.text();
        const bool ascii = Utf8::isAscii(text);
        std::vector<std::size_t> offsets;
        if (!ascii) {
            for (std::size_t offset = 0; offset < text.size();
                 offset += Utf8::sequenceLength(text, offset))
                offsets.push_back(offset);
        }
        const auto length = std::int64_t(ascii ? text.size() : offsets.size());
        auto bounds = sliceIndices(length, start, stop, step);
        if (!bounds)
            return fail(bounds.error());
        std::string out;
        for (std::int64_t i = 0, index = bounds->start; i < bounds->count;
             ++i, index += bounds->step) {
            if (ascii) {
                out += text[std::size_t(index)];
            } else {
                const std::size_t offset = offsets[std::size_t(index)];
                out.append(text, offset, Utf8::sequenceLength(text, offset));
            }
        }
        return Value::string(std::move(out), object.isSafe());
    }
    if (object.isSequence()) {
        const auto &items = object.items();
        auto bounds = sliceIndices(std::int64_t(items.size()), start, stop, step);
        if (!bounds)
            return fail(bounds.error());
        std::vector<Value> out;
        out.reserve(std::size_t(bounds->count));
        for (std::int64_t i = 0, index = bounds->start; i < bounds->count;
             ++i, index += bounds->step)
            out.push_back(items[std::size_t(index)]);
        return object.isList() ? Value::list(std::move(out)) : Value::tuple(std::move(out));
    }
    return failure("'" + object.typeName() + "' object is not subscriptable");
}

std::optional<std::int64_t> Operators::length(const Value &value)
{
    switch (value.kind()) {
    case ValueKind::String:
        return std::int64_t(Utf8::length(value.text()));
    case ValueKind::List:
    case ValueKind::Tuple:
        return std::int64_t(value.items().size());
    case ValueKind::Dict:
        return std::int64_t(value.asDict().size());
    case ValueKind::Undefined:
        return 0;
    case ValueKind::Object:
        return value.asObject().length();
    default:
        return std::nullopt;
    }
}

} // namespace Trellis::Core::Jinja
