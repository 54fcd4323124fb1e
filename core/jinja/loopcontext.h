#pragma once

#include "core/jinja/object.h"

#include <functional>
#include <vector>

namespace Trellis::Core::Jinja {

// The `loop` variable of a for loop: index, index0, revindex, revindex0, first, last, length,
// depth, depth0, previtem, nextitem, cycle() and changed(). The render advances it; a
// recursive loop's `loop(children)` runs `recurse`, which the render supplies while the loop
// runs. A loop with an `if` clause gets its items one at a time from `fetch`, as Jinja2's
// generator does: the clause of an item runs just before its body, or earlier when loop.last,
// loop.nextitem or loop.length must look ahead. A loop over a list without a clause reads the
// list where it is, as Python's iterator does: items the body appends are visited too, and
// nothing is copied.
class LoopContext final : public Object
{
public:
    using Recurse = std::function<Result<Value>(CallContext &, const Value &iterable, int depth)>;
    // The next item that passes the loop's `if` clause, or nothing at the end.
    using Fetch = std::function<Result<std::optional<Value>>()>;

    LoopContext(std::vector<Value> items, Fetch fetch, int depth, Recurse recurse);
    // Iterates the list or tuple `sequence` in place.
    LoopContext(Value sequence, int depth, Recurse recurse);

    // Whether item `index` exists, fetching up to it; false at the end of the items.
    Result<bool> hasItem(std::size_t index) const;
    // Whether item `index` is already at hand (always so for a loop without an `if` clause),
    // which spares the render the fetch and its Result for most iterations.
    bool isFetched(std::size_t index) const { return index < items().size(); }
    const Value &itemAt(std::size_t index) const { return items()[index]; }
    void setIndex(std::size_t index) { m_index = index; }
    // An error met while looking ahead for an attribute, reported after the loop body.
    const std::optional<Error> &lookAheadError() const { return m_lookAheadError; }
    // The loop is over but its `loop` lives on (kept in a namespace or a macro's closure):
    // fetches the items the `if` clause still holds back while the scope the clause reads is
    // alive, and forgets the fetch and the recursion, which read that scope.
    void outliveLoop();

    std::string typeName() const override { return "LoopContext"; }
    Value attribute(std::string_view name) const override;
    bool isCallable() const override { return bool(m_recurse) || m_recursionEnded; }
    Result<Value> call(CallContext &context, Arguments &arguments) const override;
    std::string repr() const override;
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override;

private:
    // Fetches every remaining item (loop.length needs them all).
    void fetchAll() const;
    Value lookAhead(std::size_t index, const char *missingMessage) const;
    // The items fetched so far, or the list iterated in place.
    std::vector<Value> &items() const
    {
        return m_sequence.isSequence() ? m_sequence.items() : m_items;
    }

    Value m_sequence; // the list or tuple iterated in place, else None
    mutable std::vector<Value> m_items;
    Fetch m_fetch;
    mutable bool m_exhausted;
    mutable std::optional<Error> m_lookAheadError;
    std::size_t m_index = 0;
    int m_depth;
    Recurse m_recurse;
    bool m_recursionEnded = false; // a recursive loop's `loop` outlived the loop
    mutable Value m_lastChanged; // the arguments of the last loop.changed() call
    mutable bool m_changedCalled = false;
};

} // namespace Trellis::Core::Jinja
