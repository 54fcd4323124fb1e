#pragma once

#include "core/jinja/ast.h"
#include "core/jinja/callable.h"

#include <vector>

namespace Trellis::Core::Jinja {

// Python's operators on Values, as Jinja2 templates see them: int arithmetic that fails on
// overflow instead of growing, `/` giving a float, floor division and modulo rounding toward
// negative infinity, str and list concatenation and repetition (bounded by the render limits),
// Markup-aware `+` and `%`, ordering only between comparable types, membership, iteration and
// item access (Jinja2's getitem: a missing key gives Undefined, not an error). Stateless.
class Operators
{
public:
    static Result<Value> binary(Ast::BinaryOperator op, const Value &left, const Value &right,
                                const RenderLimits &limits);
    static Result<Value> negate(const Value &operand);
    static Result<Value> plus(const Value &operand);
    static Result<bool> compare(Ast::CompareOperator op, const Value &left, const Value &right);
    // Python's a < b; fails for types that have no order between them.
    static Result<bool> lessThan(const Value &left, const Value &right);
    static Result<bool> contains(CallContext &context, const Value &container, const Value &item);
    // list(value): the elements of a sequence, the keys of a dict, the characters of a string;
    // nothing for Undefined.
    static Result<std::vector<Value>> iterate(CallContext &context, const Value &value);
    static bool isIterable(const Value &value);
    // Jinja2's environment.getitem(); the caller handles an Undefined object.
    static Value item(const Value &object, const Value &key);
    // Jinja2's environment.getattr(): methods of built-in types first, then items.
    static Value attribute(const Value &object, std::string_view name);
    // The same with the name's hash (std::hash of the name) and BuiltinMethods::kindsWithMethod()
    // precomputed.
    static Value attribute(const Value &object, std::string_view name, std::size_t hash,
                           std::uint8_t methodKinds);
    static Result<Value> slice(const Value &object, const Value &start, const Value &stop,
                               const Value &step);
    // Python's slice.indices() for a sequence of `length` elements, as the first index, the
    // step and the number of elements selected.
    struct SliceIndices
    {
        std::int64_t start;
        std::int64_t step;
        std::int64_t count;
    };
    static Result<SliceIndices> sliceIndices(std::int64_t length, const Value &start,
                                             const Value &stop, const Value &step);
    // Length of a sized value (code points for strings), or nothing if it has none.
    static std::optional<std::int64_t> length(const Value &value);
};

} // namespace Trellis::Core::Jinja
