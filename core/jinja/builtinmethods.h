#pragma once

#include "core/jinja/callable.h"

#include <optional>

namespace Trellis::Core::Jinja {

// The Python methods templates call on built-in values: str (split, strip, replace, format,
// startswith, ...), list (append, extend, pop, index, ...) and dict (get, items, keys, values,
// update, pop, ...). Mutating methods refuse to put a container inside itself, since shared
// values are reference counted and a cycle would never be freed. Stateless.
class BuiltinMethods
{
public:
    static bool exists(const Value &receiver, std::string_view name);
    // The kinds of value that have a method called `name`, as a mask of kindBit()s; computed
    // once per attribute when parsing so that evaluation tests a bit instead of a name.
    static std::uint8_t kindsWithMethod(std::string_view name);
    static std::uint8_t kindBit(ValueKind kind)
    {
        switch (kind) {
        case ValueKind::String:
            return 1;
        case ValueKind::List:
            return 2;
        case ValueKind::Tuple:
            return 4;
        case ValueKind::Dict:
            return 8;
        case ValueKind::Int:
            return 16;
        case ValueKind::Float:
            return 32;
        default:
            return 0;
        }
    }
    static Result<Value> call(CallContext &context, const Value &receiver, std::string_view name,
                              Arguments &arguments);
    // The method as a callable value (for `x.upper` used without calling it).
    static Value bind(const Value &receiver, std::string_view name);
    // str.replace(): the first `count` occurrences (all when negative), as Python does it,
    // including an empty `old` (the replacement goes between every character).
    static std::string replace(std::string_view text, std::string_view old,
                               std::string_view replacement, std::int64_t count = -1);
    // str.strip() (both ends), lstrip() or rstrip(): what is left of `text` once `characters`
    // (whitespace when none or None) are taken off the chosen ends.
    static std::string_view strip(std::string_view text, const std::optional<Value> &characters,
                                  bool left, bool right);
};

// Whether `target` can be reached from `start` through containers, closures and host objects;
// used to refuse insertions that would form a reference cycle.
bool isReachable(const Value &start, const Value &target);

} // namespace Trellis::Core::Jinja
