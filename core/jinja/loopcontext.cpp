#include "loopcontext.h"

#include "dict.h"

namespace Trellis::Core::Jinja {

LoopContext::LoopContext(std::vector<Value> items, Fetch fetch, int depth, Recurse recurse)
    : m_items(std::move(items))
    , m_fetch(std::move(fetch))
    , m_exhausted(!m_fetch)
    , m_depth(depth)
    , m_recurse(std::move(recurse))
{ }

LoopContext::LoopContext(Value sequence, int depth, Recurse recurse)
    : m_sequence(std::move(sequence))
    , m_exhausted(true)
    , m_depth(depth)
    , m_recurse(std::move(recurse))
{ }

Result<bool> LoopContext::hasItem(std::size_t index) const
{
    while (index >= items().size() && !m_exhausted) {
        auto next = m_fetch();
        if (!next)
            return fail(next.error());
        if (!*next)
            m_exhausted = true;
        else
            m_items.push_back(std::move(**next));
    }
    return index < items().size();
}

void LoopContext::fetchAll() const
{
    while (!m_exhausted && !m_lookAheadError) {
        if (auto more = hasItem(items().size()); !more)
            m_lookAheadError = more.error();
    }
}

void LoopContext::outliveLoop()
{
    fetchAll();
    m_fetch = nullptr;
    m_exhausted = true;
    if (m_recurse) {
        m_recursionEnded = true;
        m_recurse = nullptr;
    }
}

Value LoopContext::lookAhead(std::size_t index, const char *missingMessage) const
{
    auto exists = hasItem(index);
    if (!exists) {
        m_lookAheadError = exists.error();
        return Value::undefined(missingMessage);
    }
    return *exists ? items()[index] : Value::undefined(missingMessage);
}

namespace {

class LoopMethod final : public Callable
{
public:
    using Function = std::function<Result<Value>(CallContext &, Arguments &)>;
    LoopMethod(std::string name, Ref<const LoopContext> owner, Function function)
        : m_name(std::move(name))
        , m_owner(std::move(owner))
        , m_function(std::move(function))
    { }
    Result<Value> call(CallContext &context, Arguments &arguments) const override
    {
        return m_function(context, arguments);
    }
    std::string name() const override { return "loop." + m_name; }

private:
    std::string m_name;
    Ref<const LoopContext> m_owner;
    Function m_function;
};

} // namespace

Value LoopContext::attribute(std::string_view name) const
{
    const auto index = std::int64_t(m_index);
    // The attributes every loop asks for, told apart by their first letter before one
    // comparison confirms the name (a chain of comparisons costs more than the answer).
    switch (name.empty() ? '\0' : name.front()) {
    case 'i':
        if (name == "index")
            return Value::integer(index + 1);
        if (name == "index0")
            return Value::integer(index);
        break;
    case 'l':
        if (name == "last") {
            // The next item exists unless the fetched ones end here (the common case) or the
            // loop's `if` clause rejects everything that follows.
            if (m_index + 1 < items().size())
                return Value::boolean(false);
            auto exists = hasItem(m_index + 1);
            if (!exists)
                m_lookAheadError = exists.error();
            return Value::boolean(exists.ok() && !*exists);
        }
        if (name == "length") {
            fetchAll();
            return Value::integer(std::int64_t(items().size()));
        }
        break;
    case 'f':
        if (name == "first")
            return Value::boolean(index == 0);
        break;
    case 'r':
        if (name == "revindex" || name == "revindex0") {
            fetchAll();
            const std::int64_t remaining = std::int64_t(items().size()) - index;
            return Value::integer(name.size() == 8 ? remaining : remaining - 1);
        }
        break;
    case 'd':
        if (name == "depth")
            return Value::integer(m_depth);
        if (name == "depth0")
            return Value::integer(m_depth - 1);
        break;
    case 'p':
        if (name == "previtem")
            // (A list iterated in place may have shrunk meanwhile.)
            return index > 0 && m_index - 1 < items().size()
                ? items()[m_index - 1]
                : Value::undefined("there is no previous item");
        break;
    case 'n':
        if (name == "nextitem")
            return lookAhead(m_index + 1, "there is no next item");
        break;
    default:
        break;
    }
    const Ref<const LoopContext> self(this);
    if (name == "cycle") {
        return Value::callable(makeRef<LoopMethod>(
            "cycle", self, [this](CallContext &, Arguments &arguments) -> Result<Value> {
                if (arguments.positional.empty())
                    return failure("no items for cycling given");
                return arguments.positional[m_index % arguments.positional.size()];
            }));
    }
    if (name == "changed") {
        return Value::callable(makeRef<LoopMethod>(
            "changed", self, [this](CallContext &, Arguments &arguments) -> Result<Value> {
                Value current = Value::tuple(arguments.positional);
                const bool changed = !m_changedCalled || !current.equals(m_lastChanged);
                m_changedCalled = true;
                m_lastChanged = std::move(current);
                return Value::boolean(changed);
            }));
    }
    return Object::attribute(name);
}

Result<Value> LoopContext::call(CallContext &context, Arguments &arguments) const
{
    if (m_recursionEnded)
        return failure("loop() can only be called inside its loop");
    if (!m_recurse)
        return failure("the loop is not recursive; add 'recursive' to the for tag to call loop()");
    if (arguments.positional.size() != 1 || !arguments.keyword.empty())
        return failure("loop() takes exactly one argument, the items to loop over");
    return m_recurse(context, arguments.positional.front(), m_depth + 1);
}

std::string LoopContext::repr() const
{
    fetchAll();
    return "<LoopContext " + std::to_string(m_index + 1) + "/" + std::to_string(items().size())
        + ">";
}

void LoopContext::forEachReferencedValue(const std::function<void(const Value &)> &visit) const
{
    if (m_sequence.isSequence())
        visit(m_sequence);
    for (const Value &item : m_items)
        visit(item);
}

} // namespace Trellis::Core::Jinja
